package io.countersign.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks a text into lines no wider than a given width in the bundled faces, the way the sticker
 * and its sheet will be printed: at spaces, and between Chinese characters (which have no spaces)
 * but never before a closing mark such as "，" or "）" nor after an opening one; a word wider than
 * the line is broken where it must be rather than left sticking out.
 */
public final class TextWrap {
    /** Runs of white space, compiled once: this runs for every wrapped text. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Marks a line must not start with (closing punctuation, Latin and full-width). */
    private static final String NO_LINE_START = ",.;:!?)]}%、。，．；：！？）］｝〉》」』】〕〗〙〛”’·・ー々";
    /** Marks a line must not end with (opening brackets and quotes). */
    private static final String NO_LINE_END = "([{（［｛〈《「『【〔〖〘〚“‘";

    private TextWrap() {
    }

    public static List<String> lines(String text, double widthMm, double sizeMm, boolean bold) {
        FontLibrary fonts = FontLibrary.bundled();
        String t = SPACES.matcher(text).replaceAll(" ").strip();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < t.length()) {
            int lastBreak = -1;
            int i = start;
            // widths in em, summed in reading order like FontLibrary.width; trailing spaces do not count
            double em = 0;
            double visibleEm = 0;
            while (i < t.length()) {
                int cp = t.codePointAt(i);
                int end = i + Character.charCount(cp);
                double withCp = em + fonts.advance(cp, bold);
                double visible = Character.isWhitespace(cp) ? visibleEm : withCp;
                if (visible * sizeMm > widthMm) {
                    break;
                }
                if (cp == ' ') {
                    lastBreak = i;
                } else if (isIdeographic(cp) && end < t.length() && mayBreakBetween(cp, t.codePointAt(end))) {
                    lastBreak = end;
                } else if (i > start && isIdeographic(t.codePointBefore(i)) && mayBreakBetween(t.codePointBefore(i), cp)) {
                    lastBreak = i;
                }
                em = withCp;
                visibleEm = visible;
                i = end;
            }
            if (i >= t.length()) {
                lines.add(t.substring(start).strip());
                break;
            }
            int cut = lastBreak > start ? lastBreak : Math.max(i, start + Character.charCount(t.codePointAt(start)));
            lines.add(t.substring(start, cut).strip());
            start = cut;
            while (start < t.length() && t.charAt(start) == ' ') {
                start++;
            }
        }
        return lines;
    }

    /** Width of {@code text} in the bundled faces at {@code sizeMm}, in millimetres. */
    public static double width(String text, double sizeMm, boolean bold) {
        return FontLibrary.bundled().width(text, sizeMm, bold);
    }

    private static boolean mayBreakBetween(int before, int after) {
        return NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
