package io.countersign.input;

/** Why a file an input names cannot be used: the message and a fix. */
final class Refusal extends Exception {
    private final String hint;

    Refusal(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
