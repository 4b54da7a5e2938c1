package io.countersign.signing;

import io.countersign.CountersignException;

/** The time-stamp authority could not be reached or gave no usable token; nothing was written. */
public final class TimestampException extends CountersignException {
    public TimestampException(String message) {
        super(message);
    }

    public TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
