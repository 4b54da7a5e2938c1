package io.countersign.signoff;

/**
 * One point of a returned document: the point as issued, the decision found, the buyer's note and
 * initials (either may be empty; only settlement clauses ask for initials).
 */
public record PointDecision(SignOffPoint point, Decision decision, String note, String initials) {

    public PointDecision(SignOffPoint point, Decision decision, String note) {
        this(point, decision, note, "");
    }
}
