package io.countersign.signing;

import io.countersign.CountersignException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Signs a PDF as PAdES baseline B-B (or B-T with a time-stamp authority): an incremental update
 * appended to the input bytes, so every earlier signature keeps covering exactly what it covered.
 * The first signature may certify (DocMDP); later ones are approval signatures.
 */
public final class PadesSigner {
    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS apart from the certificates: signed attributes, signature value, structure. */
    private static final int CMS_OVERHEAD = 4096;
    /** Room for a time-stamp token: its own signature and the TSA's certificates. */
    private static final int TOKEN_ROOM = 12288;

    private PadesSigner() {
    }

    /**
     * Signs {@code pdf} with {@code key} as {@code request} says and returns the whole signed file.
     *
     * @throws SigningInputException for input that cannot be signed (not a PDF, encrypted, certified
     *         with P=1, certification requested after another signature, field or place problems,
     *         a certificate not valid at the signing time)
     * @throws TimestampException    when the time-stamp authority fails
     */
    public static SignedPdf sign(byte[] pdf, SigningKey key, SigningRequest request) {
        Instant time = request.signingTime().orElseGet(Instant::now).truncatedTo(ChronoUnit.SECONDS);
        List<String> warnings = new ArrayList<>();
        checkCertificate(key.certificate(), time, warnings);
        Optional<TimestampClient> tsa = request.timestampAuthority().map(TimestampClient::of);
        int reserve = CMS_OVERHEAD + (tsa.isPresent() ? TOKEN_ROOM : 0);
        for (X509Certificate c : key.chain()) {
            reserve += encodedLength(c);
        }
        try {
            return attempt(pdf, key, request, time, tsa, reserve, warnings);
        } catch (TooSmall e) {
            // Only an unusually large time-stamp token gets here; the second try reserves what it took.
            return attempt(pdf, key, request, time, tsa, e.needed + 1024, warnings);
        }
    }

