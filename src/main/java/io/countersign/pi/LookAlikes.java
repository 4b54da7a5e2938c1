package io.countersign.pi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the styles of a PI that a buyer could confuse with each other — the failure this
 * toolkit was built around: two nested box sets sampled side by side, ordered by a bare
 * item code, and the wrong one shipped.
 *
 * <p>Two styles are look-alikes when either
 * <ol>
 *   <li>their names are equal, ignoring case and whitespace; or</li>
 *   <li>they have the same, non-empty set of attribute names, more than half of those
 *       attributes have equal values and at most two differ (3 of 4, 3 of 5, 4 of 6 …).
 *       Half is not enough: a PI of twenty different boxes sharing material and print
 *       would otherwise flag every pair and bury the one that matters.</li>
 * </ol>
 * Names and values are compared ignoring case, surrounding and repeated whitespace, and
 * Unicode compatibility forms; attribute order does not matter. Every pair is reported once,
 * with all its differing attributes, an attribute on one side only included.
 */
public final class LookAlikes {

    private LookAlikes() {
    }

    public static LookAlikeReport find(ProformaInvoice pi) {
        return find(pi.styles());
    }

    /** Look-alike pairs among {@code styles}, ordered by the position of the first, then the second style. */
    public static LookAlikeReport find(List<Style> styles) {
        // Loose forms are computed once per style: the pairwise loop would otherwise normalise
        // every name and value n-1 times.
        List<Loose> loose = styles.stream().map(Loose::of).toList();
        List<LookAlike> pairs = new ArrayList<>();
        for (int i = 0; i < styles.size(); i++) {
            for (int j = i + 1; j < styles.size(); j++) {
                compare(loose.get(i), loose.get(j)).ifPresent(pairs::add);
            }
        }
        return new LookAlikeReport(pairs);
    }

    /** The pair {@code a}/{@code b} if they are look-alikes by the rule above. */
    public static Optional<LookAlike> compare(Style a, Style b) {
        return compare(Loose.of(a), Loose.of(b));
    }

    /** A style with its name and attribute names and values in loose form. */
    private record Loose(Style style, String name, Map<String, Attribute> attributes, Map<String, String> values) {
        static Loose of(Style style) {
            Map<String, Attribute> byName = byLooseName(style);
            Map<String, String> values = new LinkedHashMap<>();
            byName.forEach((k, a) -> values.put(k, Texts.loose(a.value())));
            return new Loose(style, Texts.loose(style.name()), byName, values);
        }
    }

    private static Optional<LookAlike> compare(Loose la, Loose lb) {
        Style a = la.style();
        Style b = lb.style();
        Map<String, Attribute> inA = la.attributes();
        Map<String, Attribute> inB = lb.attributes();
        List<Difference> differences = differences(la, lb);
        boolean sameName = la.name().equals(lb.name());
        boolean sameAttributeNames = !inA.isEmpty() && inA.keySet().equals(inB.keySet());
        int equal = inA.size() - differences.size();
        boolean mostlyEqual = sameAttributeNames && 2 * equal > inA.size() && differences.size() <= 2;
        if (sameName || mostlyEqual) {
            return Optional.of(new LookAlike(a, b, differences));
        }
        return Optional.empty();
    }

    /** A's attributes in A's order, then those only B has, in B's order. */
    private static List<Difference> differences(Loose la, Loose lb) {
        Map<String, Attribute> inA = la.attributes();
        Map<String, Attribute> inB = lb.attributes();
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, Attribute> e : inA.entrySet()) {
            Attribute left = e.getValue();
            Attribute right = inB.get(e.getKey());
            if (right == null) {
                differences.add(new Difference(left.name(), Optional.of(left.value()), Optional.empty()));
            } else if (!la.values().get(e.getKey()).equals(lb.values().get(e.getKey()))) {
                differences.add(new Difference(left.name(), Optional.of(left.value()), Optional.of(right.value())));
            }
        }
        for (Map.Entry<String, Attribute> e : inB.entrySet()) {
            if (!inA.containsKey(e.getKey())) {
                Attribute right = e.getValue();
                differences.add(new Difference(right.name(), Optional.empty(), Optional.of(right.value())));
            }
        }
        return differences;
    }

    /** Attributes keyed by loose name; if a style repeats a name, the first one counts, as in {@link Style#attribute}. */
    private static Map<String, Attribute> byLooseName(Style style) {
        Map<String, Attribute> byName = new LinkedHashMap<>();
        for (Attribute attribute : style.attributes()) {
            byName.putIfAbsent(Texts.loose(attribute.name()), attribute);
        }
        return byName;
    }
}
