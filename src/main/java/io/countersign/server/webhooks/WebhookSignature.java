package io.countersign.server.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Countersign-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 * {@code t + "." + body}, keyed with the subscription's secret as its (ASCII) text. The timestamp is
 * signed too, so a receiver that refuses old timestamps cannot be sent a recorded delivery again later.
 */
public final class WebhookSignature {
    public static final String HEADER = "Countersign-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, unixSeconds, body));
    }

    /**
     * What a receiver does: true when {@code header} carries a v1 signature of {@code body} by
     * {@code secret} and its timestamp is within {@code tolerance} of {@code now}.
     */
    public static boolean verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        long t = -1;
        byte[] expected = null;
        boolean valid = false;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("[0-9]{1,12}")) {
                t = Long.parseLong(kv[1]);
                expected = hmac(secret, t, body);
            }
        }
        if (t < 0 || Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("v1") && kv[1].matches("[0-9a-f]{64}")) {
                valid |= MessageDigest.isEqual(expected, HexFormat.of().parseHex(kv[1]));
            }
        }
        return valid;
    }

    private static byte[] hmac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
