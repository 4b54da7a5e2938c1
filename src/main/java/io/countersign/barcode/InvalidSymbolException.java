package io.countersign.barcode;

import io.countersign.CountersignException;

/** A barcode that cannot be drawn as asked; the message says what is wrong and {@link #hint()} how to fix it. */
public final class InvalidSymbolException extends CountersignException {
    private final String hint;

    InvalidSymbolException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    InvalidSymbolException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
