package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.testing.RenderedPi;
import io.countersign.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The round the settlement agreement goes through, on a PI: the seller certifies (P=2), the buyer
 * fills in every decision and the signer block as an incremental update, then countersigns into
 * the document's signature field. Every signature stays valid, and the seller's reports exactly
 * the buyer's filling and signing as the changes that followed — all allowed.
 */
class SigningChainTest {
    private static final TestPki PKI = TestPki.get();

    @Test
    void sellerCertifiesBuyerFillsAndCountersignsAndBothSignaturesStayValid() throws Exception {
        byte[] pi = RenderedPi.sample("paper-boxes.yaml").pdf();

        SignedPdf certified = Countersign.sign(pi, PKI.seller.signingKey(), SigningRequest.approval()
                .withCertification(DocMdp.FORM_FILLING).withReason("Proforma invoice 2026-0815 as issued")
                .withSigningTime(TestPki.SIGNED_AT));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("signoff.KB-5A", "confirm");
        answers.put("signoff.KB-5B", "change");
        answers.put("note.KB-5B", "We ordered 100235 as KB-3C, not KB-5B");
        answers.put("signoff.KB-3C", "confirm");
        answers.put("signer.name", "Mark Reynolds");
        answers.put("signer.date", "2026-08-21");
        byte[] filled = Countersign.fillForm(certified.pdf(), answers);
        SignedPdf countersigned = Countersign.sign(filled, PKI.buyer.signingKey(), SigningRequest.approval()
                .withField("signer.signature").withReason("Decisions as marked").withSigningTime(TestPki.SIGNED_AT.plusSeconds(86400)));

        Path out = Files.createDirectories(Path.of("target", "signing"));
        Files.write(out.resolve("certified.pdf"), certified.pdf());
        Files.write(out.resolve("filled.pdf"), filled);
        Files.write(out.resolve("countersigned.pdf"), countersigned.pdf());

        SignatureReport report = Countersign.verify(countersigned.pdf(), "countersigned.pdf", VerifyOptions.trusting(List.of(PKI.ca.certificate())));
        System.out.println(SignatureReportText.of(report));

        assertThat(report.verified()).isTrue();
        assertThat(report.signatures()).hasSize(2);
        SignatureCheck seller = report.signatures().get(0);
        assertThat(seller.signer()).isEqualTo("Lily Chen");
        assertThat(seller.certification()).contains(DocMdp.FORM_FILLING);
        assertThat(seller.coversWholeFile()).isFalse();
        assertThat(seller.intact()).isTrue();
        assertThat(seller.changes()).allMatch(Change::allowed).extracting(Change::description).contains(
                "field signoff.KB-5A filled in: confirm",
                "field signoff.KB-5B filled in: change",
                "field note.KB-5B filled in: \"We ordered 100235 as KB-3C, not KB-5B\"",
                "field signer.signature signed by Mark Reynolds");
        SignatureCheck buyer = report.signatures().get(1);
        assertThat(buyer.field()).isEqualTo("signer.signature");
        assertThat(buyer.certification()).isEmpty();
        assertThat(buyer.coversWholeFile()).isTrue();
        assertThat(buyer.changes()).isEmpty();
        assertThat(buyer.trust().trusted()).isTrue();
        assertThat(buyer.profile()).isEqualTo("PAdES B-B");
    }
}
