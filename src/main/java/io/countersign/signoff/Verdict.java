package io.countersign.signoff;

/** The overall answer of a returned document, in the order of precedence used to pick it. */
public enum Verdict {
    /** Something other than the decisions was changed after issue; no decision in it can be relied on. */
    ALTERED(4),
    /** At least one point asks for a change. */
    CHANGES_REQUESTED(3),
    /** At least one point has no decision (or no machine-readable one). */
    INCOMPLETE(3),
    /** Every point is confirmed. */
    CONFIRMED(0);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The CLI exit code: 0 confirmed, 3 incomplete or changes requested, 4 altered. */
    public int exitCode() {
        return exitCode;
    }
}
