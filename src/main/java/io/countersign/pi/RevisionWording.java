package io.countersign.pi;

import io.countersign.render.Messages;
import java.util.ArrayList;
import java.util.List;

/** The words every output (PDF, recap) uses for what changed since the previous revision. */
public final class RevisionWording {
    private RevisionWording() {
    }

    /**
     * "Changed since revision 1: unit price 2.35 → 2.20", "New since revision 1", "Unchanged since
     * revision 1 — your decision on it stands", or, for an unchanged style asked about again, why.
     */
    public static String lineNote(PointChange c, RevisionDiff d, Messages msg) {
        int previous = d.previousRevision();
        return switch (c.kind()) {
            case CHANGED -> msg.with("rev.changed", previous, String.join("; ", c.changes()));
            case NEW -> msg.with("rev.new", previous);
            case UNCHANGED -> c.carried() ? msg.with("rev.carried", previous)
                    : msg.with(d.termChanges().isEmpty() ? "rev.unconfirmed" : "rev.unchanged.terms", previous);
            case REMOVED -> "";
        };
    }

    /** How many styles need a new decision, then removed styles and changed terms when there are any. */
    public static List<String> summary(RevisionDiff d, int styles, Messages msg) {
        List<String> notes = new ArrayList<>();
        long again = d.points().stream().filter(PointChange::needsNewDecision).count();
        notes.add(msg.format(again == styles ? "rev.summary.all" : "rev.summary", again, styles, d.previousRevision()));
        List<String> removed = d.points().stream().filter(p -> p.kind() == PointChange.Kind.REMOVED).map(PointChange::styleId).toList();
        if (!removed.isEmpty()) {
            notes.add(msg.with("rev.removed", d.previousRevision(), String.join(", ", removed)));
        }
        if (!d.termChanges().isEmpty()) {
            notes.add(msg.with("rev.terms", d.previousRevision(), String.join("; ", d.termChanges())));
        }
        return notes;
    }
}
