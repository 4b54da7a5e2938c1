package io.countersign.pi;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two styles of one PI that a buyer could take for each other, with every attribute on which
 * they differ. {@code a} comes before {@code b} on the PI.
 *
 * <p>When {@link #identical()} holds the two styles carry the same name and the same attribute
 * values under two codes: nothing on the document tells them apart except the code, which is
 * the most dangerous kind of look-alike and must be shown as an alarm, not a hint.
 */
public record LookAlike(Style a, Style b, List<Difference> differences) {

    public LookAlike {
        differences = List.copyOf(differences);
    }

    /** True when the names are equal ignoring case and whitespace. */
    public boolean sameName() {
        return Texts.loose(a.name()).equals(Texts.loose(b.name()));
    }

    /** Same name and no differing attribute: one description under two codes. */
    public boolean identical() {
        return sameName() && differences.isEmpty();
    }

    /**
     * The differing attribute names as {@code style} writes them, in the order of the
     * differences; for an attribute the style lacks, the other style's spelling is used, so a
     * renderer that shows attributes as columns highlights the empty cell too.
     *
     * @throws IllegalArgumentException if {@code style} is neither {@code a} nor {@code b}
     */
    public Set<String> differingAttributesOf(Style style) {
        if (!style.equals(a) && !style.equals(b)) {
            throw new IllegalArgumentException("style " + style.id() + " is not part of the look-alike pair "
                    + a.id() + " / " + b.id());
        }
        Set<String> names = new LinkedHashSet<>();
        for (Difference d : differences) {
            names.add(spellingIn(style, d.attribute()));
        }
        return Collections.unmodifiableSet(names);
    }

    private static String spellingIn(Style style, String attribute) {
        String key = Texts.loose(attribute);
        return style.attributes().stream()
                .map(Attribute::name)
                .filter(name -> Texts.loose(name).equals(key))
                .findFirst()
                .orElse(attribute);
    }
}
