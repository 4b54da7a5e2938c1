package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.Countersign;
import io.countersign.testing.TestPki;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a PKCS#12 signing key, and every way it fails told in a sentence with a fix. */
class SigningKeyTest {
    private static final TestPki PKI = SignedPis.PKI;

    @TempDir
    Path dir;

    @Test
    void theOnlyKeyInTheFileIsTakenWithItsChain() {
        TestPki.KeyFile file = PKI.keystore(dir, PKI.seller, "seller");

        SigningKey key = Countersign.signingKey(file.keystore(), PasswordSource.file(file.passwordFile()), Optional.empty());

        assertThat(key.signerName()).isEqualTo("Lily Chen");
        assertThat(key.chain()).extracting(X509Certificate::getSubjectX500Principal).hasSize(2);
    }

    @Test
    void aWrongPasswordSaysSo() throws Exception {
        TestPki.KeyFile file = PKI.keystore(dir, PKI.seller, "seller");
        Path wrong = Files.writeString(dir.resolve("wrong"), "not-the-password\n");

        assertThatThrownBy(() -> Countersign.signingKey(file.keystore(), PasswordSource.file(wrong), Optional.empty()))
                .isInstanceOf(SigningInputException.class).hasMessageStartingWith("wrong password for keystore " + file.keystore());
    }

    @Test
    void aMissingAliasListsTheKeysThereAre() {
        TestPki.KeyFile file = PKI.keystore(dir, PKI.seller, "seller");

        assertThatThrownBy(() -> SigningKey.fromPkcs12(file.keystore(), file.password().toCharArray(), Optional.of("buyer")))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("no alias \"buyer\"").hasMessageContaining("keys in it: seller");
    }

    @Test
    void severalKeysNeedAnAliasAndTheAliasPicksOne() throws Exception {
        Path p12 = dir.resolve("both.p12");
        char[] pw = "secret-2".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("seller", PKI.seller.key(), pw, PKI.seller.chain().toArray(new X509Certificate[0]));
        ks.setKeyEntry("buyer", PKI.buyer.key(), pw, PKI.buyer.chain().toArray(new X509Certificate[0]));
        try (OutputStream out = Files.newOutputStream(p12)) {
            ks.store(out, pw);
        }

        assertThatThrownBy(() -> SigningKey.fromPkcs12(p12, pw, Optional.empty()))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("holds 2 keys (buyer, seller)").hasMessageContaining("--alias");
        assertThat(SigningKey.fromPkcs12(p12, pw, Optional.of("buyer")).signerName()).isEqualTo("Mark Reynolds");
    }

    @Test
    void aFileWithOnlyACertificateHasNoPrivateKey() throws Exception {
        Path p12 = dir.resolve("cert-only.p12");
        char[] pw = "secret-3".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("ca", PKI.ca.certificate());
        try (OutputStream out = Files.newOutputStream(p12)) {
            ks.store(out, pw);
        }

        assertThatThrownBy(() -> SigningKey.fromPkcs12(p12, pw, Optional.empty()))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("holds no private key");
        assertThatThrownBy(() -> SigningKey.fromPkcs12(p12, pw, Optional.of("ca")))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("holds only a certificate, no private key");
    }

    @Test
    void somethingElseThanAKeystoreIsNamed() throws Exception {
        Path pdf = Files.write(dir.resolve("oops.p12"), SignedPis.issued());
        Path missing = dir.resolve("missing.p12");

        assertThatThrownBy(() -> SigningKey.fromPkcs12(pdf, "x".toCharArray(), Optional.empty()))
                .isInstanceOf(SigningInputException.class).hasMessageContaining(pdf + " is not a readable PKCS#12 keystore");
        assertThatThrownBy(() -> SigningKey.fromPkcs12(missing, "x".toCharArray(), Optional.empty()))
                .isInstanceOf(SigningInputException.class).hasMessageContaining("keystore " + missing + " not found");
    }

    @Test
    void passwordsComeFromTheFirstLineOfAFileOrFromTheEnvironment() throws Exception {
        assertThat(PasswordSource.file(Files.writeString(dir.resolve("a"), "pä ss\r\nsecond line")).read()).containsExactly("pä ss".toCharArray());
        assertThat(PasswordSource.environment("CS_PW", Map.of("CS_PW", "from-env")::get).read()).containsExactly("from-env".toCharArray());

        assertThatThrownBy(() -> PasswordSource.file(Files.writeString(dir.resolve("b"), "\n")).read()).hasMessageContaining("is empty");
        assertThatThrownBy(() -> PasswordSource.environment("CS_PW", Map.<String, String>of()::get).read())
                .isInstanceOf(SigningInputException.class).hasMessageContaining("environment variable CS_PW is not set");
    }
}
