package io.countersign.signoff;

/** One point of a returned document: the point as issued, the decision found, and the buyer's note (may be empty). */
public record PointDecision(SignOffPoint point, Decision decision, String note) {
}
