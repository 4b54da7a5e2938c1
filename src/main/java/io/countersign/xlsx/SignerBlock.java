package io.countersign.xlsx;

import io.countersign.render.Messages;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * The signature block at the end of a decision sheet: heading, the statement of what signing
 * means, the three unlocked signer cells (name, title, date) and a box for signature and stamp.
 * Labels go in one column, inputs are merged over a range of columns right of it.
 */
final class SignerBlock {
    /** The signer's cells, as references such as {@code PI!C52}. */
    record Cells(String name, String title, String date) {
    }

    private final String sheetName;
    private final int labelColumn;
    private final int firstInput;
    private final int lastInput;
    private final int lastColumn;
    private final double statementWidth;

    /**
     * @param lastColumn     the statement is merged from {@code labelColumn} to here
     * @param statementWidth the width of that range, for the statement's row height
     */
    SignerBlock(String sheetName, int labelColumn, int firstInput, int lastInput, int lastColumn, double statementWidth) {
        this.sheetName = sheetName;
        this.labelColumn = labelColumn;
        this.firstInput = firstInput;
        this.lastInput = lastInput;
        this.lastColumn = lastColumn;
        this.statementWidth = statementWidth;
    }

    Cells write(SheetCursor cursor, CellStyles styles, Messages msg, String statement) {
        cursor.skip(1);
        SheetCursor.text(cursor.row(), labelColumn, msg.get("sign.heading"), styles.bold);
        SXSSFRow row = cursor.row();
        cursor.merged(row, labelColumn, lastColumn, statement, styles.instruction);
        SheetCursor.fitLines(row, TextLines.of(statement, statementWidth));
        String name = signerRow(cursor, styles, msg, "sign.name", styles.signerInput);
        String title = signerRow(cursor, styles, msg, "sign.title", styles.signerInput);
        String date = signerRow(cursor, styles, msg, "sign.date", styles.signerDate);
        int first = cursor.position();
        for (int i = 0; i < 3; i++) {
            SXSSFRow r = cursor.row();
            r.setHeightInPoints(22);
            SheetCursor.text(r, labelColumn, i == 0 ? msg.get("sign.signature") : "", styles.label);
            for (int col = firstInput; col <= lastInput; col++) {
                SheetCursor.text(r, col, "", styles.signatureBox);
            }
        }
        cursor.sheet.addMergedRegionUnsafe(new CellRangeAddress(first, first + 2, firstInput, lastInput));
        return new Cells(name, title, date);
    }

    private String signerRow(SheetCursor cursor, CellStyles styles, Messages msg, String labelKey, CellStyle input) {
        SXSSFRow row = cursor.row();
        row.setHeightInPoints(20);
        SheetCursor.text(row, labelColumn, msg.get(labelKey), styles.label);
        cursor.merged(row, firstInput, lastInput, "", input);
        return new CellReference(sheetName, row.getRowNum(), firstInput, false, false).formatAsString();
    }
}
