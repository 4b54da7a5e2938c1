package io.countersign.signing;

import io.countersign.core.Sha256;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The CMS SignedData of a PAdES baseline signature (ETSI EN 319 142-1, B-B and B-T): detached,
 * SHA-256, signed attributes content-type, message-digest and ESS signing-certificate-v2 — and
 * deliberately no signing-time, which PAdES takes from the signature dictionary's /M. With a
 * time-stamp client, the signature value is time-stamped and the token added as the unsigned
 * signature-time-stamp attribute. RSA PKCS#1 v1.5 signatures are deterministic, so the same
 * bytes and key give the same CMS; ECDSA signatures are not.
 */
final class CmsSigner {
    private CmsSigner() {
    }

    static byte[] sign(byte[] content, SigningKey key, Optional<TimestampClient> tsa) {
        try {
            X509Certificate cert = key.certificate();
            ContentSigner signer = new JcaContentSignerBuilder(algorithm(key)).build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2(cert)))
                    .build(signer, cert));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (tsa.isPresent()) {
                signed = withTimestamp(signed, tsa.get());
            }
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
            throw new SigningInputException("cannot sign with the key of " + key.signerName() + ": " + e.getMessage(), e);
        }
    }

    /** The JCA signature algorithm for the key: SHA-256 with RSA (PKCS#1 v1.5) or ECDSA. */
    static String algorithm(SigningKey key) {
        return switch (key.privateKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new SigningInputException("keys of type " + key.privateKey().getAlgorithm()
                    + " are not supported for PDF signatures — hint: use an RSA (2048 bits or more) or EC key");
        };
    }

    /** ESS signing-certificate-v2 (RFC 5035): SHA-256 of the signer's certificate plus issuer and serial, binding the signature to it. */
    private static Attribute signingCertificateV2(X509Certificate cert) throws CertificateEncodingException {
        byte[] hash = Sha256.digest(cert.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
        SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value));
    }

    private static CMSSignedData withTimestamp(CMSSignedData signed, TimestampClient tsa) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = tsa.stamp(signer.getSignature());
        Attribute stamp = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure()));
        Hashtable<ASN1ObjectIdentifier, Attribute> unsigned = new Hashtable<>();
        unsigned.put(stamp.getAttrType(), stamp);
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }


    /** Exactly the three signed attributes PAdES B-B asks for; BouncyCastle's default would add signing-time. */
    private record PadesAttributes(Attribute signingCertificate) implements CMSAttributeTableGenerator {
        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map params) {
            Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
            ASN1ObjectIdentifier contentType = (ASN1ObjectIdentifier) params.get(CMSAttributeTableGenerator.CONTENT_TYPE);
            byte[] digest = (byte[]) params.get(CMSAttributeTableGenerator.DIGEST);
            table.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
            table.put(CMSAttributes.messageDigest, new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new org.bouncycastle.asn1.DEROctetString(digest))));
            table.put(signingCertificate.getAttrType(), signingCertificate);
            return new AttributeTable(table);
        }
    }
}
