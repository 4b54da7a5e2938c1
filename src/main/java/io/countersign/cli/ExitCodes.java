package io.countersign.cli;

/** Exit codes shared by every command (see DESIGN.md). */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int UNUSABLE_INPUT = 2;
    static final int NOT_ALL_CONFIRMED = 3;
    /** check: the returned document was altered; verify: a signature is invalid, untrusted, or followed by changes it does not allow. */
    static final int NOT_VERIFIED = 4;

    private ExitCodes() {
    }
}
