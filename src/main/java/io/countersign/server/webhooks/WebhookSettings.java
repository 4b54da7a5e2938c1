package io.countersign.server.webhooks;

import java.time.Duration;
import java.util.Optional;

/**
 * How deliveries are retried. An attempt that gets no 2xx within {@code timeout} (connecting, sending
 * and the answer together) fails; the n-th failure is tried again after {@code retryBase} times
 * 1, 4, 20, 60, 240, 720 — 30 s, 2 min, 10 min, 30 min, 2 h, 6 h with the default base — until
 * {@code attempts} attempts have failed; then the delivery is {@code failed}.
 */
public record WebhookSettings(Duration retryBase, int attempts, Duration timeout) {
    private static final long[] FACTORS = {1, 4, 20, 60, 240, 720};

    /** Seven attempts over about nine hours, ten seconds each. */
    public static final WebhookSettings DEFAULTS = new WebhookSettings(Duration.ofSeconds(30), 1 + FACTORS.length, Duration.ofSeconds(10));

    public WebhookSettings {
        if (retryBase.isNegative() || retryBase.isZero() || timeout.isNegative() || timeout.isZero() || attempts < 1) {
            throw new IllegalArgumentException("webhook retries need a positive base and timeout and at least one attempt");
        }
    }

    /** How long to wait after {@code failed} failed attempts; empty when that was the last attempt. */
    public Optional<Duration> retryAfter(int failed) {
        if (failed >= attempts) {
            return Optional.empty();
        }
        return Optional.of(retryBase.multipliedBy(FACTORS[Math.min(failed, FACTORS.length) - 1]));
    }
}
