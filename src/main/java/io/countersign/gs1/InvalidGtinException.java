package io.countersign.gs1;

import io.countersign.CountersignException;

/** A string that is not a valid GTIN; the message says what is wrong and {@link #hint()} how to fix it. */
public final class InvalidGtinException extends CountersignException {
    private final String hint;

    InvalidGtinException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
