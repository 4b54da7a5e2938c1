package io.countersign.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XML of one worksheet into the header and rows of a SKU list, cell by cell as SAX
 * delivers them: a cell's value is complete at its end tag, a row at its end tag. Before the
 * header every cell is kept; after it, only the cells of recognised columns.
 */
final class XlsxSheetHandler extends DefaultHandler {
    /** Per handler: a DataFormatter caches formats and is not safe to share between threads. */
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final ProblemSink sink;
    private final SkuTable table;
    private final StringBuilder value = new StringBuilder();
    private Map<Integer, SkuColumn> columns;
    private Map<Integer, Cell> row = new HashMap<>();
    private List<SkuTable.HeaderCell> header = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type;
    private String style;
    private boolean formula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inPhonetic;

    XlsxSheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, ProblemSink sink, SkuTable table) {
        this.strings = strings;
        this.styles = styles;
        this.sink = sink;
        this.table = table;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                column = -1;
                row = new HashMap<>();
                header = new ArrayList<>();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : columnOf(r);
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                formula = false;
                hasValue = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "t" -> {
                if (!inPhonetic) {
                    inValue = true;
                    hasValue = true;
                }
            }
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> cell();
            case "row" -> row();
            default -> {
            }
        }
    }

    /** The 0-based column of a cell reference such as "AB12". */
    private static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    private void cell() {
        if (columns != null && !columns.containsKey(column)) {
            return;
        }
        Cell cell = value();
        if (columns == null) {
            if (!cell.text().isEmpty()) {
                if (header.size() >= CsvTable.MAX_COLUMNS) {
                    sink.add(new Position(rowNumber, 1), "", "the header row has more than " + CsvTable.MAX_COLUMNS + " columns",
                            "a SKU list has a few dozen columns; put it on the first sheet on its own");
                    sink.throwIfAny();
                }
                header.add(new SkuTable.HeaderCell(column, cell.text(), "column " + CellReference.convertNumToColString(column),
                        new Position(rowNumber, column + 1)));
            }
        } else if (!cell.isEmpty() || cell.kind() == Cell.Kind.ERROR) {
            row.put(column, cell);
        }
    }

    private Cell value() {
        String raw = value.toString();
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                String text = hasValue && !raw.isBlank() ? strings.getItemAt(Integer.parseInt(raw.strip())).getString() : "";
                return Cell.text(text, Position.FILE);
            }
            case "inlineStr", "d" -> {
                return Cell.text(raw, Position.FILE);
            }
            case "str" -> {
                return formula && !hasValue ? uncalculated() : Cell.text(raw, Position.FILE);
            }
            case "b" -> {
                return Cell.text("1".equals(raw.strip()) ? "TRUE" : "FALSE", Position.FILE);
            }
            case "e" -> {
                return new Cell(raw.strip(), Cell.Kind.ERROR, raw.strip(), Position.FILE);
            }
            default -> {
                if (!hasValue || raw.isBlank()) {
                    return formula ? uncalculated() : Cell.EMPTY;
                }
                return number(Double.parseDouble(raw.strip()));
            }
        }
    }

    private static Cell uncalculated() {
        return new Cell("a formula without a saved result", Cell.Kind.ERROR, "", Position.FILE);
    }

    /** A number as its shortest exact decimal ("10.2", not "10.199999999999999"), shown as its format shows it. */
    private Cell number(double d) {
        int formatIndex = 0;
        String format = "General";
        if (style != null && styles != null) {
            XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
            if (s != null) {
                formatIndex = s.getDataFormat();
                format = s.getDataFormatString();
            }
        }
        String shown = formatter.formatRawCellContents(d, formatIndex, format);
        if (format != null && DateUtil.isADateFormat(formatIndex, format)) {
            return Cell.text(shown, Position.FILE);
        }
        BigDecimal v = BigDecimal.valueOf(d).stripTrailingZeros();
        String text = (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        return new Cell(text, Cell.Kind.NUMBER, Cell.trim(shown), Position.FILE);
    }

    private void row() {
        if (columns == null) {
            if (!header.isEmpty()) {
                columns = table.header(rowNumber, header);
            }
            return;
        }
        if (row.values().stream().anyMatch(c -> !c.isEmpty() || c.kind() == Cell.Kind.ERROR)) {
            table.row(rowNumber, row, -1);
        }
    }

    void finish() {
        if (columns == null) {
            sink.add(Position.FILE, "", "the first sheet is empty",
                    "put the SKU list on the first sheet: a header row (SKU, Buyer code, GTIN, …) and one row per SKU");
            sink.throwIfAny();
        }
    }
}
