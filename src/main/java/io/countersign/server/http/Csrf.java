package io.countersign.server.http;

import io.countersign.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection of the sign-off forms, without server-side sessions: the page sets a random cookie
 * (SameSite=Strict, HttpOnly) and puts HMAC(SHA-256 of the link token, cookie) in each form. Another
 * site can make the browser send the cookie on a cross-site form post only if it knew the value, and
 * it cannot compute the form value without the token. A restart loses nothing: nothing is kept.
 */
final class Csrf {
    static final String COOKIE = "cs_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    static String nonce() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static boolean wellFormed(String nonce) {
        return nonce.matches("[A-Za-z0-9_-]{24}");
    }

    /** The value the forms of the page opened with {@code token} carry for the cookie {@code nonce}. */
    static String token(String linkToken, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Sha256.digest(linkToken.getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("csrf:" + nonce).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    static boolean valid(String linkToken, String nonce, String sent) {
        if (sent == null || !wellFormed(nonce)) {
            return false;
        }
        return MessageDigest.isEqual(token(linkToken, nonce).getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
