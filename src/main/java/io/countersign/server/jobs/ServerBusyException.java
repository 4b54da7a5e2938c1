package io.countersign.server.jobs;

import io.countersign.CountersignException;

/** The render queue is full (or the server is stopping): try again after {@code retryAfterSeconds}. */
public final class ServerBusyException extends CountersignException {
    private final int retryAfterSeconds;
    private final boolean stopping;

    public ServerBusyException(String message, int retryAfterSeconds, boolean stopping) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
        this.stopping = stopping;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean stopping() {
        return stopping;
    }
}
