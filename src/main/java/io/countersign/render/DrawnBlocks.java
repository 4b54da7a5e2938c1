package io.countersign.render;

import io.countersign.signoff.DocumentIdentity;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts every drawn sign-off document shares with the templates' {@code fragments/page.html}:
 * the footer with the identity's QR code, and the buyer's signature block with its form fields.
 */
public final class DrawnBlocks {
    /** Side of the identity's QR code in the footer. */
    public static final double QR_MM = 15.0;
    /** Where the footer starts, above the page's bottom edge (the templates' bottom margin). */
    public static final double FOOTER_MM = 21.0;

    private static final int TEXT = 0x111111;
    private static final int MUTED = 0x555555;
    private static final TextStyle LABEL = new TextStyle(8.3, false, MUTED);
    private static final TextStyle HEADING = new TextStyle(8.3, true, TEXT);
    private static final TextStyle STATEMENT = new TextStyle(8.3, true, 0x8A1C00);
    private static final TextStyle FOOTER = new TextStyle(7, false, 0x333333);
    private static final TextStyle FOOTER_TITLE = FOOTER.bolder();
    private static final TextStyle FOOTER_HINT = FOOTER.coloured(MUTED);
    private static final TextStyle PAGE_NO = new TextStyle(8, false, 0x333333);
    private static final double BORDER = 0.3;
    private static final double[] SHARES = {0.25, 0.20, 0.15, 0.40};
    private static final String[] FIELDS = {"signer.name", "signer.title", "signer.date", "signer.signature"};
    private static final String[] LABELS = {"sign.name", "sign.title", "sign.date", "sign.signature"};

    private DrawnBlocks() {
    }

    /**
     * The footer of page {@code p} of {@code pages}, its top at {@code top}: the QR code of the
     * identity, the title, id, revision and hash, the hint, and "Page n of m" at the right.
     */
    public static void footer(DrawnPdf.Page p, int pages, Messages msg, DocumentIdentity identity, String qrRef, String title,
                              double left, double width, double top) {
        p.art(qrRef, left, top);
        String pageNo = msg.get("doc.page") + " " + p.number() + " " + msg.get("doc.of") + " " + pages;
        p.text(pageNo, left + width - PAGE_NO.width(pageNo), top + 5 + PAGE_NO.baseline(), PAGE_NO.pt(), false, PAGE_NO.rgb());
        double x = left + QR_MM + 3;
        double w = width - (x - left) - 42;
        String id = msg.get("doc.id") + " " + identity.documentId() + " · " + msg.get("doc.revision") + " "
                + identity.revision() + " · " + msg.get("doc.hash") + " " + identity.shortHash();
        double y = FOOTER_TITLE.draw(p, FOOTER_TITLE.wrap(title, w), x, top + 2);
        y = FOOTER.draw(p, FOOTER.wrap(id, w), x, y);
        FOOTER_HINT.draw(p, FOOTER.wrap(msg.get("doc.footer.hint"), w), x, y);
    }

    /**
     * The signature block at {@code at} (or the next page, as it never splits): the heading, the
     * statement of what signing confirms, and the name, title, date and signature fields, each
     * label right above its field, the fields on one bottom line. Returns where the block ends.
     */
    public static PageFlow.At signature(PageFlow flow, PageFlow.At at, Messages msg, String statementText, double left, double width) {
        double inner = width - 2 * BORDER - 6;
        List<String> head = HEADING.wrap(msg.get("sign.heading"), inner);
        List<String> statement = STATEMENT.wrap(statementText, inner);
        List<List<String>> labels = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            labels.add(LABEL.wrap(msg.get(LABELS[i]), inner * SHARES[i] - 3));
        }
        double signatureBox = 18 + 2 * BORDER;
        double textField = 6 + BORDER;
        double cells = 1 + Math.max(LABEL.height(labels.get(3)) + signatureBox,
                labels.subList(0, 3).stream().mapToDouble(l -> LABEL.height(l) + textField).max().orElse(0)) + 1;
        double h = 2 * BORDER + 4 + HEADING.height(head) + STATEMENT.height(statement) + cells;
        at = flow.fit(at, h);
        DrawnPdf.Page p = flow.page(at);
        p.border(left, at.y(), width, h, BORDER, 0x333333, false);
        double x = left + BORDER + 3;
        double y = HEADING.draw(p, head, x, at.y() + BORDER + 2);
        STATEMENT.draw(p, statement, x, y);
        double bottom = at.y() + h - BORDER - 2 - 1;
        for (int i = 0; i < 4; i++) {
            double w = inner * SHARES[i] - 3;
            boolean sig = i == 3;
            double fieldHeight = sig ? signatureBox : textField;
            double fieldTop = bottom - fieldHeight;
            LABEL.draw(p, labels.get(i), x, fieldTop - LABEL.height(labels.get(i)));
            if (sig) {
                p.fillRect(x, fieldTop, w, fieldHeight, 0xFBFBFB);
                p.border(x, fieldTop, w, fieldHeight, BORDER, TEXT, false);
                p.signatureField(FIELDS[i], x, fieldTop, w, fieldHeight);
            } else {
                p.fillRect(x, bottom - BORDER, w, BORDER, TEXT);
                p.textField(FIELDS[i], x, fieldTop, w, fieldHeight);
            }
            x += inner * SHARES[i];
        }
        return at.down(h);
    }
}
