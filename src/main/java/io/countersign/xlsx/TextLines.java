package io.countersign.xlsx;

/**
 * An estimate of how many lines a text wraps to in a column, for setting row heights: streamed
 * rows are written once, and spreadsheet programs do not grow a row to its text when a file is
 * opened. Wide (CJK) characters count twice. The estimate errs towards more lines.
 */
final class TextLines {
    private TextLines() {
    }

    /** Lines of {@code text} in a column {@code widthChars} wide (Excel's unit: digits of the default font). */
    static int of(String text, double widthChars) {
        // the unit is a digit of 11 pt Calibri; body text is 10 pt, and average letters are narrower than digits
        double perLine = Math.max(1, widthChars * 1.15 - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            double width = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                width += wide(cp) ? 2 : 1;
                i += Character.charCount(cp);
            }
            lines += Math.max(1, (int) Math.ceil(width / perLine));
        }
        return lines;
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x3000 && cp <= 0x303F);
    }
}
