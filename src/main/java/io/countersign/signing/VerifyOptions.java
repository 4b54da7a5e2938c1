package io.countersign.signing;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** How to verify: with trust anchors (chains are built and checked) or without (trust is reported as not checked). */
public record VerifyOptions(Optional<TrustChain> trust) {

    public static VerifyOptions withoutTrust() {
        return new VerifyOptions(Optional.empty());
    }

    public static VerifyOptions trusting(List<X509Certificate> anchors) {
        return new VerifyOptions(Optional.of(TrustChain.of(anchors)));
    }

    /** Trusts the CA certificates in a PEM file (one or more). */
    public static VerifyOptions trusting(Path pemFile) {
        return trusting(TrustChain.readCertificates(pemFile));
    }
}
