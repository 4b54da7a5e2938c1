package io.countersign.pi;

import java.util.List;

/**
 * How one style differs from the previous revision of the PI. {@code changes} are readable lines
 * such as "unit price 2.35 → 2.20" or "set 5 pcs → 3 pcs"; empty for an unchanged, new or removed
 * style. {@code carried} is true for an unchanged style whose decision on the previous revision
 * stands, so this revision does not ask about it again.
 */
public record PointChange(String styleId, Kind kind, List<String> changes, boolean carried) {

    public enum Kind { UNCHANGED, CHANGED, NEW, REMOVED }

    public PointChange {
        changes = List.copyOf(changes);
        if (carried && kind != Kind.UNCHANGED) {
            throw new IllegalArgumentException("only an unchanged style can carry its decision over: " + styleId);
        }
    }

    /** True when the buyer must decide on this revision: any style that is not carried over (removed styles excepted). */
    public boolean needsNewDecision() {
        return kind != Kind.REMOVED && !carried;
    }
}
