package io.countersign.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signature header and its check, against a value computed independently (Python's hmac module). */
class WebhookSignatureTest {
    static final String SECRET = "cswh_test-secret";
    static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
    static final long T = 1767225600L; // 2026-01-01T00:00:00Z

    @Test
    void theHeaderIsTheTimestampAndTheHmacOfTimestampDotBody() {
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"cswh_test-secret", b"1767225600." + b"{\"id\":\"evt_1\"}", hashlib.sha256).hexdigest())'
        assertThat(WebhookSignature.header(SECRET, T, BODY))
                .isEqualTo("t=1767225600,v1=77ec35560aec01b35ec40654141ca67553999171964c1c13475030d89087fb11");
    }

    @Test
    void verifyAcceptsTheHeaderAndRefusesAnotherBodySecretOrAnOldTimestamp() {
        String header = WebhookSignature.header(SECRET, T, BODY);
        Instant sent = Instant.ofEpochSecond(T);
        Duration tolerance = Duration.ofMinutes(5);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, sent.plusSeconds(60), tolerance)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8), sent, tolerance)).isFalse();
        assertThat(WebhookSignature.verify("cswh_other", header, BODY, sent, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, sent.plusSeconds(301), tolerance)).as("replayed later").isFalse();
        assertThat(WebhookSignature.verify(SECRET, header.replace("t=1767225600", "t=1767225700"), BODY, sent, tolerance))
                .as("timestamp moved").isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=" + header.substring(header.indexOf("v1=") + 3), BODY, sent, tolerance))
                .as("no timestamp").isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=" + T, BODY, sent, tolerance)).as("no signature").isFalse();
    }

    @Test
    void theReceiversOwnCheckAgreesWithTheServersHeader() {
        long now = Instant.now().getEpochSecond();
        assertThat(Receiver.valid(SECRET, WebhookSignature.header(SECRET, now, BODY), BODY)).isTrue();
        assertThat(Receiver.valid(SECRET, WebhookSignature.header(SECRET, now - 600, BODY), BODY)).isFalse();
    }

    @Test
    void retriesFollowTheScheduleThenStop() {
        WebhookSettings s = WebhookSettings.DEFAULTS;
        assertThat(java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(n -> s.retryAfter(n).orElseThrow()).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));
        assertThat(s.retryAfter(7)).as("seven attempts, then failed").isEmpty();
        assertThat(new WebhookSettings(Duration.ofMillis(10), 3, Duration.ofSeconds(1)).retryAfter(2)).contains(Duration.ofMillis(40));
    }
}
