package io.countersign.pi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sign-off point ids for styles: the style id made safe for PDF field names (letters, digits,
 * '-' and '_'; a dot would split the field name), kept unique by a numeric suffix. Derived from
 * the style id, not the line number, so a revision that reorders lines keeps its points.
 */
final class PointIds {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

    private PointIds() {
    }

    static List<String> of(List<Style> styles) {
        Set<String> used = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (Style s : styles) {
            String base = UNSAFE.matcher(s.id()).replaceAll("_");
            if (base.isEmpty()) {
                base = "style";
            }
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "_" + n;
            }
            ids.add(id);
        }
        return ids;
    }
}
