package io.countersign.xlsx;

import io.countersign.core.Money;
import io.countersign.render.Messages;
import io.countersign.settlement.Side;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * The rows the tables of a settlement's first sheet are made of — section titles, header rows,
 * labelled rows, figures as formulas with the calculator's value cached, checks — written top to
 * bottom through one {@link SheetCursor}.
 */
final class SettlementRows {
    /** A row's label is in column B; the seller's figure in C, the buyer's in D, both together in E. */
    static final int WHAT = 1;
    static final int BOTH = 4;

    final SheetCursor cursor;
    final SettlementStyles styles;
    final Messages msg;
    final MinorUnitFormulas money;
    private final String sheet;
    private final double[] widths;

    SettlementRows(SheetCursor cursor, SettlementStyles styles, Messages msg, MinorUnitFormulas money, double[] widths) {
        this.cursor = cursor;
        this.styles = styles;
        this.msg = msg;
        this.money = money;
        this.sheet = cursor.sheet.getSheetName();
        this.widths = widths.clone();
    }

    double width(int col) {
        return widths[col];
    }

    /** All columns together. */
    double width() {
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        return total;
    }

    void section(String key) {
        SXSSFRow row = cursor.row();
        cursor.merged(row, 0, widths.length - 1, msg.get(key), styles.base.bold);
        row.setHeightInPoints(18);
    }

    /** A sentence in grey over the whole width. */
    void note(String words) {
        SXSSFRow row = cursor.row();
        cursor.merged(row, 0, widths.length - 1, words, styles.base.label);
        SheetCursor.fitLines(row, TextLines.of(words, width()));
    }

    /** A header row from column {@code from}, one label per key. */
    SXSSFRow headers(int from, String... keys) {
        SXSSFRow row = cursor.row();
        int lines = 1;
        for (int i = 0; i < keys.length; i++) {
            SheetCursor.text(row, from + i, msg.get(keys[i]), styles.base.header);
            lines = Math.max(lines, TextLines.of(msg.get(keys[i]), widths[from + i]));
        }
        SheetCursor.fitLines(row, lines);
        return row;
    }

    /** A row with its label in column B. */
    SXSSFRow labelled(String key) {
        SXSSFRow row = cursor.row();
        SheetCursor.text(row, WHAT, msg.get(key), styles.base.cell);
        SheetCursor.fitLines(row, TextLines.of(msg.get(key), widths[WHAT]));
        return row;
    }

    /** An amount as a formula, its cached value {@code value}. */
    CellReference figure(SXSSFRow row, int col, String formula, Money value, boolean bold) {
        SheetCursor.formula(row, col, formula, value.amount().doubleValue(), styles.amount(money.decimals(), bold));
        return at(row, col);
    }

    /** The seller's and the buyer's figure of the row added up, in column E. */
    void both(SXSSFRow row, Money value) {
        String seller = col(column(Side.SELLER)) + (row.getRowNum() + 1);
        String buyer = col(column(Side.BUYER)) + (row.getRowNum() + 1);
        figure(row, BOTH, money.exact(seller + "+" + buyer), value, false);
    }

    /** A labelled row whose formula in column C is TRUE when the figures hold together. */
    CellReference check(String labelKey, String formula) {
        SXSSFRow row = labelled(labelKey);
        SheetCursor.formula(row, column(Side.SELLER), formula, 0, styles.check).setCellValue(true);
        return at(row, column(Side.SELLER));
    }

    CellReference at(SXSSFRow row, int col) {
        return new CellReference(sheet, row.getRowNum(), col, false, false);
    }

    /** The seller's figures are in column C, the buyer's in D. */
    static int column(Side side) {
        return side == Side.SELLER ? 2 : 3;
    }

    static String col(int col) {
        return CellReference.convertNumToColString(col);
    }

    /** A reference on the same sheet, without the sheet's name: {@code H12}. */
    static String local(CellReference ref) {
        return col(ref.getCol()) + (ref.getRow() + 1);
    }

    /** A text as a formula's string literal. */
    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** A formula whose result is a text, with {@code value} cached. */
    static void textFormula(Cell cell, String formula, String value) {
        cell.setCellFormula(formula);
        cell.setCellValue(value);
    }
}
