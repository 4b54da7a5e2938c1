package io.countersign.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

/**
 * What the CMS of one PDF signature says about the bytes it signs, each check on its own: does
 * the message-digest attribute match the signed bytes, does the signature value verify with the
 * signer's key, does the signing-certificate attribute name that certificate, and — for a
 * signature time-stamp or a document time-stamp — does the token's imprint match and its
 * signature verify. Nothing here decides trust.
 */
final class CmsSignature {
    private static final JcaX509CertificateConverter CERTS = new JcaX509CertificateConverter();

    private CmsSignature() {
    }

    /** The facts of one CMS; {@code signer} is empty when the CMS does not carry the signer's certificate. */
    record Facts(Optional<X509Certificate> signer, List<X509Certificate> certificates, boolean digestMatches,
                 boolean signatureValid, Optional<Instant> cmsSigningTime, boolean hasSigningCertificate,
                 Optional<Stamp> timestamp, List<String> problems) {
    }

    /** A time-stamp token and what was checked about it. */
    record Stamp(Instant time, Optional<X509Certificate> authority, List<X509Certificate> certificates,
                 boolean imprintMatches, boolean tokenValid, String problem) {
    }

    /**
     * The CMS without the zero padding that fills the rest of /Contents: BouncyCastle refuses
     * trailing data. The length comes from the outer DER header; a BER indefinite length is kept whole.
     */
    static byte[] withoutPadding(byte[] contents) {
        if (contents.length < 2 || (contents[1] & 0xFF) == 0x80) {
            return contents;
        }
        int first = contents[1] & 0xFF;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int n = first & 0x7F;
            if (n > 4 || contents.length < 2 + n) {
                return contents;
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (contents[2 + i] & 0xFF);
            }
            header = 2 + n;
        }
        long total = header + length;
        return total <= contents.length ? Arrays.copyOf(contents, (int) total) : contents;
    }

    /** Checks a CAdES / PKCS#7 detached signature over {@code signedBytes}. */
    static Facts detached(byte[] padded, byte[] signedBytes) {
        byte[] contents = withoutPadding(padded);
        List<String> problems = new ArrayList<>();
        CMSSignedData cms;
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contents);
        } catch (CMSException | RuntimeException e) {
            problems.add("the signature value is not a readable CMS structure (" + e.getMessage() + ")");
            return new Facts(Optional.empty(), List.of(), false, false, Optional.empty(), false, Optional.empty(), problems);
        }
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            problems.add("the CMS has " + signers.size() + " signers; a PDF signature has exactly one");
            return new Facts(Optional.empty(), certificates(cms.getCertificates()), false, false, Optional.empty(), false, Optional.empty(), problems);
        }
        SignerInformation si = signers.iterator().next();
        List<X509Certificate> certs = certificates(cms.getCertificates());
        Optional<X509Certificate> signer = signerCertificate(cms.getCertificates(), si);
        if (signer.isEmpty()) {
            problems.add("the CMS does not contain the signer's certificate");
        }
        AttributeTable signed = si.getSignedAttributes();
        boolean digestMatches;
        boolean signatureValid = false;
        try {
            byte[] digest = digest(si.getDigestAlgorithmID(), signedBytes);
            if (signed == null) {
                // Old-style PKCS#7: the signature is over the content itself.
                digestMatches = true;
                signatureValid = signer.isPresent() && verifies(si, signer.get(), signedBytes);
            } else {
                Attribute md = signed.get(CMSAttributes.messageDigest);
                digestMatches = md != null && Arrays.equals(ASN1OctetString.getInstance(md.getAttrValues().getObjectAt(0)).getOctets(), digest);
                signatureValid = signer.isPresent() && verifies(si, signer.get(), si.getEncodedSignedAttributes());
            }
        } catch (IOException | OperatorCreationException | RuntimeException e) {
            digestMatches = false;
            problems.add("the signature cannot be checked: " + e.getMessage());
        }
        boolean hasSigningCertificate = signed != null && (signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null
                || signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate) != null);
        if (hasSigningCertificate && signer.isPresent() && !signingCertificateMatches(signed, signer.get())) {
            problems.add("the signing-certificate attribute names another certificate than the one that signed");
        }
        Optional<Stamp> stamp = Optional.empty();
        TimeStampToken token = timestampToken(si);
        if (token != null) {
            stamp = Optional.of(stamp(token, si.getSignature()));
        }
        return new Facts(signer, certs, digestMatches, signatureValid, cmsSigningTime(signed), hasSigningCertificate, stamp, problems);
    }

    /** Checks a document time-stamp (ETSI.RFC3161): the token's imprint is the hash of the signed bytes. */
    static Facts documentTimestamp(byte[] contents, byte[] signedBytes) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(withoutPadding(contents)));
            Stamp s = stamp(token, signedBytes);
            List<String> problems = s.problem().isEmpty() ? List.of() : List.of(s.problem());
            return new Facts(s.authority(), s.certificates(), s.imprintMatches(), s.tokenValid(), Optional.of(s.time()), true,
                    Optional.empty(), problems);
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return new Facts(Optional.empty(), List.of(), false, false, Optional.empty(), false, Optional.empty(),
                    List.of("the document time-stamp is not a readable RFC 3161 token (" + e.getMessage() + ")"));
        }
    }

    /** The signature-time-stamp token among the unsigned attributes, or null. */
    static TimeStampToken timestampToken(SignerInformation si) {
        AttributeTable unsigned = si.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        try {
            ASN1Object value = (ASN1Object) attribute.getAttrValues().getObjectAt(0);
            return new TimeStampToken(new CMSSignedData(value.getEncoded()));
        } catch (CMSException | TSPException | IOException e) {
            throw new IllegalArgumentException("unreadable time-stamp token: " + e.getMessage(), e);
        }
    }

    private static Stamp stamp(TimeStampToken token, byte[] stamped) {
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        List<X509Certificate> certs = certificates(token.getCertificates());
        Optional<X509Certificate> tsa = signerCertificate(token.getCertificates(), token.getSID());
        boolean imprint;
        try {
            imprint = Arrays.equals(digest(token.getTimeStampInfo().getHashAlgorithm(), stamped),
                    token.getTimeStampInfo().getMessageImprintDigest());
        } catch (OperatorCreationException | IOException e) {
            return new Stamp(time, tsa, certs, false, false, "the time-stamp's hash algorithm is not supported");
        }
        if (tsa.isEmpty()) {
            return new Stamp(time, tsa, certs, imprint, false, "the time-stamp token does not contain the authority's certificate");
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.get()));
            return new Stamp(time, tsa, certs, imprint, true, "");
        } catch (TSPException | OperatorCreationException e) {
            return new Stamp(time, tsa, certs, imprint, false, "the time-stamp token does not verify: " + e.getMessage());
        }
    }

    private static boolean verifies(SignerInformation si, X509Certificate cert, byte[] signedData) {
        try {
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder().build(cert);
            AlgorithmIdentifier encryption = si.toASN1Structure().getDigestEncryptionAlgorithm();
            ContentVerifier cv = verifier.getContentVerifier(encryption, si.getDigestAlgorithmID());
            try (OutputStream out = cv.getOutputStream()) {
                out.write(signedData);
            }
            return cv.verify(si.getSignature());
        } catch (OperatorCreationException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean signingCertificateMatches(AttributeTable signed, X509Certificate cert) {
        try {
            byte[] encoded = cert.getEncoded();
            Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                return Arrays.equals(digest(id.getHashAlgorithm(), encoded), id.getCertHash())
                        && (id.getIssuerSerial() == null || id.getIssuerSerial().getSerial().getValue().equals(cert.getSerialNumber()));
            }
            Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
            return Arrays.equals(digest(new AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1), encoded), id.getCertHash());
        } catch (java.security.cert.CertificateEncodingException | OperatorCreationException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Instant> cmsSigningTime(AttributeTable signed) {
        Attribute t = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (t == null) {
            return Optional.empty();
        }
        ASN1Encodable value = t.getAttrValues().getObjectAt(0);
        try {
            return Optional.of(value instanceof ASN1UTCTime utc ? utc.getAdjustedDate().toInstant() : Time.getInstance(value).getDate().toInstant());
        } catch (java.text.ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] data) throws OperatorCreationException, IOException {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(data);
        }
        return calculator.getDigest();
    }

    @SuppressWarnings("unchecked")
    private static Optional<X509Certificate> signerCertificate(Store<X509CertificateHolder> store, org.bouncycastle.cms.SignerId sid) {
        Collection<X509CertificateHolder> matches = store.getMatches(sid);
        return matches.stream().findFirst().flatMap(CmsSignature::convert);
    }

    private static Optional<X509Certificate> signerCertificate(Store<X509CertificateHolder> store, SignerInformation si) {
        return signerCertificate(store, si.getSID());
    }

    private static List<X509Certificate> certificates(Store<X509CertificateHolder> store) {
        return store.getMatches(null).stream().map(CmsSignature::convert).flatMap(Optional::stream).toList();
    }

    private static Optional<X509Certificate> convert(X509CertificateHolder holder) {
        try {
            return Optional.of(CERTS.getCertificate(holder));
        } catch (CertificateException e) {
            return Optional.empty();
        }
    }
}
