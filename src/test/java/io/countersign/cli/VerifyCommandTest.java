package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.Countersign;
import io.countersign.signing.DocMdp;
import io.countersign.signing.SigningRequest;
import io.countersign.testing.CliRun;
import io.countersign.testing.Incremental;
import io.countersign.testing.RenderedPi;
import io.countersign.testing.TestPki;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countersign verify} as a user runs it: the report, JSON, and the exit code for each outcome. */
class VerifyCommandTest {
    private static final TestPki PKI = TestPki.get();

    @TempDir
    Path dir;

    private Path certified() throws Exception {
        byte[] pdf = Countersign.sign(RenderedPi.sample("paper-boxes.yaml").pdf(), PKI.seller.signingKey(),
                SigningRequest.approval().withCertification(DocMdp.FORM_FILLING).withSigningTime(TestPki.SIGNED_AT)).pdf();
        return Files.write(dir.resolve("certified.pdf"), pdf);
    }

    @Test
    void aValidSignatureIsReportedAndExitsZero() throws Exception {
        CliRun run = CliRun.of("verify", certified().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("1. field Signature1 — certification, P=2 (form filling and signing allowed)")
                .contains("Lily Chen, issued by Countersign Test CA")
                .contains("2026-08-20 08:15:00 UTC")
                .contains("intact (digest matches, signature value verifies)")
                .contains("the whole file")
                .contains("not checked (give --trust CA.pem to check the chain)")
                .contains("Result: VERIFIED — the signature is intact, only allowed changes follow (trust not checked)");
    }

    @Test
    void withTheRightCaItIsTrustedAndWithAnotherItExitsFour() throws Exception {
        Path pdf = certified();

        CliRun trusted = CliRun.of("verify", pdf.toString(), "--trust", TestPki.pem(dir.resolve("ca.pem"), PKI.ca.certificate()).toString());
        CliRun untrusted = CliRun.of("verify", pdf.toString(), "--trust", TestPki.pem(dir.resolve("other.pem"), PKI.otherCa.certificate()).toString());

        assertThat(trusted.exit()).isZero();
        assertThat(trusted.out()).contains("trusted (chain Lily Chen → Countersign Test CA)").contains("every signer is trusted");
        assertThat(untrusted.exit()).isEqualTo(4);
        assertThat(untrusted.out()).contains("Result: NOT VERIFIED — signature 1 (Signature1) UNTRUSTED");
    }

    @Test
    void contentChangedAfterSigningExitsFourNamingThePageInJson() throws Exception {
        byte[] altered = Incremental.edit(Files.readAllBytes(certified()), doc -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(1), PDPageContentStream.AppendMode.APPEND, true)) {
                cs.setNonStrokingColor(Color.WHITE);
                cs.addRect(50, 50, 100, 20);
                cs.fill();
            }
        });
        Path file = Files.write(dir.resolve("altered.pdf"), altered);

        CliRun run = CliRun.of("verify", file.toString(), "--json");

        assertThat(run.exit()).isEqualTo(4);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("verified").asBoolean()).isFalse();
        JsonNode sig = json.path("signatures").get(0);
        assertThat(sig.path("status").asText()).isEqualTo("MODIFIED");
        assertThat(sig.path("intact").asBoolean()).isTrue();
        assertThat(sig.path("certification").path("p").asInt()).isEqualTo(2);
        assertThat(sig.path("signingTime").asText()).isEqualTo("2026-08-20T08:15:00Z");
        assertThat(sig.path("timestamp").isNull()).isTrue();
        assertThat(sig.path("changes").findValuesAsText("description")).contains("page 2 content changed");
        assertThat(sig.path("trust").path("state").asText()).isEqualTo("NOT_CHECKED");
    }

    @Test
    void anUnsignedPdfExitsFourSayingThereIsNoSignature() throws Exception {
        Path unsigned = Files.write(dir.resolve("unsigned.pdf"), RenderedPi.sample("paper-boxes.yaml").pdf());

        CliRun run = CliRun.of("verify", unsigned.toString());

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("no signatures").contains("Result: NOT VERIFIED — the document has no signatures");
    }

    @Test
    void somethingThatIsNotAPdfExitsTwo() throws Exception {
        Path text = Files.writeString(dir.resolve("x.pdf"), "not a pdf");

        CliRun run = CliRun.of("verify", text.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is not a PDF").doesNotContain("at io.");
    }
}
