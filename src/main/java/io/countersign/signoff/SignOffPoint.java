package io.countersign.signoff;

/**
 * One decision the buyer must make on its own: its id (used in the field names
 * {@code signoff.<id>} and {@code note.<id>}), a human label, and the SHA-256 of exactly what is
 * being confirmed, so a later revision can tell which points changed.
 */
public record SignOffPoint(String id, String label, String sha256) {

    public SignOffPoint {
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("sign-off point id must be letters, digits, '-' or '_': " + id);
        }
    }

    public String decisionField() {
        return "signoff." + id;
    }

    public String noteField() {
        return "note." + id;
    }
}
