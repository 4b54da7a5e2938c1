package io.countersign.signoff;

import java.util.regex.Pattern;

/**
 * One decision the buyer must make on its own: its id (used in the field names
 * {@code signoff.<id>} and {@code note.<id>}), a human label, and the SHA-256 of exactly what is
 * being confirmed, so a later revision can tell which points changed. {@code carriedFrom} is the
 * earlier revision whose decision stands for a point a revision does not ask about again
 * (unchanged since), else 0.
 */
public record SignOffPoint(String id, String label, String sha256, int carriedFrom) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    public SignOffPoint {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("sign-off point id must be letters, digits, '-' or '_': " + id);
        }
        if (carriedFrom < 0) {
            throw new IllegalArgumentException("carriedFrom must be a revision number or 0: " + carriedFrom);
        }
    }

    /** A point asked about on the document's own revision. */
    public SignOffPoint(String id, String label, String sha256) {
        this(id, label, sha256, 0);
    }

    /** True when the document asks for a decision on this point (it is not carried over from an earlier revision). */
    public boolean asked() {
        return carriedFrom == 0;
    }

    public String decisionField() {
        return "signoff." + id;
    }

    public String noteField() {
        return "note." + id;
    }

    /** The text field for the buyer's initials next to the decision, where a document asks for them (settlement clauses). */
    public String initialsField() {
        return "initials." + id;
    }
}
