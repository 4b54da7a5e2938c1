package io.countersign.server.http;

import io.countersign.server.jobs.ServerBusyException;

/**
 * Refuses work the server cannot take before its body is read: when the render queue is full (or the
 * server is stopping), the answer is 503 with Retry-After at once, without parsing megabytes of input.
 */
final class Admission {
    private Admission() {
    }

    static void renderSlot(Services s) {
        if (s.draining().getAsBoolean() || s.pool().stopping()) {
            throw new ServerBusyException("the server is shutting down", 5, true);
        }
        if (s.pool().full()) {
            throw new ServerBusyException("the render queue is full", s.pool().retryAfterSeconds(), false);
        }
    }
}
