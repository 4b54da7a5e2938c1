package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.Countersign;
import io.countersign.testing.TestPki;
import io.countersign.testing.TestTsa;
import java.net.ServerSocket;
import java.net.URI;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PAdES B-T: the signature value time-stamped by an RFC 3161 authority — here one started on
 * localhost with BouncyCastle's generator and the test PKI's TSA certificate, answering over HTTP
 * like a real one. The token must be over this signature's value, and verify.
 */
class TimestampTest {
    private static final TestPki PKI = SignedPis.PKI;
    private static TestTsa tsa;

    @BeforeAll
    static void start() {
        tsa = TestTsa.start(PKI.tsa);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    @Test
    void aTimestampedSignatureCarriesAVerifiedTokenOverItsValue() throws Exception {
        int before = tsa.served();
        SignedPdf signed = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(), SigningRequest.approval()
                .withCertification(DocMdp.FORM_FILLING).withTimestampAuthority(tsa.url()).withSigningTime(TestPki.SIGNED_AT));

        assertThat(tsa.served()).isEqualTo(before + 1);
        assertThat(signed.timestamp()).contains(TestTsa.TIME);
        try (PDDocument doc = Loader.loadPDF(signed.pdf())) {
            CMSSignedData cms = new CMSSignedData(CmsSignature.withoutPadding(doc.getSignatureDictionaries().get(0).getContents()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)).isNotNull();
        }

        SignatureCheck check = SignedPis.verifyTrusting(signed.pdf(), PKI.ca).signatures().get(0);

        assertThat(check.status()).isEqualTo(SignatureCheck.Status.VALID);
        assertThat(check.profile()).isEqualTo("PAdES B-T");
        assertThat(check.timestamp()).hasValueSatisfying(t -> {
            assertThat(t.time()).isEqualTo(TestTsa.TIME);
            assertThat(t.authority()).isEqualTo("Countersign Test TSA");
            assertThat(t.imprintMatches()).isTrue();
            assertThat(t.tokenValid()).isTrue();
            assertThat(t.trust().trusted()).isTrue();
        });
    }

    @Test
    void aTokenFromAnotherSignatureDoesNotPass() throws Exception {
        // Graft the time-stamp of one signature onto another: same TSA, valid token, wrong imprint.
        byte[] first = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(),
                SigningRequest.approval().withTimestampAuthority(tsa.url()).withSigningTime(TestPki.SIGNED_AT)).pdf();
        byte[] second = Countersign.sign(SignedPis.issued(), PKI.buyer.signingKey(),
                SigningRequest.approval().withTimestampAuthority(tsa.url()).withSigningTime(TestPki.SIGNED_AT)).pdf();
        SignerInformation a = signer(first);
        SignerInformation b = signer(second);
        CmsSignature.Facts grafted = graft(second, SignerInformation.replaceUnsignedAttributes(b, a.getUnsignedAttributes()));

        assertThat(grafted.timestamp()).hasValueSatisfying(t -> {
            assertThat(t.tokenValid()).isTrue();
            assertThat(t.imprintMatches()).isFalse();
        });
    }

    @Test
    void anAuthorityAnsweringSomethingElseIsAClearError() {
        assertThatThrownBy(() -> Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(),
                SigningRequest.approval().withTimestampAuthority(tsa.htmlUrl())))
                .isInstanceOf(TimestampException.class).hasMessageContaining("not application/timestamp-reply");
    }

    @Test
    void anUnreachableAuthorityIsAClearErrorAndNothingIsSigned() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/tsa");

        assertThatThrownBy(() -> Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(), SigningRequest.approval().withTimestampAuthority(nowhere)))
                .isInstanceOf(TimestampException.class).hasMessageContaining("cannot reach time-stamp authority " + nowhere);
    }

    @Test
    void onlyHttpAuthoritiesAreAsked() {
        assertThatThrownBy(() -> Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(),
                SigningRequest.approval().withTimestampAuthority(URI.create("file:///etc/passwd"))))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("http:// or https://");
    }

    private static SignerInformation signer(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new CMSSignedData(CmsSignature.withoutPadding(doc.getSignatureDictionaries().get(0).getContents()))
                    .getSignerInfos().getSigners().iterator().next();
        }
    }

    /** The facts of {@code pdf}'s signature with its signer info replaced. */
    private static CmsSignature.Facts graft(byte[] pdf, SignerInformation replaced) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var sig = doc.getSignatureDictionaries().get(0);
            CMSSignedData cms = new CMSSignedData(CmsSignature.withoutPadding(sig.getContents()));
            CMSSignedData swapped = CMSSignedData.replaceSigners(cms, new org.bouncycastle.cms.SignerInformationStore(replaced));
            return CmsSignature.detached(swapped.getEncoded("DER"), sig.getSignedContent(pdf));
        }
    }
}
