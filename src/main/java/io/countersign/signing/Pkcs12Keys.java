package io.countersign.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Loads a {@link SigningKey} from a PKCS#12 file, turning every way it can fail into a sentence with a fix. */
final class Pkcs12Keys {
    /** A keystore is a few kilobytes; anything far larger is not one. */
    private static final long MAX_SIZE = 1 << 20;

    private Pkcs12Keys() {
    }

    static SigningKey load(Path file, char[] password, Optional<String> alias) {
        KeyStore ks = open(file, password);
        try {
            String chosen = chooseAlias(ks, file, alias);
            Key key;
            try {
                key = ks.getKey(chosen, password);
            } catch (UnrecoverableKeyException e) {
                throw new SigningInputException("the key \"" + chosen + "\" in " + file + " has another password than the keystore"
                        + " — hint: export it again with one password for file and key (openssl pkcs12 -export …)", e);
            }
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SigningInputException("alias \"" + chosen + "\" in " + file + " holds a secret key, not a private key");
            }
            Certificate[] chain = ks.getCertificateChain(chosen);
            if (chain == null || chain.length == 0) {
                throw new SigningInputException("the key \"" + chosen + "\" in " + file + " has no certificate"
                        + " — hint: a PKCS#12 file for signing holds the key together with its certificate chain");
            }
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : chain) {
                if (!(c instanceof X509Certificate x509)) {
                    throw new SigningInputException("the chain of \"" + chosen + "\" in " + file + " holds a non-X.509 certificate");
                }
                certs.add(x509);
            }
            return new SigningKey(privateKey, certs);
        } catch (GeneralSecurityException e) {
            throw new SigningInputException("cannot read the key in " + file + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore open(Path file, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw new SigningInputException("keystore " + file + " not found — hint: give the PKCS#12 (.p12/.pfx) file with the signing key");
        }
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw new SigningInputException(file + " is not a PKCS#12 keystore (" + Files.size(file) + " bytes; keystores are a few KB)");
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                ks.load(in, password);
            }
            return ks;
        } catch (IOException e) {
            if (wrongPassword(e)) {
                throw new SigningInputException("wrong password for keystore " + file
                        + " — hint: check the password file or variable (a trailing newline in a password file is ignored)", e);
            }
            throw new SigningInputException(file + " is not a readable PKCS#12 keystore (" + e.getMessage() + ")"
                    + " — hint: countersign reads .p12/.pfx files; convert others with openssl pkcs12 -export", e);
        } catch (GeneralSecurityException e) {
            throw new SigningInputException(file + " is not a readable PKCS#12 keystore (" + e.getMessage() + ")", e);
        }
    }

    /** The JDK reports a wrong password as an IOException caused by an UnrecoverableKeyException (or "password" in its text). */
    private static boolean wrongPassword(IOException e) {
        return e.getCause() instanceof UnrecoverableKeyException
                || (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("password"));
    }

    private static String chooseAlias(KeyStore ks, Path file, Optional<String> alias) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        List<String> all = Collections.list(ks.aliases());
        for (String a : all) {
            if (ks.isKeyEntry(a)) {
                keys.add(a);
            }
        }
        Collections.sort(keys);
        if (alias.isPresent()) {
            String a = alias.get();
            if (!ks.containsAlias(a)) {
                throw new SigningInputException("no alias \"" + a + "\" in " + file + " — hint: "
                        + (keys.isEmpty() ? "the file holds no private key at all" : "keys in it: " + String.join(", ", keys)));
            }
            if (!ks.isKeyEntry(a)) {
                throw new SigningInputException("alias \"" + a + "\" in " + file + " holds only a certificate, no private key — hint: "
                        + (keys.isEmpty() ? "the file holds no private key at all" : "keys in it: " + String.join(", ", keys)));
            }
            return a;
        }
        if (keys.isEmpty()) {
            throw new SigningInputException(file + " holds no private key (" + all.size() + " certificate(s) only)"
                    + " — hint: sign with the PKCS#12 file that contains your key, not the one with your certificate alone");
        }
        if (keys.size() > 1) {
            throw new SigningInputException(file + " holds " + keys.size() + " keys (" + String.join(", ", keys)
                    + ") — hint: choose one with --alias");
        }
        return keys.get(0);
    }
}
