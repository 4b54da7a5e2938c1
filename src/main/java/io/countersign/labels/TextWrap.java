package io.countersign.labels;

import io.countersign.render.FontLibrary;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into lines no wider than a given width in the bundled faces, the way the sticker
 * will be printed: at spaces, and between Chinese characters (which have no spaces); a word wider
 * than the line is broken where it must be rather than left sticking out of the sticker.
 */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, double widthMm, double sizeMm, boolean bold) {
        String t = text.replaceAll("\\s+", " ").strip();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < t.length()) {
            int lastBreak = -1;
            int i = start;
            while (i < t.length()) {
                int cp = t.codePointAt(i);
                int end = i + Character.charCount(cp);
                if (width(t.substring(start, end).stripTrailing(), sizeMm, bold) > widthMm) {
                    break;
                }
                if (cp == ' ') {
                    lastBreak = i;
                } else if (isIdeographic(cp)) {
                    lastBreak = end;
                } else if (i > start && isIdeographic(t.codePointBefore(i))) {
                    lastBreak = i;
                }
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

    static double width(String text, double sizeMm, boolean bold) {
        return FontLibrary.bundled().width(text, sizeMm, bold);
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
