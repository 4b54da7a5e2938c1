package io.countersign.input;

import java.util.List;
import java.util.Map;

/**
 * What the CSV and XLSX readers hand on while they read: the header row once, then each row.
 * The header handler answers which cell indexes to keep; a handler may end the reading by
 * throwing {@link InvalidInputException}.
 */
interface SkuTable {

    /** One header cell: its 0-based index, its text, how to point at it ("column C"), and where it is. */
    record HeaderCell(int index, String text, String where, Position at) {
    }

    /**
     * The header row; returns the columns that were recognised, by cell index. Throws
     * {@link InvalidInputException} when a required column is missing.
     */
    Map<Integer, SkuColumn> header(int rowNumber, List<HeaderCell> cells);

    /**
     * One row after the header, with the cells of the recognised columns by index (absent cells
     * are empty); empty rows are not passed on. {@code fieldCount} is, for a CSV, the number of
     * fields without empty ones after the header's last column, so that a value split by an
     * unquoted comma or line break shows; -1 for a workbook, whose cells cannot shift.
     */
    void row(int rowNumber, Map<Integer, Cell> cells, int fieldCount);
}
