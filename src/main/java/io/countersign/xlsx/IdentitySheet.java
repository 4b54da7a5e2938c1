package io.countersign.xlsx;

import io.countersign.pi.PreparedPi;
import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import io.countersign.signoff.LockedCells;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The very hidden sheet {@value PiLayout#IDENTITY_SHEET}; its layout is described on {@link PiLayout}. */
final class IdentitySheet {
    private IdentitySheet() {
    }

    static void write(SXSSFSheet sheet, PreparedPi prepared, PiSheet.Placed placed, CellStyle text) {
        DocumentIdentity id = prepared.identity();
        Messages msg = prepared.messages();
        SheetCursor cursor = new SheetCursor(sheet);
        pair(cursor, "format", DocumentIdentity.FORMAT, text);
        pair(cursor, "documentId", id.documentId(), text);
        pair(cursor, "kind", id.kind(), text);
        SXSSFRow revision = cursor.row();
        SheetCursor.text(revision, 0, "revision", text);
        SheetCursor.number(revision, 1, id.revision(), text);
        pair(cursor, "title", id.title(), text);
        pair(cursor, "issuedAt", id.issuedAt().toString(), text);
        pair(cursor, "inputSha256", id.inputSha256(), text);
        pair(cursor, "sheet", PiLayout.SHEET, text);
        pair(cursor, "decision.confirm", msg.get("decide.confirm"), text);
        pair(cursor, "decision.change", msg.get("decide.change"), text);
        pair(cursor, "signer.name", placed.signer().name(), text);
        pair(cursor, "signer.title", placed.signer().title(), text);
        pair(cursor, "signer.date", placed.signer().date(), text);
        List<Integer> rows = placed.items().rows();
        SortedMap<Integer, String> otherRows = new TreeMap<>(placed.rowHashes());
        rows.forEach(otherRows::remove);
        pair(cursor, "cellsSha256", LockedCells.sheetSha256(otherRows), text);
        cursor.skip(1);
        SXSSFRow header = cursor.row();
        String[] columns = {PiLayout.POINTS_HEADER, "label", "sha256", "row", "decision", "note", "carriedFrom", "cellsSha256"};
        for (int i = 0; i < columns.length; i++) {
            SheetCursor.text(header, i, columns[i], text);
        }
        List<SignOffPoint> points = id.points();
        for (int i = 0; i < points.size(); i++) {
            SignOffPoint p = points.get(i);
            int r = rows.get(i);
            SXSSFRow row = cursor.row();
            SheetCursor.text(row, 0, p.id(), text);
            SheetCursor.text(row, 1, p.label(), text);
            SheetCursor.text(row, 2, p.sha256(), text);
            SheetCursor.number(row, 3, r + 1, text);
            SheetCursor.text(row, 4, p.asked() ? reference(r, PiLayout.DECISION) : "", text);
            SheetCursor.text(row, 5, p.asked() ? reference(r, PiLayout.NOTE) : "", text);
            SheetCursor.number(row, 6, p.carriedFrom(), text);
            SheetCursor.text(row, 7, placed.rowHashes().getOrDefault(r, ""), text);
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

    private static String reference(int row, int column) {
        return new CellReference(PiLayout.SHEET, row, column, false, false).formatAsString();
    }
}
