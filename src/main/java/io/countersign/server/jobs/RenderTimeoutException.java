package io.countersign.server.jobs;

import io.countersign.CountersignException;
import java.time.Duration;

/** A render ran longer than the limit and was stopped; nothing of it was kept. */
public final class RenderTimeoutException extends CountersignException {
    private final Duration limit;

    public RenderTimeoutException(String what, Duration limit) {
        super(what + " took longer than " + limit.toMillis() / 1000.0 + " s and was stopped; nothing was stored");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