    private static SignedPdf attempt(byte[] pdf, SigningKey key, SigningRequest request, Instant time,
                                     Optional<TimestampClient> tsa, int reserve, List<String> warnings) {
        try (PDDocument doc = load(pdf)) {
            Optional<DocMdp> certified = DocMdp.ofDocument(doc);
            checkPermitted(doc, request, certified);
            SignatureFields.Target target = SignatureFields.prepare(doc, request);
            List<String> notes = new ArrayList<>(warnings);
            if (target.created()) {
                SignatureFields.emptySignatureFields(doc).stream()
                        .filter(n -> !n.equals(target.field().getFullyQualifiedName()))
                        .findFirst()
                        .ifPresent(n -> notes.add("the document has an empty signature field \"" + n + "\"; this signature went into a new field \""
                                + target.field().getFullyQualifiedName() + "\" — use --field " + n + " to sign into it"));
            }

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(key.signerName());
            if (!request.reason().isBlank()) {
                signature.setReason(request.reason().strip());
            }
            if (!request.location().isBlank()) {
                signature.setLocation(request.location().strip());
            }
            signature.setSignDate(utc(time));
            target.field().getCOSObject().setItem(COSName.V, signature);
            request.certification().ifPresent(level -> level.certify(doc, signature));
            declarePadesSupport(doc);

            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(reserve);
                doc.addSignature(signature, options);
                // addSignature makes a pre-existing field invisible ([0 0 0 0], empty appearance):
                // give it back its box and draw the signature there.
                target.widget().setRectangle(target.rect());
                target.widget().setAppearance(appearance(doc, target, request, key, time));
                // The /ID's second half is derived from this number instead of the clock: reproducible bytes.
                doc.setDocumentId(time.toEpochMilli());

                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserve + 65536);
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
                byte[] cms = CmsSigner.sign(external.getContent().readAllBytes(), key, tsa);
                if (cms.length > reserve) {
                    throw new TooSmall(cms.length);
                }
                external.setSignature(cms);
                return new SignedPdf(out.toByteArray(), target.field().getFullyQualifiedName(), key.signerName(), time,
                        request.certification(), timestampTime(cms), notes);
            }
        } catch (IOException e) {
            throw new CountersignException("cannot sign the PDF: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(byte[] pdf) {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new SigningInputException("not a PDF that can be signed: " + e.getMessage(), e);
        }
        if (doc.isEncrypted()) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // nothing was written; the document is discarded
            }
            throw new SigningInputException("the PDF is encrypted; countersign signs unencrypted PDFs only");
        }
        return doc;
    }

    private static void checkPermitted(PDDocument doc, SigningRequest request, Optional<DocMdp> certified) {
        if (certified.isPresent() && certified.get() == DocMdp.NO_CHANGES) {
            throw new SigningInputException("the document is certified with DocMDP P=1 (no changes allowed): another signature would break the certification");
        }
        boolean signedBefore = doc.getSignatureDictionaries().stream()
                .anyMatch(s -> s.getCOSObject().containsKey(COSName.CONTENTS));
        if (request.certification().isPresent() && signedBefore) {
            throw new SigningInputException("the document is already signed; only the first signature can certify — hint: leave --certify out for a countersignature");
        }
    }

    /**
     * ETSI.CAdES.detached and DocMDP are newer than the PDF 1.4 header most generators write: the
     * catalog's /Version lifts the document to 1.7 and the ESIC extension (level 2) names PAdES.
     */
    private static void declarePadesSupport(PDDocument doc) {
        if (doc.getVersion() < 1.7f) {
            doc.setVersion(1.7f);
        }
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary extensions = catalog.getCOSDictionary(COSName.getPDFName("Extensions"));
        if (extensions == null) {
            extensions = new COSDictionary();
            extensions.setDirect(true);
            catalog.setItem(COSName.getPDFName("Extensions"), extensions);
        }
        if (!extensions.containsKey(COSName.getPDFName("ESIC"))) {
            COSDictionary esic = new COSDictionary();
            esic.setName(COSName.getPDFName("BaseVersion"), "1.7");
            esic.setInt(COSName.getPDFName("ExtensionLevel"), 2);
            esic.setDirect(true);
            extensions.setItem(COSName.getPDFName("ESIC"), esic);
        }
    }

    private static PDAppearanceDictionary appearance(PDDocument doc, SignatureFields.Target target, SigningRequest request,
                                                     SigningKey key, Instant time) {
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        PDAppearanceStream stream;
        if (target.rect().getWidth() <= 0 || target.rect().getHeight() <= 0) {
            stream = new PDAppearanceStream(doc);
            stream.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle());
        } else {
            stream = SignatureAppearance.draw(doc, target.rect(), target.page().getRotation(),
                    SignatureAppearance.lines(request.certification().isPresent(), key.signerName(), time, request.reason(), request.location()));
        }
        ap.setNormalAppearance(stream);
        return ap;
    }

    /** Refuses a certificate not valid at the signing time: no verifier would accept the signature. */
    private static void checkCertificate(X509Certificate cert, Instant time, List<String> warnings) {
        try {
            cert.checkValidity(Date.from(time));
        } catch (CertificateExpiredException e) {
            throw new SigningInputException("the certificate of " + Certificates.subjectName(cert) + " expired on "
                    + cert.getNotAfter().toInstant() + "; a signature made at " + time + " would not be valid — hint: renew the certificate");
        } catch (CertificateNotYetValidException e) {
            throw new SigningInputException("the certificate of " + Certificates.subjectName(cert) + " is valid only from "
                    + cert.getNotBefore().toInstant() + "; a signature made at " + time + " would not be valid");
        }
        boolean[] usage = cert.getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) {
            warnings.add("the certificate's key usage allows neither digital signatures nor non-repudiation; Adobe Reader will reject the signature");
        }
        if (cert.getPublicKey() instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
            warnings.add("the RSA key has only " + rsa.getModulus().bitLength() + " bits; 2048 or more is expected today");
        }
    }

    private static Optional<Instant> timestampTime(byte[] cms) {
        try {
            return Optional.ofNullable(CmsSignature.timestampToken(new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next()))
                    .map(TimeStampToken::getTimeStampInfo).map(i -> i.getGenTime().toInstant());
        } catch (org.bouncycastle.cms.CMSException e) {
            throw new CountersignException("the CMS just made cannot be read back: " + e.getMessage(), e);
        }
    }

    private static Calendar utc(Instant time) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(time.toEpochMilli());
        return c;
    }

    private static int encodedLength(X509Certificate c) {
        try {
            return c.getEncoded().length;
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new SigningInputException("the certificate " + Certificates.subject(c) + " cannot be encoded", e);
        }
    }

    /** The CMS did not fit the space reserved for it. */
    private static final class TooSmall extends RuntimeException {
        final int needed;

        TooSmall(int needed) {
            super(null, null, false, false);
            this.needed = needed;
        }
    }
}
