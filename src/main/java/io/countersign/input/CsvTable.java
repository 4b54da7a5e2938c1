package io.countersign.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV text (RFC 4180) record by record: fields separated by a comma or a semicolon —
 * whichever the header line has more of, or what an Excel {@code sep=;} first line says —,
 * records ending in CRLF, LF or CR, fields in double quotes may hold separators, line breaks
 * and doubled quotes. A quote that is never closed, or text after a closing quote, ends the
 * reading with a located problem: the rest of the file cannot be split reliably.
 */
final class CsvTable {
    /** More fields than any SKU list has; stops a file that is one enormous line. */
    static final int MAX_COLUMNS = 1_000;

    private final String text;
    private final ProblemSink sink;
    private int pos;
    private int line = 1;
    private int lineStart;
    private char delimiter;

    private CsvTable(String text, ProblemSink sink) {
        this.text = text;
        this.sink = sink;
    }

    /** Reads {@code text}, handing the header and then each non-empty row to {@code table}. */
    static void read(String text, ProblemSink sink, SkuTable table) {
        new CsvTable(text, sink).run(table);
    }

    private void run(SkuTable table) {
        Character declared = declaredSeparator();
        Map<Integer, SkuColumn> columns = null;
        int headerWidth = 0;
        while (pos < text.length()) {
            int recordLine = line;
            if (delimiter == 0) {
                delimiter = declared != null ? declared : detect();
            }
            List<String> fields = record(recordLine);
            if (fields == null) {
                sink.throwIfAny();
                return;
            }
            if (fields.stream().allMatch(f -> Cell.trim(f).isEmpty())) {
                continue;
            }
            if (columns == null) {
                List<SkuTable.HeaderCell> header = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    header.add(new SkuTable.HeaderCell(i, Cell.trim(fields.get(i)), "column " + (i + 1), new Position(recordLine, 1)));
                }
                headerWidth = fields.size();
                columns = table.header(recordLine, header);
                continue;
            }
            Map<Integer, Cell> cells = new HashMap<>();
            for (Map.Entry<Integer, SkuColumn> c : columns.entrySet()) {
                if (c.getKey() < fields.size()) {
                    cells.put(c.getKey(), Cell.text(fields.get(c.getKey()), Position.FILE));
                }
            }
            if (cells.values().stream().allMatch(Cell::isEmpty)) {
                continue;
            }
            int count = fields.size();
            while (count > headerWidth && Cell.trim(fields.get(count - 1)).isEmpty()) {
                count--;
            }
            table.row(recordLine, cells, count);
        }
        if (columns == null) {
            sink.add(Position.FILE, "", "the file has no header line and no rows",
                    "the first line names the columns, e.g. SKU,Buyer code,Description,GTIN,Sticker size,…; see docs/input-labels.md");
            sink.throwIfAny();
        }
    }

    /** Excel writes and reads a first line {@code sep=;} naming the separator; it is not part of the table. */
    private Character declaredSeparator() {
        if (text.length() >= 5 && text.regionMatches(true, 0, "sep=", 0, 4)) {
            int end = 5;
            if (end == text.length() || text.charAt(end) == '\r' || text.charAt(end) == '\n') {
                char sep = text.charAt(4);
                pos = end;
                skipLineBreak();
                return sep;
            }
        }
        return null;
    }

    /** Comma or semicolon, whichever the first non-empty line has more of outside quotes; comma on a tie. */
    private char detect() {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        int i = pos;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The fields of the record at {@code pos}, or null after reporting a syntax error. */
    private List<String> record(int recordLine) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (pos < text.length() && text.charAt(pos) == '"') {
                if (!quoted(field)) {
                    return null;
                }
            } else {
                while (pos < text.length() && !isEnd(text.charAt(pos))) {
                    field.append(text.charAt(pos++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (fields.size() > MAX_COLUMNS) {
                sink.add(new Position(recordLine, 1), "", "line " + recordLine + " has more than " + MAX_COLUMNS + " fields",
                        "a SKU list has a few dozen columns; check that the file is a CSV export of the list");
                return null;
            }
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos);
            if (c == delimiter) {
                pos++;
                continue;
            }
            skipLineBreak();
            return fields;
        }
    }

    /** Reads a quoted field into {@code field}; false after reporting an unclosed quote or text after the closing one. */
    private boolean quoted(StringBuilder field) {
        Position opened = here();
        pos++;
        while (true) {
            int quote = text.indexOf('"', pos);
            if (quote < 0) {
                sink.add(opened, "", "the double quote that starts a value here is never closed",
                        "close the quote after the value; a quote inside a quoted value is written twice (\"\")");
                return false;
            }
            countLines(pos, quote);
            field.append(text, pos, quote);
            pos = quote + 1;
            if (pos < text.length() && text.charAt(pos) == '"') {
                field.append('"');
                pos++;
                continue;
            }
            if (pos < text.length() && !isEnd(text.charAt(pos))) {
                sink.add(here(), "", "text after the closing double quote of a value",
                        "a value in quotes ends at its closing quote; write a quote inside the value twice (\"\"), e.g. \"12\"\" box\"");
                return false;
            }
            return true;
        }
    }

    private boolean isEnd(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void skipLineBreak() {
        if (pos < text.length() && text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        } else if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
    }

    private Position here() {
        return new Position(line, pos - lineStart + 1);
    }
}
