package io.countersign.signoff;

import io.countersign.core.Sha256;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntPredicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * How the cells a buyer cannot edit are hashed, so a returned workbook can be checked without the
 * issued one: the writer records a hash per row as it streams the sheet, the reader recomputes
 * them. Only what survives a save by Excel or LibreOffice counts — a cell's column and its content
 * (text, number by value, formula by its text); styles, widths, pictures and empty cells do not.
 */
public final class LockedCells {
    private LockedCells() {
    }

    /** The SHA-256 of a row's non-empty cells outside {@code editable} columns; empty when there are none. */
    public static String rowSha256(Row row, IntPredicate editable) {
        StringBuilder canonical = new StringBuilder();
        for (Cell cell : row) {
            String content = content(cell);
            if (!content.isEmpty() && !editable.test(cell.getColumnIndex())) {
                canonical.append(cell.getColumnIndex()).append('=').append(content).append('\n');
            }
        }
        return canonical.length() == 0 ? "" : Sha256.hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One hash over the rows given (0-based row → {@link #rowSha256}), rows without content left out. */
    public static String sheetSha256(SortedMap<Integer, String> rows) {
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<Integer, String> e : rows.entrySet()) {
            if (!e.getValue().isEmpty()) {
                canonical.append(e.getKey()).append(':').append(e.getValue()).append('\n');
            }
        }
        return Sha256.hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A cell as it counts for integrity: formulas by their text, numbers by value (2.5 = 2.50), text as written. */
    static String content(Cell cell) {
        return switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> {
                BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue());
                yield v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
            }
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }
}
