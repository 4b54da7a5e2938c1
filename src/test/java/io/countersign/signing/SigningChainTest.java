package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The round the settlement agreement goes through, on a PI: the seller certifies (P=2), the buyer
 * fills in every decision and the signer block as an incremental update, then countersigns into
 * the document's signature field. Every signature stays valid, and the seller's reports exactly
 * the buyer's filling and signing as the changes that followed — all allowed.
 */
class SigningChainTest {
    private static final TestPki PKI = SignedPis.PKI;

    @Test
    void sellerCertifiesBuyerFillsAndCountersignsAndBothSignaturesStayValid() throws Exception {
        SignedPdf countersigned = Countersign.sign(SignedPis.filled(), PKI.buyer.signingKey(), SignedPis.countersignature());
        Files.write(Files.createDirectories(Path.of("target", "signing")).resolve("countersigned.pdf"), countersigned.pdf());

        SignatureReport report = SignedPis.verifyTrusting(countersigned.pdf(), PKI.ca);

        assertThat(report.verified()).as(SignatureReportText.of(report)).isTrue();
        assertThat(report.signatures()).hasSize(2);
        SignatureCheck seller = report.signatures().get(0);
        assertThat(seller.signer()).isEqualTo("Lily Chen");
        assertThat(seller.issuer()).isEqualTo("Countersign Test CA");
        assertThat(seller.certification()).contains(DocMdp.FORM_FILLING);
        assertThat(seller.signingTime()).contains(TestPki.SIGNED_AT);
        assertThat(seller.coversWholeFile()).isFalse();
        assertThat(seller.intact()).isTrue();
        assertThat(seller.changes()).allMatch(Change::allowed).extracting(Change::description).containsExactlyInAnyOrder(
                "field signoff.KB-5A filled in: confirm",
                "field signoff.KB-5B filled in: change",
                "field signoff.KB-3C filled in: confirm",
                "field note.KB-5B filled in: \"We ordered 100235 as KB-3C, not KB-5B\"",
                "field signer.name filled in: \"Mark Reynolds\"",
                "field signer.date filled in: \"2026-08-21\"",
                "field signer.signature signed by Mark Reynolds");
        SignatureCheck buyer = report.signatures().get(1);
        assertThat(buyer.field()).isEqualTo("signer.signature");
        assertThat(buyer.signer()).isEqualTo("Mark Reynolds");
        assertThat(buyer.certification()).isEmpty();
        assertThat(buyer.coversWholeFile()).isTrue();
        assertThat(buyer.changes()).isEmpty();
        assertThat(buyer.trust().trusted()).isTrue();
        assertThat(buyer.profile()).isEqualTo("PAdES B-B");
    }

    @Test
    void theFilledButNotYetCountersignedDocumentIsValidWithTheFillingAllowed() {
        SignatureReport report = SignedPis.verify(SignedPis.filled());

        assertThat(report.verified()).isTrue();
        assertThat(report.signatures().get(0).changes()).hasSize(6).allMatch(c -> c.kind() == Change.Kind.FORM_FILLING);
        assertThat(report.signatures().get(0).trust().state()).isEqualTo(Trust.State.NOT_CHECKED);
    }

    @Test
    void theBuyerCanCountersignWithoutFillingAnythingAndTheSellerSeesOnlyTheSignature() {
        SignedPdf signed = Countersign.sign(SignedPis.certified(), PKI.buyer.signingKey(), SignedPis.countersignature());

        SignatureCheck seller = SignedPis.verify(signed.pdf()).signatures().get(0);

        assertThat(seller.status()).isEqualTo(SignatureCheck.Status.VALID);
        assertThat(seller.changes()).extracting(Change::description).containsExactly("field signer.signature signed by Mark Reynolds");
    }

    @Test
    void aSecondApprovalSignatureInANewVisibleFieldIsAnAllowedChangeToo() {
        SignedPdf signed = Countersign.sign(SignedPis.certified(), PKI.buyer.signingKey(), SigningRequest.approval()
                .withField("witness").withVisible(SignaturePlacement.parse("3,20,150,60,20")).withSigningTime(TestPki.SIGNED_AT));

        SignatureReport report = SignedPis.verify(signed.pdf());

        assertThat(report.verified()).isTrue();
        assertThat(report.signatures().get(0).changes()).extracting(Change::description)
                .containsExactly("signature field witness added and signed by Mark Reynolds");
    }
}
