package io.countersign.pi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a {@link LookAlike} into the one sentence printed under the pair, e.g.
 * "KB-5A and KB-5B differ only in: set (5 vs 3), print". The wording comes from a label
 * function so another language only has to supply its own {@link Label} texts.
 *
 * <p>Values are quoted in parentheses only when both are short, at most {@value #SHORT_VALUE}
 * characters, because long values in a sentence hide the difference instead of pointing at it;
 * the highlighted cells carry the full values anyway. A trailing unit both attribute values
 * share ("5 pcs" / "3 pcs") is dropped before measuring; style names are quoted whole.
 */
public final class LookAlikeFormatter {

    /** Longest value, in characters, that is quoted in the sentence. */
    public static final int SHORT_VALUE = 12;

    /** The texts the formatter asks its label function for; placeholders are in braces. */
    public enum Label {
        /** Placeholders {@code {a}}, {@code {b}} (style ids) and {@code {list}}. */
        DIFFER_ONLY_IN,
        /** Placeholders {@code {a}}, {@code {b}}; used when the two styles are identical. */
        IDENTICAL,
        /** Placeholders {@code {name}}, {@code {x}} (value in A), {@code {y}} (value in B). */
        ITEM_WITH_VALUES,
        /** The word for the style name when the names themselves differ. */
        NAME,
        /** Put between the items of {@code {list}}. */
        LIST_SEPARATOR
    }

    private final Function<Label, String> labels;

    public LookAlikeFormatter(Function<Label, String> labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    public static LookAlikeFormatter english() {
        return new LookAlikeFormatter(LookAlikeFormatter::englishLabel);
    }

    /** The English text of each label. */
    public static String englishLabel(Label label) {
        return switch (label) {
            case DIFFER_ONLY_IN -> "{a} and {b} differ only in: {list}";
            case IDENTICAL -> "{a} and {b} differ only in: nothing but the code"
                    + " — identical description under two codes";
            case ITEM_WITH_VALUES -> "{name} ({x} vs {y})";
            case NAME -> "name";
            case LIST_SEPARATOR -> ", ";
        };
    }

    public String sentence(LookAlike pair) {
        String a = pair.a().id();
        String b = pair.b().id();
        if (pair.identical()) {
            return fill(labels.apply(Label.IDENTICAL), Map.of("a", a, "b", b));
        }
        List<String> items = new ArrayList<>();
        if (!pair.sameName()) {
            // Names are shown whole: "Nested kraft vs Gift" would misquote "Nested kraft box" and "Gift box".
            items.add(item(labels.apply(Label.NAME), new String[] {pair.a().name().strip(), pair.b().name().strip()}));
        }
        for (Difference d : pair.differences()) {
            items.add(item(d.attribute(), withoutSharedUnit(d.shownInA().strip(), d.shownInB().strip())));
        }
        String list = String.join(labels.apply(Label.LIST_SEPARATOR), items);
        return fill(labels.apply(Label.DIFFER_ONLY_IN), Map.of("a", a, "b", b, "list", list));
    }

    private String item(String name, String[] shown) {
        if (length(shown[0]) > SHORT_VALUE || length(shown[1]) > SHORT_VALUE) {
            return name;
        }
        return fill(labels.apply(Label.ITEM_WITH_VALUES), Map.of("name", name, "x", shown[0], "y", shown[1]));
    }

    /** Drops trailing words both values end with ("5 pcs" / "3 pcs" → "5" / "3"), unless that would empty one. */
    static String[] withoutSharedUnit(String x, String y) {
        List<String> left = Arrays.asList(x.split("\\s+"));
        List<String> right = Arrays.asList(y.split("\\s+"));
        int shared = 0;
        while (shared < left.size() - 1 && shared < right.size() - 1
                && left.get(left.size() - 1 - shared).equals(right.get(right.size() - 1 - shared))) {
            shared++;
        }
        return new String[] {
            String.join(" ", left.subList(0, left.size() - shared)),
            String.join(" ", right.subList(0, right.size() - shared))
        };
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Replaces {@code {key}} placeholders in one pass, so a style id that looks like a placeholder stays as it is. */
    private static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String key = template.substring(open + 1, close);
            out.append(template, i, open);
            out.append(values.containsKey(key) ? values.get(key) : template.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }
}
