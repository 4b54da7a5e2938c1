package io.countersign.core;

import io.countersign.CountersignException;

/** An amount or currency that cannot be used as money; the message says what is wrong and {@link #hint()} how to fix it. */
public final class InvalidMoneyException extends CountersignException {
    private final String hint;

    InvalidMoneyException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
