package io.countersign.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes a streamed sheet top to bottom: rows are created in order and never revisited, which is
 * what lets SXSSF flush them to disk behind the window.
 */
final class SheetCursor {
    /** Points per wrapped line at the body font size, with the line gap. */
    static final float LINE_POINTS = 13f;
    /** Excel's largest row height. */
    static final float MAX_ROW_POINTS = 409f;

    final SXSSFSheet sheet;
    private int next;

    SheetCursor(SXSSFSheet sheet) {
        this.sheet = sheet;
    }

    /** The index of the row {@link #row()} creates next. */
    int position() {
        return next;
    }

    SXSSFRow row() {
        return sheet.createRow(next++);
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
