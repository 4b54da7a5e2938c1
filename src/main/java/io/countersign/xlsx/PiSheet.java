package io.countersign.xlsx;

import static io.countersign.xlsx.PiLayout.BUYER_CODE;
import static io.countersign.xlsx.PiLayout.CHECK;
import static io.countersign.xlsx.PiLayout.NO;
import static io.countersign.xlsx.PiLayout.NOTE;
import static io.countersign.xlsx.PiLayout.QUANTITY;
import static io.countersign.xlsx.PiLayout.STYLE_ID;
import static io.countersign.xlsx.PiLayout.UNIT;
import static io.countersign.xlsx.PiLayout.UNIT_PRICE;

import io.countersign.pi.PiOptions;
import io.countersign.pi.PiView;
import io.countersign.pi.PreparedPi;
import io.countersign.render.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Sheet {@value PiLayout#SHEET}, top to bottom: title, parties and PI facts, the instruction, the
 * PO findings, the items table, then totals, bank, remarks and the signature block (see
 * {@link ClosingBlocks}). Setup and protection are {@link SheetSetup}'s.
 */
final class PiSheet {
    /** Where the rows of the styles and the signer cells ended up, and the hash of every row, for the identity sheet. */
    record Placed(ItemTable.Placed items, SignerBlock.Cells signer, SortedMap<Integer, String> rowHashes) {
    }

    private final SheetCursor cursor;
    private final CellStyles styles;
    private final PreparedPi prepared;
    private final Messages msg;
    private final Columns columns;
    private final PiOptions options;

    private final StreamedPictures pictures;

    PiSheet(SXSSFSheet sheet, CellStyles styles, PreparedPi prepared, PiOptions options, StreamedPictures pictures) {
        this.cursor = new SheetCursor(sheet);
        this.pictures = pictures;
        this.styles = styles;
        this.prepared = prepared;
        this.msg = prepared.messages();
        this.options = options;
        this.columns = new Columns(prepared.pi().styles(), options.magnification());
    }

    Placed write() {
        columns.apply(cursor.sheet);
        title();
        partiesAndFacts();
        instruction();
        findings();
        cursor.skip(1);
        ItemTable.Placed items = new ItemTable(cursor, styles, prepared, columns, pictures, options.magnification()).write();
        SignerBlock.Cells signer = new ClosingBlocks(cursor, styles, prepared, columns).write(items);
        SheetSetup.apply(cursor.sheet, prepared, options.paper(), items);
        return new Placed(items, signer, cursor.rowHashes());
    }

    private void title() {
        PiView view = prepared.view();
        SXSSFRow row = cursor.row();
        cursor.merged(row, NO, CHECK, view.title(), styles.title);
        row.setHeightInPoints(24);
        cursor.skip(1);
    }

    /** Seller and buyer on the left, the PI facts on the right, side by side as in the PDF. */
    private void partiesAndFacts() {
        PiView view = prepared.view();
        List<String[]> left = new ArrayList<>();
        party(left, msg.get("pi.seller"), view.seller());
        left.add(new String[] {"", ""});
        party(left, msg.get("pi.buyer"), view.buyer());
        List<PiView.Fact> facts = view.facts();
        int rows = Math.max(left.size(), facts.size());
        for (int i = 0; i < rows; i++) {
            SXSSFRow row = cursor.row();
            int lines = 1;
            if (i < left.size()) {
                String[] l = left.get(i);
                SheetCursor.text(row, BUYER_CODE, l[0], styles.label);
                boolean name = !l[0].isEmpty();
                cursor.merged(row, STYLE_ID, CHECK, l[1], name ? styles.value : styles.wrapped);
                lines = Math.max(TextLines.of(l[0], columns.width(BUYER_CODE)), TextLines.of(l[1], columns.span(STYLE_ID, CHECK)));
            }
            if (i < facts.size()) {
                PiView.Fact f = facts.get(i);
                cursor.merged(row, QUANTITY, UNIT, f.label(), styles.label);
                cursor.merged(row, UNIT_PRICE, NOTE, f.value(), styles.value);
                lines = Math.max(lines, Math.max(TextLines.of(f.label(), columns.span(QUANTITY, UNIT)),
                        TextLines.of(f.value(), columns.span(UNIT_PRICE, NOTE))));
            }
            if (lines > 1) {
                SheetCursor.fitLines(row, lines);
            }
        }
        cursor.skip(1);
    }

    private static void party(List<String[]> rows, String label, PiView.PartyView party) {
        rows.add(new String[] {label, party.name()});
        party.lines().forEach(l -> rows.add(new String[] {"", l}));
    }

    private void instruction() {
        SXSSFRow count = cursor.row();
        cursor.merged(count, NO, NOTE, msg.with("pi.instruction.count", prepared.view().lines().size()), styles.bold);
        String each = msg.get("pi.instruction.each");
        SXSSFRow row = cursor.row();
        cursor.merged(row, NO, NOTE, each, styles.instruction);
        SheetCursor.fitLines(row, TextLines.of(each, columns.span(NO, NOTE)));
    }

    private void findings() {
        List<String> findings = prepared.view().findings();
        if (findings.isEmpty()) {
            return;
        }
        cursor.skip(1);
        cursor.merged(cursor.row(), NO, NOTE, msg.with("pi.findings.title", findings.size()), styles.findingTitle);
        for (String f : findings) {
            SXSSFRow row = cursor.row();
            cursor.merged(row, NO, NOTE, "• " + f, styles.finding);
            SheetCursor.fitLines(row, TextLines.of("• " + f, columns.span(NO, NOTE)));
        }
    }
}
