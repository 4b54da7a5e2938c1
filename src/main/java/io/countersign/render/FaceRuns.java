package io.countersign.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into runs of one face each, as CSS picks from the family chain: the Latin face where
 * it has the glyph, the CJK face otherwise, and '?' where neither has it.
 */
public final class FaceRuns {
    public record Run(FontLibrary.Face face, String text) {
    }

    private FaceRuns() {
    }

    /** {@code text} with every character no bundled face has replaced by '?'. */
    public static String printable(String text, boolean bold) {
        FontLibrary lib = FontLibrary.bundled();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (lib.face(cp, bold).isEmpty()) {
                StringBuilder out = new StringBuilder(text.length());
                text.codePoints().forEach(c -> out.appendCodePoint(lib.face(c, bold).isPresent() ? c : '?'));
                return out.toString();
            }
            i += Character.charCount(cp);
        }
        return text;
    }

    /** The runs of a {@link #printable} text. */
    public static List<Run> of(String printable, boolean bold) {
        FontLibrary lib = FontLibrary.bundled();
        List<Run> runs = new ArrayList<>(2);
        FontLibrary.Face current = null;
        int start = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            FontLibrary.Face face = lib.face(cp, bold).orElseThrow();
            if (face != current && i > start) {
                runs.add(new Run(current, printable.substring(start, i)));
                start = i;
            }
            current = face;
            i += Character.charCount(cp);
        }
        if (printable.length() > start) {
            runs.add(new Run(current, printable.substring(start)));
        }
        return runs;
    }
}
