package io.countersign.signing;

/**
 * Whether a certificate chains to one of the trust anchors given to {@code verify --trust}, valid
 * at the time that matters (signing or time-stamp time). {@code detail} names the chain when
 * trusted and the reason when not.
 */
public record Trust(State state, String detail) {

    public enum State { TRUSTED, UNTRUSTED, NOT_CHECKED }

    public static Trust notChecked() {
        return new Trust(State.NOT_CHECKED, "trust not checked (no --trust anchors given)");
    }

    public boolean trusted() {
        return state == State.TRUSTED;
    }
}
