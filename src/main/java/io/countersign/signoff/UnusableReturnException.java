package io.countersign.signoff;

import io.countersign.CountersignException;

/** A returned file that cannot be checked at all: not a PDF, damaged, encrypted, too large, or not a countersign document. */
public final class UnusableReturnException extends CountersignException {
    public UnusableReturnException(String message) {
        super(message);
    }

    public UnusableReturnException(String message, Throwable cause) {
        super(message, cause);
    }
}
