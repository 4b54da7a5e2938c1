package io.countersign.testing;

import io.countersign.signing.SigningKey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small public-key infrastructure made in the test, never committed: a CA issuing the seller's,
 * the buyer's and a time-stamp authority's certificates, an expired signer, and an unrelated CA.
 * Made once per JVM (RSA key generation is the slow part); PKCS#12 files and password files are
 * written into the test's temporary folder with a random password.
 */
public final class TestPki {
    /** Validity of everything except the expired signer: covers the tests' fixed signing times. */
    public static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    public static final Instant UNTIL = Instant.parse("2036-01-01T00:00:00Z");
    /** The signing time of the tests: reproducible bytes. */
    public static final Instant SIGNED_AT = Instant.parse("2026-08-20T08:15:00Z");

    private static TestPki instance;

    public final Identity ca;
    public final Identity seller;
    public final Identity buyer;
    public final Identity tsa;
    public final Identity expired;
    public final Identity otherCa;

    /** A key, its certificate and the chain up to (and including) its CA. */
    public record Identity(String name, PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
        public SigningKey signingKey() {
            return new SigningKey(key, chain);
        }
    }

    /** A PKCS#12 file and the file holding its password. */
    public record KeyFile(Path keystore, Path passwordFile, String password) {
    }

    private TestPki() throws GeneralSecurityException, OperatorCreationException {
        ca = authority("Countersign Test CA", 1);
        otherCa = authority("Unrelated Test CA", 2);
        seller = issue(ca, "Lily Chen", "Dongguan Heyuan Paper Products Co., Ltd.", 10, FROM, UNTIL, false);
        buyer = issue(ca, "Mark Reynolds", "Maple & Finch Home Goods, Inc.", 11, FROM, UNTIL, false);
        tsa = issue(ca, "Countersign Test TSA", "Countersign Test", 12, FROM, UNTIL, true);
        expired = issue(ca, "Expired Signer", "Countersign Test", 13, Instant.parse("2015-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"), false);
    }

    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                instance = new TestPki();
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** Writes {@code who}'s key and chain as {@code name}.p12 with a random password, and the password file beside it. */
    public KeyFile keystore(Path dir, Identity who, String alias) {
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(12));
        Path p12 = dir.resolve(alias + ".p12");
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, who.key(), password.toCharArray(), who.chain().toArray(new X509Certificate[0]));
            try (OutputStream out = Files.newOutputStream(p12)) {
                ks.store(out, password.toCharArray());
            }
            Path pw = Files.writeString(dir.resolve(alias + ".password"), password + "\n", StandardCharsets.UTF_8);
            return new KeyFile(p12, pw, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificates as PEM, e.g. for {@code verify --trust}. */
    public static Path pem(Path file, X509Certificate... certs) {
        StringBuilder sb = new StringBuilder();
        try {
            for (X509Certificate c : certs) {
                sb.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            }
            return Files.writeString(file, sb.toString());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static Identity authority(String name, int serial) throws GeneralSecurityException, OperatorCreationException {
        KeyPair kp = rsa();
        X500Name subject = new X500Name("CN=" + name + ",O=Countersign Test,C=DE");
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(serial), Date.from(FROM), Date.from(UNTIL),
                subject, kp.getPublic());
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
        return new Identity(name, kp.getPrivate(), cert, List.of(cert));
    }

    private static Identity issue(Identity issuer, String name, String organisation, int serial, Instant from, Instant until, boolean timestamping)
            throws GeneralSecurityException, OperatorCreationException {
        KeyPair kp = rsa();
        X500Name subject = new X500Name("CN=" + name + ",O=" + organisation.replace(",", "\\,") + ",C=CN");
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer.certificate(), BigInteger.valueOf(serial), Date.from(from),
                Date.from(until), subject, kp.getPublic());
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (timestamping) {
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key())));
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(cert);
        chain.addAll(issuer.chain());
        return new Identity(name, kp.getPrivate(), cert, chain);
    }
}
