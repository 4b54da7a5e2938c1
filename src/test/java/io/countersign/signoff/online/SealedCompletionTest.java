package io.countersign.signoff.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.Countersign;
import io.countersign.CountersignException;
import io.countersign.signing.DocMdp;
import io.countersign.signing.SignatureCheck;
import io.countersign.signing.SignatureReport;
import io.countersign.signing.SignatureReportText;
import io.countersign.signing.SigningRequest;
import io.countersign.signing.VerifyOptions;
import io.countersign.signoff.ReturnReader;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Verdict;
import io.countersign.testing.RenderedPi;
import io.countersign.testing.TestPki;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completed PI sealed as the server will seal it: an incremental PAdES signature with a key made
 * in the test. The signature must verify (ours and poppler's pdfsig), and check must still read the
 * online decisions from the sealed file without calling it altered.
 */
class SealedCompletionTest {
    private static final byte[] ISSUED = RenderedPi.sample("paper-boxes.yaml").pdf();
    private static final TestPki PKI = TestPki.get();

    @TempDir
    Path dir;

    private static byte[] sealed() {
        byte[] completed = CompletionCertificate.complete(ISSUED, Completions.of(ISSUED, Completions.DESKTOP, p -> p.id().equals("KB-5B")
                ? Completions.change(p, "We ordered 100235 as KB-3C, not KB-5B", 1) : Completions.confirm(p, 4)));
        return Countersign.sign(completed, PKI.seller.signingKey(), SigningRequest.approval()
                .withReason("Online sign-off completed").withSigningTime(Completions.COMPLETED_AT.plusSeconds(1))).pdf();
    }

    @Test
    void theServersSignatureOverTheCompletedFileVerifies() {
        SignatureReport report = Countersign.verify(sealed(), "sealed.pdf", VerifyOptions.trusting(List.of(PKI.ca.certificate())));

        assertThat(report.verified()).as(SignatureReportText.of(report)).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SignatureCheck.Status.VALID);
            assertThat(s.disallowedChanges()).isEmpty();
        });
    }

    @Test
    void checkReadsTheOnlineDecisionsFromTheSealedFile() throws Exception {
        Path issued = Files.write(dir.resolve("2026-0815-r1.pdf"), ISSUED);
        Path returned = Files.write(dir.resolve("2026-0815-r1-completed.pdf"), sealed());

        SignOffReport r = ReturnReader.read(returned, Optional.of(issued));

        assertThat(r.integrity().altered()).as(r.integrity().findings().toString()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
        assertThat(r.signer().name()).isEqualTo("Mark Reynolds");
    }

    // A certified PI (DocMDP P=2) allows filling in and signing, not new pages: verify would call the
    // seller's signature modified. Refused before anything is written.
    @Test
    void refusesAnIssuedFileThatIsAlreadySigned() {
        byte[] certified = Countersign.sign(ISSUED, PKI.seller.signingKey(), SigningRequest.approval()
                .withCertification(DocMdp.FORM_FILLING).withSigningTime(TestPki.SIGNED_AT)).pdf();

        assertThatThrownBy(() -> CompletionCertificate.complete(certified,
                Completions.of(certified, Completions.DESKTOP, p -> Completions.confirm(p, 1))))
                .isInstanceOf(CountersignException.class).hasMessageContaining("already signed");
    }

    @Test
    void pdfsigFindsTheSignatureValid() throws Exception {
        Assumptions.assumeTrue(onPath("pdfsig"), () -> {
            System.err.println("SKIPPED SealedCompletionTest: pdfsig is not installed (apt-get install poppler-utils)");
            return "pdfsig is not installed";
        });
        Path file = Files.write(dir.resolve("sealed.pdf"), sealed());

        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).contains("Signature Validation: Signature is Valid.").contains("Total document signed")
                .contains("Signer Certificate Common Name: " + PKI.seller.name());
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
