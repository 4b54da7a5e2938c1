package io.countersign.signoff;

import java.util.List;
import java.util.stream.Collectors;

/** The human-readable form of a {@link SignOffReport}, as {@code countersign check} prints it. */
public final class ReportText {
    private static final int VERDICT_IDS = 20;

    private ReportText() {
    }

    public static String of(SignOffReport r) {
        StringBuilder sb = new StringBuilder();
        DocumentIdentity id = r.identity();
        long carried = r.with(Decision.CARRIED_OVER).size();
        sb.append(r.file()).append(": ").append(id.title().isBlank() ? id.kind() : id.title()).append(" r").append(id.revision())
                .append(" (document ").append(id.documentId()).append("), ").append(r.points().size()).append(" sign-off points")
                .append(carried == 0 ? "" : ", " + (r.points().size() - carried) + " asked on this revision; "
                        + carried + " unchanged, decided on an earlier one").append('\n');
        int n = 1;
        for (PointDecision p : r.points()) {
            sb.append(String.format("  %2d  %-16s %-22s %s%n", n++, p.point().id(), label(p), p.point().label()));
            if (!p.initials().isBlank()) {
                sb.append("        initials: ").append(p.initials()).append('\n');
            }
            if (!p.note().isBlank()) {
                sb.append("        note: ").append(p.note().replace('\n', ' ')).append('\n');
            }
        }
        sb.append("Signer: ").append(r.signer().isBlank() ? "(no name, title or date filled in)"
                : String.join(", ", List.of(r.signer().name(), r.signer().title(), r.signer().date()).stream()
                .filter(s -> !s.isBlank()).toList())).append('\n');
        sb.append("Integrity: ").append(r.integrity().altered() ? "ALTERED" : r.integrity().checked() ? "intact" : "not checked");
        r.integrity().findings().forEach(f -> sb.append("\n  - ").append(f));
        sb.append('\n');
        sb.append("Verdict: ").append(r.verdict()).append(detail(r)).append('\n');
        return sb.toString();
    }

    private static String label(PointDecision p) {
        return switch (p.decision()) {
            case CARRIED_OVER -> "unchanged since r" + p.point().carriedFrom();
            case CONFIRMED -> "confirmed";
            case CHANGE_REQUESTED -> "CHANGE REQUESTED";
            case UNDECIDED -> "UNDECIDED (not confirmed)";
            case NOT_MACHINE_READABLE -> "not machine readable";
        };
    }

    private static String detail(SignOffReport r) {
        return switch (r.verdict()) {
            case CONFIRMED -> r.with(Decision.CARRIED_OVER).isEmpty() ? " — every point is confirmed"
                    : " — every point asked on this revision is confirmed; the unchanged ones stand as decided on the revision named";
            case ALTERED -> " — the document was changed after issue; decisions in it cannot be relied on";
            case CHANGES_REQUESTED -> " — change requested on " + ids(r.with(Decision.CHANGE_REQUESTED))
                    + (r.with(Decision.UNDECIDED).isEmpty() ? "" : "; undecided: " + ids(r.with(Decision.UNDECIDED)));
            case INCOMPLETE -> r.points().isEmpty() || !r.with(Decision.NOT_MACHINE_READABLE).isEmpty()
                    ? " — decisions not machine readable; read the returned document"
                    : " — not confirmed: " + ids(r.with(Decision.UNDECIDED));
        };
    }

    /**
     * The ids of {@code points} for the verdict line; a batch index has tens of thousands of points,
     * so after {@value #VERDICT_IDS} the rest are counted (every point is listed above it anyway).
     */
    private static String ids(List<PointDecision> points) {
        String listed = points.stream().limit(VERDICT_IDS).map(p -> p.point().id()).collect(Collectors.joining(", "));
        return points.size() <= VERDICT_IDS ? listed : listed + " and " + (points.size() - VERDICT_IDS) + " more (listed above)";
    }
}
