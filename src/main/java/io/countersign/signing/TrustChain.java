package io.countersign.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chain building against the anchors of {@code --trust}: a PKIX path from a certificate, through
 * the intermediates the signature carries, to one of the anchors, every certificate valid at the
 * given time. Revocation is not checked (no network access; PAdES B-LT validation data is not read).
 */
public final class TrustChain {
    private final List<X509Certificate> anchors;

    private TrustChain(List<X509Certificate> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    public static TrustChain of(List<X509Certificate> anchors) {
        if (anchors.isEmpty()) {
            throw new SigningInputException("no trust anchors given");
        }
        return new TrustChain(anchors);
    }

    /** Reads one or more PEM (or DER) certificates from {@code file}. */
    public static List<X509Certificate> readCertificates(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SigningInputException("trust file " + file + " not found — hint: give the CA certificate(s) as PEM");
        }
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : read) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new SigningInputException("trust file " + file + " holds no certificate — hint: it should contain -----BEGIN CERTIFICATE----- blocks");
            }
            return certs;
        } catch (CertificateException | IOException e) {
            throw new SigningInputException("trust file " + file + " is not a PEM or DER certificate file (" + e.getMessage() + ")", e);
        }
    }

    public List<X509Certificate> anchors() {
        return anchors;
    }

    /** Whether {@code cert} chains to an anchor through {@code intermediates}, all valid at {@code at}. */
    Trust check(X509Certificate cert, Collection<X509Certificate> intermediates, Instant at) {
        Date date = Date.from(at);
        for (X509Certificate anchor : anchors) {
            if (anchor.equals(cert)) {
                return validAt(cert, date).orElse(new Trust(Trust.State.TRUSTED, "the certificate itself is a trust anchor"));
            }
        }
        try {
            Set<TrustAnchor> trustAnchors = new HashSet<>();
            for (X509Certificate a : anchors) {
                trustAnchors.add(new TrustAnchor(a, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(cert);
            PKIXBuilderParameters params = new PKIXBuilderParameters(trustAnchors, target);
            params.setRevocationEnabled(false);
            params.setDate(date);
            List<X509Certificate> pool = new ArrayList<>(intermediates);
            pool.add(cert);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            List<String> names = new ArrayList<>();
            for (Certificate c : result.getCertPath().getCertificates()) {
                names.add(Certificates.subjectName((X509Certificate) c));
            }
            names.add(Certificates.subjectName(result.getTrustAnchor().getTrustedCert()));
            return new Trust(Trust.State.TRUSTED, "chain " + String.join(" → ", names));
        } catch (CertPathBuilderException e) {
            return validAt(cert, date).orElse(new Trust(Trust.State.UNTRUSTED,
                    "no chain from " + Certificates.subjectName(cert) + " (issued by " + Certificates.issuerName(cert)
                            + ") to a --trust certificate valid at " + at));
        } catch (GeneralSecurityException e) {
            return new Trust(Trust.State.UNTRUSTED, "the chain cannot be checked: " + e.getMessage());
        }
    }

    /** A reason the certificate itself was not valid at {@code date}, as an untrusted result; empty when it was. */
    private static java.util.Optional<Trust> validAt(X509Certificate cert, Date date) {
        try {
            cert.checkValidity(date);
            return java.util.Optional.empty();
        } catch (CertificateExpiredException e) {
            return java.util.Optional.of(new Trust(Trust.State.UNTRUSTED, Certificates.subjectName(cert) + "'s certificate had expired ("
                    + cert.getNotAfter().toInstant() + ")"));
        } catch (CertificateNotYetValidException e) {
            return java.util.Optional.of(new Trust(Trust.State.UNTRUSTED, Certificates.subjectName(cert) + "'s certificate was not yet valid ("
                    + cert.getNotBefore().toInstant() + ")"));
        }
    }
}
