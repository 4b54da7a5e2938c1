package io.countersign.settlement.agreement;

import java.util.List;
import java.util.Set;

/** A table inside a clause: headers, body rows, an optional total row; {@code numeric} columns are right-aligned. */
public record ClauseTable(List<String> headers, Set<Integer> numeric, List<List<String>> rows, List<String> total) {
    public ClauseTable {
        headers = List.copyOf(headers);
        numeric = Set.copyOf(numeric);
        rows = rows.stream().map(List::copyOf).toList();
        total = List.copyOf(total);
    }

    /** Right-aligned, for the template. */
    public boolean isNumeric(int column) {
        return numeric.contains(column);
    }

    public boolean hasTotal() {
        return !total.isEmpty();
    }
}
