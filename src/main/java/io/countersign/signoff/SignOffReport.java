package io.countersign.signoff;

import java.util.List;

/**
 * What a returned document says: for every point issued, the decision and note; who signed;
 * whether the document was altered; and the verdict that follows. Undecided points are never
 * counted as confirmed.
 */
public record SignOffReport(String file, DocumentIdentity identity, List<PointDecision> points, Signer signer,
                            Integrity integrity, Verdict verdict) {

    public SignOffReport {
        points = List.copyOf(points);
    }

    /**
     * Builds the report and derives its verdict: altered beats changes requested beats incomplete.
     * Points the document did not ask about (carried over from an earlier revision) are reported
     * as such, whatever was read for them, and do not count towards the verdict.
     */
    public static SignOffReport of(String file, DocumentIdentity identity, List<PointDecision> read, Signer signer, Integrity integrity) {
        List<PointDecision> points = read.stream()
                .map(p -> p.point().asked() ? p : new PointDecision(p.point(), Decision.CARRIED_OVER, "")).toList();
        List<PointDecision> asked = points.stream().filter(p -> p.point().asked()).toList();
        Verdict verdict;
        if (integrity.altered()) {
            verdict = Verdict.ALTERED;
        } else if (asked.stream().anyMatch(p -> p.decision() == Decision.CHANGE_REQUESTED)) {
            verdict = Verdict.CHANGES_REQUESTED;
        } else if (points.isEmpty() || asked.stream().anyMatch(p -> p.decision() != Decision.CONFIRMED)) {
            verdict = Verdict.INCOMPLETE;
        } else {
            verdict = Verdict.CONFIRMED;
        }
        return new SignOffReport(file, identity, points, signer, integrity, verdict);
    }

    public List<PointDecision> with(Decision decision) {
        return points.stream().filter(p -> p.decision() == decision).toList();
    }
}
