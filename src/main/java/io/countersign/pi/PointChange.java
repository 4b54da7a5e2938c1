package io.countersign.pi;

import java.util.List;

/**
 * How one style differs from the previous revision of the PI. {@code changes} are readable lines
 * such as "unit price 2.35 → 2.20" or "set 5 pcs → 3 pcs"; empty for an unchanged, new or removed style.
 */
public record PointChange(String styleId, Kind kind, List<String> changes) {

    public enum Kind { UNCHANGED, CHANGED, NEW, REMOVED }

    public PointChange {
        changes = List.copyOf(changes);
    }

    /** True when the buyer must decide again: anything but an unchanged style. */
    public boolean needsNewDecision() {
        return kind != Kind.UNCHANGED;
    }
}
