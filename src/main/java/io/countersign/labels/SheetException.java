package io.countersign.labels;

import io.countersign.CountersignException;

/**
 * A sheet that cannot be made as asked — a sticker too small for its barcode, a line drawing that
 * cannot be read, options outside GS1's limits. The message names the SKU and what is wrong,
 * {@link #hint()} how to fix it; a batch reports it for that SKU and goes on with the others.
 */
public final class SheetException extends CountersignException {
    private final String hint;

    public SheetException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public SheetException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
