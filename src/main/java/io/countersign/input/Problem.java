package io.countersign.input;

/**
 * One thing wrong with an input file, with where it is and how to fix it.
 *
 * <p>{@code line} and {@code column} are 1-based; both are 0 when the problem concerns the
 * whole file (it is missing, too large, not UTF-8 …). {@code path} names the field the way it
 * is nested in the file, with 0-based list indexes, e.g. {@code styles[1].gtin}; it is empty
 * for problems that belong to no field. {@code hint} is empty when there is nothing to add to
 * the message.
 */
public record Problem(String file, int line, int column, String path, String message, String hint) {

    /** True when the problem has a line and column in the file. */
    public boolean hasPosition() {
        return line > 0;
    }

    /**
     * The problem as one line, in the style of compilers:
     * {@code bad.yaml:14:11: styles[1].gtin: GTIN "01234567890" has 11 digits; a UPC-A has 12 — hint: …}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (hasPosition()) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(message);
        if (!hint.isEmpty()) {
            sb.append(" — hint: ").append(hint);
        }
        return sb.toString();
    }
}
