package io.countersign.input;

/**
 * One cell of a SKU list as read, trimmed. {@code kind} says how the file stored it: a
 * spreadsheet number (whose leading zeros are gone) or a YAML number is {@link Kind#NUMBER}
 * with {@code text} its plain decimal form; a spreadsheet error or a formula without a saved
 * result is {@link Kind#ERROR}. {@code shown} is what the user sees in the file (a number
 * format may show zeros the value does not have). {@code at} is a position in a text file,
 * {@link Position#FILE} where rows and column headers are the location.
 */
record Cell(String text, Kind kind, String shown, Position at) {

    enum Kind { TEXT, NUMBER, ERROR }

    static final Cell EMPTY = new Cell("", Kind.TEXT, "", Position.FILE);

    static Cell text(String text, Position at) {
        String trimmed = trim(text);
        return new Cell(trimmed, Kind.TEXT, trimmed, at);
    }

    boolean isEmpty() {
        return kind != Kind.ERROR && text.isEmpty();
    }

    /** Strips whitespace at both ends, including the no-break spaces spreadsheets are full of. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.charAt(start))) {
            start++;
        }
        while (end > start && blank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
