package io.countersign.pi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All look-alike pairs of one PI, in PI order (by the position of the first style, then of the
 * second), and for each style the attribute names that differ from any of its look-alikes — the
 * cells a renderer highlights on that style's row.
 */
public record LookAlikeReport(List<LookAlike> pairs) {

    public LookAlikeReport {
        pairs = List.copyOf(pairs);
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    /** The pairs that are one description under two codes. */
    public List<LookAlike> identicalPairs() {
        return pairs.stream().filter(LookAlike::identical).toList();
    }

    /** The pairs {@code style} belongs to, in report order. */
    public List<LookAlike> pairsOf(Style style) {
        return pairs.stream().filter(p -> p.a().equals(style) || p.b().equals(style)).toList();
    }

    /** Union of {@link LookAlike#differingAttributesOf} over the style's pairs; empty when it has none. */
    public Set<String> differingAttributesOf(Style style) {
        Set<String> names = new LinkedHashSet<>();
        for (LookAlike pair : pairsOf(style)) {
            names.addAll(pair.differingAttributesOf(style));
        }
        return Collections.unmodifiableSet(names);
    }

    /** {@link #differingAttributesOf} for every style that has a look-alike, keyed by style id, in PI order of first appearance. */
    public Map<String, Set<String>> differingAttributesByStyleId() {
        Map<String, Set<String>> byId = new LinkedHashMap<>();
        for (LookAlike pair : pairs) {
            for (Style style : List.of(pair.a(), pair.b())) {
                byId.computeIfAbsent(style.id(), id -> new LinkedHashSet<>()).addAll(pair.differingAttributesOf(style));
            }
        }
        byId.replaceAll((id, names) -> Collections.unmodifiableSet(names));
        return Collections.unmodifiableMap(byId);
    }
}
