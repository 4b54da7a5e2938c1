package io.countersign.xlsx;

import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The very hidden sheet {@value PiLayout#IDENTITY_SHEET} of every decision workbook (a PI, a label
 * index); its layout is described on {@link PiLayout} and is what {@code signoff.XlsxReturn} reads.
 */
final class IdentitySheet {
    /** The sheet whose rows hold the points, and the columns of a point row's decision and note cells. */
    record Target(String sheet, int decisionColumn, int noteColumn) {
    }

    /** A point and where it was written: its 0-based row on the target sheet and that row's {@code LockedCells} hash. */
    record PlacedPoint(SignOffPoint point, int row, String rowSha256) {
    }

    private IdentitySheet() {
    }

    /**
     * Writes the name/value rows from {@code head} (its own point list is not read, so a streamed
     * workbook need not hold its points), then the point table from {@code points}.
     *
     * @param cellsSha256 {@code LockedCells.sheetSha256} of the target sheet's rows that are no point's
     */
    static void write(SXSSFSheet sheet, DocumentIdentity head, Messages msg, Target target, SignerBlock.Cells signer,
                      String cellsSha256, Iterator<PlacedPoint> points, CellStyle text) {
        SheetCursor cursor = new SheetCursor(sheet, (row, hash) -> { });
        pair(cursor, "format", DocumentIdentity.FORMAT, text);
        pair(cursor, "documentId", head.documentId(), text);
        pair(cursor, "kind", head.kind(), text);
        SXSSFRow revision = cursor.row();
        SheetCursor.text(revision, 0, "revision", text);
        SheetCursor.number(revision, 1, head.revision(), text);
        pair(cursor, "title", head.title(), text);
        pair(cursor, "issuedAt", head.issuedAt().toString(), text);
        pair(cursor, "inputSha256", head.inputSha256(), text);
        pair(cursor, "sheet", target.sheet(), text);
        pair(cursor, "decision.confirm", msg.get("decide.confirm"), text);
        pair(cursor, "decision.change", msg.get("decide.change"), text);
        pair(cursor, "signer.name", signer.name(), text);
        pair(cursor, "signer.title", signer.title(), text);
        pair(cursor, "signer.date", signer.date(), text);
        pair(cursor, "cellsSha256", cellsSha256, text);
        cursor.skip(1);
        SXSSFRow header = cursor.row();
        String[] columns = {PiLayout.POINTS_HEADER, "label", "sha256", "row", "decision", "note", "carriedFrom", "cellsSha256"};
        for (int i = 0; i < columns.length; i++) {
            SheetCursor.text(header, i, columns[i], text);
        }
        while (points.hasNext()) {
            PlacedPoint placed = points.next();
            SignOffPoint p = placed.point();
            int r = placed.row();
            SXSSFRow row = cursor.row();
            SheetCursor.text(row, 0, p.id(), text);
            SheetCursor.text(row, 1, p.label(), text);
            SheetCursor.text(row, 2, p.sha256(), text);
            SheetCursor.number(row, 3, r + 1, text);
            SheetCursor.text(row, 4, p.asked() ? reference(target.sheet(), r, target.decisionColumn()) : "", text);
            SheetCursor.text(row, 5, p.asked() ? reference(target.sheet(), r, target.noteColumn()) : "", text);
            SheetCursor.number(row, 6, p.carriedFrom(), text);
            SheetCursor.text(row, 7, placed.rowSha256(), text);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.enableLocking();
    }

    private static void pair(SheetCursor cursor, String name, String value, CellStyle text) {
        SXSSFRow row = cursor.row();
        SheetCursor.text(row, 0, name, text);
        SheetCursor.text(row, 1, value, text);
    }

    private static String reference(String sheet, int row, int column) {
        return new CellReference(sheet, row, column, false, false).formatAsString();
    }
}
