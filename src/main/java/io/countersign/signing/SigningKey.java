package io.countersign.signing;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A private key and its certificate chain, the signer's certificate first, then the issuers
 * (as far as known). Signing embeds the whole chain so a verifier can build the path to its
 * trust anchor. Load one from a PKCS#12 file with {@link #fromPkcs12}, or build it from any
 * {@code KeyStore} (a server's configured key, a hardware token's provider).
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs at least the signer's certificate");
        }
    }

    /**
     * Reads the key of {@code alias} (or the only key in the file) from a PKCS#12 keystore whose
     * key is protected with the same password as the file. The caller clears {@code password}.
     *
     * @throws SigningInputException naming the file and the fix: missing or unreadable file, wrong
     *         password, no such alias, an alias holding only a certificate, several keys without an alias
     */
    public static SigningKey fromPkcs12(Path keystore, char[] password, Optional<String> alias) {
        return Pkcs12Keys.load(keystore, password, alias);
    }

    /** The signer's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signer's name as shown in signatures: the certificate subject's common name. */
    public String signerName() {
        return Certificates.subjectName(certificate());
    }
}
