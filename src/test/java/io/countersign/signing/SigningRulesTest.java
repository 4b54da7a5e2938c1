package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.Countersign;
import io.countersign.testing.TestPki;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What signing and filling refuse, each with a sentence that says what to do instead. */
class SigningRulesTest {
    private static final TestPki PKI = SignedPis.PKI;

    @Test
    void onlyTheFirstSignatureMayCertify() {
        assertThatThrownBy(() -> Countersign.sign(SignedPis.certified(), PKI.buyer.signingKey(),
                SigningRequest.approval().withCertification(DocMdp.FORM_FILLING)))
                .isInstanceOf(SigningInputException.class)
                .hasMessageContaining("only the first signature can certify");
    }

    @Test
    void aDocumentCertifiedWithP1TakesNoFurtherSignatureNorFilling() {
        byte[] locked = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(),
                SigningRequest.approval().withCertification(DocMdp.NO_CHANGES).withSigningTime(TestPki.SIGNED_AT)).pdf();

        assertThatThrownBy(() -> Countersign.sign(locked, PKI.buyer.signingKey(), SignedPis.countersignature()))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("P=1");
        assertThatThrownBy(() -> Countersign.fillForm(locked, Map.of("signer.name", "Mark")))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("P=1");
    }

    @Test
    void aSignedFieldCannotBeSignedAgain() {
        byte[] signed = Countersign.sign(SignedPis.certified(), PKI.buyer.signingKey(), SignedPis.countersignature()).pdf();

        assertThatThrownBy(() -> Countersign.sign(signed, PKI.seller.signingKey(), SignedPis.countersignature()))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("already signed");
    }

    @Test
    void aMissingFieldIsNamedWithTheEmptySignatureFieldsThereAre() {
        assertThatThrownBy(() -> Countersign.sign(SignedPis.issued(), PKI.buyer.signingKey(), SigningRequest.approval().withField("buyer.sig")))
                .isInstanceOf(SigningInputException.class)
                .hasMessageContaining("no field \"buyer.sig\"").hasMessageContaining("signer.signature").hasMessageContaining("--visible");
    }

    @Test
    void aTextFieldIsNotASignatureField() {
        assertThatThrownBy(() -> Countersign.sign(SignedPis.issued(), PKI.buyer.signingKey(), SigningRequest.approval().withField("signer.name")))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("not a signature field");
    }

    @Test
    void aBoxOffThePageIsRefusedWithThePageSize() {
        assertThatThrownBy(() -> Countersign.sign(SignedPis.issued(), PKI.buyer.signingKey(),
                SigningRequest.approval().withVisible(SignaturePlacement.parse("1,250,20,80,20"))))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("does not fit on page 1, which is 297.0 × 210.0 mm");
        assertThatThrownBy(() -> Countersign.sign(SignedPis.issued(), PKI.buyer.signingKey(),
                SigningRequest.approval().withVisible(SignaturePlacement.parse("9,10,10,80,20"))))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("has 3 page(s)");
    }

    @Test
    void anExpiredCertificateIsRefusedBeforeAnythingIsSigned() {
        assertThatThrownBy(() -> Countersign.sign(SignedPis.issued(), PKI.expired.signingKey(), SigningRequest.approval().withSigningTime(TestPki.SIGNED_AT)))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("expired on 2020-01-01");
    }

    @Test
    void notAPdfIsRefused() {
        assertThatThrownBy(() -> Countersign.sign("hello".getBytes(), PKI.buyer.signingKey(), SigningRequest.approval()))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("not a PDF");
    }

    @Test
    void fillingRefusesUnknownFieldsAndChoicesTheFieldDoesNotOffer() {
        assertThatThrownBy(() -> Countersign.fillForm(SignedPis.certified(), Map.of("signoff.KB-9Z", "confirm")))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("no field \"signoff.KB-9Z\"");
        assertThatThrownBy(() -> Countersign.fillForm(SignedPis.certified(), Map.of("signoff.KB-5A", "yes")))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("choices: change, confirm, Off");
        assertThatThrownBy(() -> Countersign.fillForm(SignedPis.certified(), Map.of("signer.signature", "x")))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("sign it instead");
    }

    @Test
    void anInvisibleSignatureMentionsTheEmptyFieldItDidNotUse() {
        SignedPdf signed = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(), SigningRequest.approval().withSigningTime(TestPki.SIGNED_AT));

        assertThat(signed.field()).isEqualTo("Signature1");
        assertThat(signed.warnings()).singleElement().asString().contains("--field signer.signature");
    }
}
