package io.countersign.xlsx;

import io.countersign.signoff.LockedCells;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes a streamed sheet top to bottom: rows are created in order and never revisited, which is
 * what lets SXSSF flush them to disk behind the window. Each row is hashed (see {@link LockedCells})
 * when the next one is started, while it is still in memory.
 */
final class SheetCursor {
    /** Points per wrapped line at the body font size, with the line gap. */
    static final float LINE_POINTS = 13f;
    /** Excel's largest row height. */
    static final float MAX_ROW_POINTS = 409f;

    final SXSSFSheet sheet;
    private int next;
    private SXSSFRow open;
    private final SortedMap<Integer, String> rowHashes = new TreeMap<>();
    private final BiConsumer<Integer, String> sealed;

    /** A cursor that keeps the hash of every row, for {@link #rowHashes()}. */
    SheetCursor(SXSSFSheet sheet) {
        this.sheet = sheet;
        this.sealed = rowHashes::put;
    }

    /**
     * A cursor that hands each row's hash (0-based row, {@link LockedCells#rowSha256}) to
     * {@code sealed} instead of keeping it: a sheet of any length then needs no memory for them.
     */
    SheetCursor(SXSSFSheet sheet, BiConsumer<Integer, String> sealed) {
        this.sheet = sheet;
        this.sealed = sealed;
    }

    /** The index of the row {@link #row()} creates next. */
    int position() {
        return next;
    }

    SXSSFRow row() {
        seal();
        open = sheet.createRow(next++);
        return open;
    }

    /** The {@link LockedCells#rowSha256} of every row written so far, by 0-based row index. */
    SortedMap<Integer, String> rowHashes() {
        seal();
        return Collections.unmodifiableSortedMap(rowHashes);
    }

    /** Hashes the row written last, if not done yet; a new row or {@link #rowHashes()} does this too. */
    void seal() {
        if (open != null) {
            // Cells the buyer may edit are empty when issued, so nothing needs leaving out here.
            sealed.accept(open.getRowNum(), LockedCells.rowSha256(open, column -> false));
            open = null;
        }
    }

    void skip(int rows) {
        next += rows;
    }

    static Cell text(SXSSFRow row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        if (!value.isEmpty()) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    static Cell number(SXSSFRow row, int column, double value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    /** A formula with the value it evaluates to cached, so a reader that does not recalculate sees the right number. */
    static Cell formula(SXSSFRow row, int column, String formula, double value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellFormula(formula);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    /**
     * {@code value} in a cell merged over columns {@code first}–{@code last} of one row; every cell
     * of the range gets the style, so borders and fills cover the whole range.
     */
    Cell merged(SXSSFRow row, int first, int last, String value, CellStyle style) {
        Cell c = text(row, first, value, style);
        for (int col = first + 1; col <= last; col++) {
            row.createCell(col).setCellStyle(style);
        }
        if (last > first) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
        }
        return c;
    }

    /** Sets the row tall enough for {@code lines} wrapped lines, at least the default height. */
    static void fitLines(SXSSFRow row, int lines) {
        row.setHeightInPoints(Math.min(MAX_ROW_POINTS, Math.max(15f, lines * LINE_POINTS + 3f)));
    }
}
