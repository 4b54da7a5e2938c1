package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.testing.TestPki;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

/**
 * What PAdES baseline B-B asks of the signature itself, read straight from the file rather than
 * through the verifier: sub-filter, SHA-256, the signing-certificate-v2 attribute, no CMS
 * signing-time (the time is /M), the whole chain embedded; and DocMDP wired as the specification
 * says for a certification. And the input's bytes stay the first bytes of the output.
 */
class PadesStructureTest {
    private static final TestPki PKI = SignedPis.PKI;

    @Test
    void theCertificationIsAPadesBaselineSignatureWithDocMdpP2() throws Exception {
        byte[] issued = SignedPis.issued();
        byte[] signed = SignedPis.certified();

        assertThat(Arrays.copyOf(signed, issued.length)).as("an incremental update keeps the input as it was").isEqualTo(issued);
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature sig = doc.getSignatureDictionaries().get(0);
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(sig.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(sig.getSignDate().toInstant()).isEqualTo(TestPki.SIGNED_AT);
            assertThat(sig.getName()).isEqualTo("Lily Chen");

            COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
            assertThat(perms.getCOSDictionary(COSName.DOCMDP)).isSameAs(sig.getCOSObject());
            assertThat(DocMdp.of(sig)).contains(DocMdp.FORM_FILLING);
            assertThat(doc.getDocumentCatalog().getCOSObject().getNameAsString(COSName.VERSION)).isEqualTo("1.7");

            CMSSignedData cms = new CMSSignedData(CmsSignature.withoutPadding(sig.getContents()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES: the time is /M, never a CMS signing-time").isNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.contentType)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.messageDigest)).isNotNull();
            assertThat(signer.getUnsignedAttributes()).as("B-B: no time-stamp").isNull();
            assertThat(cms.isDetachedSignature()).isTrue();
            assertThat(cms.getCertificates().getMatches(null)).hasSize(2);
        }
    }

    @Test
    void anApprovalSignatureHasNoDocMdp() throws Exception {
        byte[] signed = Countersign.sign(SignedPis.issued(), PKI.buyer.signingKey(), SignedPis.countersignature()).pdf();

        try (PDDocument doc = Loader.loadPDF(signed)) {
            assertThat(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.PERMS)).isFalse();
            assertThat(DocMdp.of(doc.getSignatureDictionaries().get(0))).isEmpty();
        }
    }

    @Test
    void aPdfWithObjectStreamsAndAnXrefStreamGoesThroughTheWholeRound() {
        // PDFBox 3 (and most tools) save compressed: objects inside object streams, a cross-reference stream.
        byte[] compressed = io.countersign.testing.Incremental.resave(SignedPis.issued());
        byte[] certified = Countersign.sign(compressed, PKI.seller.signingKey(),
                SigningRequest.approval().withCertification(DocMdp.FORM_FILLING).withSigningTime(TestPki.SIGNED_AT)).pdf();
        byte[] filled = Countersign.fillForm(certified, SignedPis.answers());
        byte[] countersigned = Countersign.sign(filled, PKI.buyer.signingKey(), SignedPis.countersignature()).pdf();

        SignatureReport report = SignedPis.verify(countersigned);

        assertThat(new String(compressed, 0, compressed.length, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/ObjStm");
        assertThat(report.verified()).as(SignatureReportText.of(report)).isTrue();
        assertThat(report.signatures().get(0).changes()).hasSize(7).allMatch(Change::allowed);
    }

    @Test
    void theSameInputKeyAndTimeGiveTheSameBytes() {
        // RSA PKCS#1 v1.5 is deterministic and the trailer /ID comes from the signing time.
        SigningRequest request = SigningRequest.approval().withCertification(DocMdp.FORM_FILLING)
                .withVisible(SignaturePlacement.parse("1,20,20,60,20")).withReason("Issued").withSigningTime(TestPki.SIGNED_AT);

        byte[] first = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(), request).pdf();
        byte[] second = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(), request).pdf();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void fillingTheSameValuesTwiceGivesTheSameBytes() {
        assertThat(Countersign.fillForm(SignedPis.certified(), SignedPis.answers()))
                .isEqualTo(Countersign.fillForm(SignedPis.certified(), SignedPis.answers()));
    }
}
