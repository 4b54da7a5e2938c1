package io.countersign.pi;

import io.countersign.render.DrawnBlocks;
import io.countersign.render.DrawnPdf;
import io.countersign.render.Messages;
import io.countersign.render.PageFlow;
import io.countersign.render.PageFlow.At;
import io.countersign.render.TableHeader;
import io.countersign.render.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the PI onto landscape pages with PDFBox: the parties and facts, the instruction, the
 * revision and PO notices, one table row per style with its own Confirm / Change needed decision
 * (the header repeated on every page, a row never split), the totals, bank details and remarks,
 * the buyer's signature block, and on every page the footer with the identity and its QR code.
 *
 * <p>Why not the HTML template: laying the PI out through Thymeleaf and openhtmltopdf (CSS
 * cascade, box layout, painting) was three fifths of the CPU a server spends on a posted PI, and
 * the server's load target could not be met with it. Drawn directly it shows what
 * {@code templates/pi.html} shows, with the same form fields, identity and metadata; that
 * template stays the layout a user's own copy ({@code --templates}) starts from, and a PI is laid
 * out from that copy whenever one is given.
 */
final class PiPages {
    private static final double MARGIN = 9;
    private static final double CELL_PAD = 1.2;
    private static final double RULE = 0.3;

    private static final int TEXT = 0x111111;
    private static final int MUTED = 0x555555;
    private static final int BLUE = 0x0B3D91;
    private static final int PURPLE = 0x6A1B9A;
    private static final int ORANGE = 0xC25400;
    private static final int RULE_COLOUR = 0x888888;

    private static final TextStyle BODY = new TextStyle(8.3, false, TEXT);
    private static final TextStyle BOLD = BODY.bolder();
    private static final TextStyle LABEL = BODY.coloured(MUTED);
    private static final TextStyle SMALL_LABEL = new TextStyle(7, false, MUTED);
    private static final TextStyle PARTY = new TextStyle(9.5, true, TEXT);
    private static final TextStyle TITLE = new TextStyle(15, true, TEXT);
    private static final TextStyle INSTRUCTION = new TextStyle(9, false, TEXT);
    private static final TextStyle ROW_NO = new TextStyle(12, true, TEXT);
    private static final TextStyle CODE_LABEL = new TextStyle(6.5, false, MUTED);
    private static final TextStyle BUYER_CODE = new TextStyle(11, true, BLUE);
    private static final TextStyle STYLE_ID = new TextStyle(11, true, TEXT);
    private static final TextStyle MEANS = new TextStyle(8, false, MUTED);
    private static final TextStyle NO_PICTURE = new TextStyle(7, false, 0x777777);
    private static final TextStyle REVISION_NOTE = new TextStyle(7, false, MUTED);
    private static final TextStyle REVISION_CHANGED = new TextStyle(7, true, PURPLE);
    private static final TextStyle NAME = new TextStyle(9, true, TEXT);
    private static final TextStyle NOTE = new TextStyle(7.5, false, TEXT);
    private static final TextStyle GTIN = new TextStyle(6.5, false, MUTED);
    private static final TextStyle QUESTION = new TextStyle(7, true, BLUE);
    private static final TextStyle CARRIED = new TextStyle(7, true, MUTED);
    private static final TextStyle NOTE_LABEL = new TextStyle(6.5, false, MUTED);

    /** Items table columns, as the template's colgroup: no., codes, picture, (description: the rest), UPC, qty, price, amount, decision. */
    private static final double[] FIXED_COLUMNS = {8, 31, 38, 0, 0, 17, 17, 21, 46};
    private static final int DESCRIPTION = 3;
    private static final int UPC = 4;
    private static final double RADIO = 4.8;
    private static final double NOTE_FIELD = 9;
    private static final double FACT_LABEL = 28;

    private final PiView view;
    private final Messages msg;
    private final DrawnPdf pdf;
    private final PageFlow flow;
    private final double width;
    private final double[] columns;
    private final TableHeader header;

    private PiPages(PiView view, Messages msg, PiOptions.Paper paper, DrawnPdf pdf) {
        this.view = view;
        this.msg = msg;
        this.pdf = pdf;
        this.flow = new PageFlow(pdf, paper.widthMm(), paper.heightMm(), MARGIN, paper.heightMm() - DrawnBlocks.FOOTER_MM);
        this.width = paper.widthMm() - 2 * MARGIN;
        this.columns = FIXED_COLUMNS.clone();
        columns[UPC] = Double.parseDouble(view.barcodeColumnMm());
        double fixed = 0;
        for (double c : columns) {
            fixed += c;
        }
        columns[DESCRIPTION] = width - fixed;
        this.header = TableHeader.of(List.of(msg.get("col.no"), msg.get("col.codes"), msg.get("col.picture"), msg.get("col.description"),
                msg.get("col.upc"), msg.get("col.quantity"), msg.with("col.unitprice", view.currency()),
                msg.with("col.amount", view.currency()), msg.get("col.decision")), columns);
    }

    /**
     * Draws the PI of {@code view} into {@code pdf} on {@code paper}; false, and {@code pdf} to be
     * discarded, when a style's row or another block is taller than a page can hold (dozens of
     * attributes, PO findings or remarks): such a block must be split over pages, which only the
     * template's layout does.
     */
    static boolean draw(PiView view, Messages msg, PiOptions.Paper paper, DrawnPdf pdf) {
        PiPages pages = new PiPages(view, msg, paper, pdf);
        List<ItemRow> rows = pages.rows();
        if (!pages.eachFitsAPage(rows)) {
            return false;
        }
        try {
            pages.draw(rows);
            return true;
        } catch (TallerThanAPage e) {
            return false;
        }
    }

    /** Every style's row, measured. */
    private List<ItemRow> rows() {
        return view.lines().stream().map(ItemRow::new).toList();
    }

    /** Where a block {@code h} high goes (see {@link PageFlow#fit}); a block taller than a page cannot be drawn here. */
    private At place(At at, double h) {
        if (h > flow.bottom() - flow.top()) {
            throw new TallerThanAPage();
        }
        return flow.fit(at, h);
    }

    /** A block (a notice with dozens of PO findings, many remarks) that only the template's layout can split over pages. */
    private static final class TallerThanAPage extends RuntimeException {
        TallerThanAPage() {
            super(null, null, false, false);
        }
    }

    /** Whether each row fits a page under the table's header. */
    private boolean eachFitsAPage(List<ItemRow> rows) {
        double room = flow.bottom() - flow.top() - header.height();
        return rows.stream().allMatch(r -> r.height <= room);
    }

    private void draw(List<ItemRow> rows) {
        At at = head(flow.start());
        at = instruction(at.down(2));
        if (!view.revisionNotes().isEmpty()) {
            at = notice(at.down(2), 0x6A1B9A, 0xF5ECFA, view.revisionNotes().get(0), view.revisionNotes().subList(1, view.revisionNotes().size()));
        }
        if (!view.findings().isEmpty()) {
            at = notice(at.down(2), ORANGE, 0xFFF1E0, msg.with("pi.findings.title", view.findings().size()), view.findings());
        }
        at = items(at.down(2), rows);
        at = totals(at.down(2));
        at = words(at.down(1));
        at = bankAndRemarks(at.down(1));
        DrawnBlocks.signature(flow, at.down(3), msg, msg.with("sign.statement", view.lines().size()), MARGIN, width);
        int pages = pdf.pageCount();
        String title = view.title() + " " + view.number() + " r" + view.revision();
        for (int i = 0; i < pages; i++) {
            DrawnBlocks.footer(pdf.page(i), pages, msg, view.identity(), view.qrRef(), title, MARGIN, width, flow.bottom());
        }
    }

    // ---------------------------------------------------------------- head and notices

    /** Seller, buyer, and the title with the PI's facts: three columns side by side. */
    private At head(At at) {
        double[] shares = {0.36, 0.30, 0.34};
        double x = MARGIN;
        double seller = party(at, x, width * shares[0] - 3, msg.get("pi.seller"), view.seller());
        x += width * shares[0];
        double buyer = party(at, x, width * shares[1] - 3, msg.get("pi.buyer"), view.buyer());
        x += width * shares[1];
        double w = width * shares[2] - 3;
        DrawnPdf.Page p = flow.page(at);
        double y = TITLE.draw(p, TITLE.wrap(view.title(), w), x, at.y()) + 1;
        y = facts(p, view.facts(), x, y, w, BOLD);
        double end = Math.max(y, Math.max(seller, buyer));
        if (end > flow.bottom()) {
            throw new TallerThanAPage();
        }
        return new At(at.page(), end);
    }

    private double party(At at, double x, double w, String role, PiView.PartyView party) {
        DrawnPdf.Page p = flow.page(at);
        double y = SMALL_LABEL.draw(p, SMALL_LABEL.wrap(role, w), x, at.y());
        y = PARTY.draw(p, PARTY.wrap(party.name(), w), x, y);
        for (String line : party.lines()) {
            y = BODY.draw(p, BODY.wrap(line, w), x, y);
        }
        return y;
    }

    /** A label column and a value column; returns where the last row ends. */
    private static double facts(DrawnPdf.Page p, List<PiView.Fact> facts, double x, double top, double w, TextStyle value) {
        double k = labelColumn(facts, w);
        double y = top;
        for (PiView.Fact f : facts) {
            List<String> label = LABEL.wrap(f.label(), k - 2);
            List<String> text = value.wrap(f.value(), w - k - 2);
            LABEL.draw(p, label, x, y);
            value.draw(p, text, x + k, y);
            y += Math.max(LABEL.height(label), value.height(text));
        }
        return y;
    }

    /** The label column: wide enough for the longest label (a German word does not break), within limits. */
    private static double labelColumn(List<PiView.Fact> facts, double w) {
        double widest = facts.stream().mapToDouble(f -> LABEL.width(f.label())).max().orElse(0) + 2;
        return Math.max(FACT_LABEL, Math.min(widest, 0.45 * w));
    }

    /** The blue box: how many styles, each a separate decision (bold), then how to decide them. */
    private At instruction(At at) {
        double border = 0.6;
        double inner = width - 2 * border - 6;
        TextStyle bold = INSTRUCTION.bolder();
        List<String> count = bold.wrap(msg.with("pi.instruction.count", view.lines().size()), inner);
        List<String> each = INSTRUCTION.wrap(msg.get("pi.instruction.each"), inner);
        double h = 2 * border + 4 + bold.height(count) + INSTRUCTION.height(each);
        at = place(at, h);
        DrawnPdf.Page p = flow.page(at);
        p.fillRect(MARGIN, at.y(), width, h, 0xEEF3FB);
        p.border(MARGIN, at.y(), width, h, border, BLUE, false);
        double y = bold.draw(p, count, MARGIN + border + 3, at.y() + border + 2);
        INSTRUCTION.draw(p, each, MARGIN + border + 3, y);
        return at.down(h);
    }

    /** A framed notice: its heading in bold, then its points as a bulleted list. */
    private At notice(At at, int frame, int background, String heading, List<String> points) {
        double border = 0.6;
        double inner = width - 2 * border - 6;
        double bullet = 5;
        List<String> head = BOLD.wrap(heading, inner);
        List<List<String>> items = points.stream().map(n -> BODY.wrap(n, inner - bullet)).toList();
        double listHeight = items.stream().mapToDouble(BODY::height).sum();
        double h = 2 * border + 4 + BOLD.height(head) + (items.isEmpty() ? 0 : 1 + listHeight);
        at = place(at, h);
        DrawnPdf.Page p = flow.page(at);
        p.fillRect(MARGIN, at.y(), width, h, background);
        p.border(MARGIN, at.y(), width, h, border, frame, false);
        double x = MARGIN + border + 3;
        double y = BOLD.draw(p, head, x, at.y() + border + 2) + (items.isEmpty() ? 0 : 1);
        for (List<String> item : items) {
            p.text("•", x + 1.5, y + BODY.baseline(), BODY.pt(), false, TEXT);
            y = BODY.draw(p, item, x + bullet, y);
        }
        return at.down(h);
    }

    // ---------------------------------------------------------------- items

    /** The header row, then one row per style; a row that does not fit goes to the next page under a repeated header. */
    private At items(At at, List<ItemRow> rows) {
        boolean first = true;
        for (ItemRow row : rows) {
            at = header.placeRow(flow, at, row.height, first, MARGIN, width);
            first = false;
            row.draw(flow.page(at), at.y());
            at = at.down(row.height);
        }
        return at;
    }

    /** Width for the content of column {@code i}: inside its padding and its right rule. */
    private double inner(int i) {
        return columns[i] - 2 * CELL_PAD - RULE;
    }

    /** A paragraph in a framed box (look-alike and PO notes): its lines and the box around them. */
    private record Framed(List<String> lines, int frame, int background) {
        static final double BORDER = 0.4;

        double height() {
            return 2 * BORDER + 1 + NOTE.height(lines);
        }
    }

    /** One style's row, measured before it is placed so that it can move to the next page whole. */
    private final class ItemRow {
        private final PiView.Line line;
        private final List<String> buyerLabel;
        private final List<String> buyerCode;
        private final List<String> means;
        private final List<String> styleLabel;
        private final List<String> styleId;
        private final List<String> revision;
        private final List<String> name;
        private final List<List<String>> attributes = new ArrayList<>();
        private final List<Framed> notes = new ArrayList<>();
        private final List<String> question;
        private final List<String> confirm;
        private final List<String> change;
        private final List<String> noteLabel;
        private final double height;

        ItemRow(PiView.Line line) {
            this.line = line;
            buyerLabel = CODE_LABEL.wrap(msg.get("codes.buyer").toUpperCase(msg.locale()), inner(1));
            buyerCode = BUYER_CODE.wrap(line.buyerCode(), inner(1));
            means = MEANS.wrap(msg.get("codes.means"), inner(1));
            styleLabel = CODE_LABEL.wrap(msg.get("codes.seller").toUpperCase(msg.locale()), inner(1));
            styleId = STYLE_ID.wrap(line.styleId(), inner(1));
            double desc = inner(DESCRIPTION);
            TextStyle revisionType = line.changedSinceRevision() ? REVISION_CHANGED : REVISION_NOTE;
            revision = line.revisionNote().isEmpty() ? List.of() : revisionType.wrap(line.revisionNote(), desc - 1.6);
            name = NAME.wrap(line.name(), desc);
            for (PiView.AttributeView a : line.attributes()) {
                attributes.add(attributeType(a).wrap(a.name() + ": " + a.value(), desc - 1.6));
            }
            for (String n : line.lookAlikeNotes()) {
                notes.add(new Framed(NOTE.wrap(n, desc - 2 * Framed.BORDER - 2), 0xC28A00, 0xFFF3C4));
            }
            for (String n : line.findingNotes()) {
                notes.add(new Framed(NOTE.wrap(n, desc - 2 * Framed.BORDER - 2), ORANGE, 0xFFF1E0));
            }
            question = line.asked() ? QUESTION.wrap(msg.with("decide.question", line.buyerCode(), line.styleId()), inner(8))
                    : CARRIED.wrap(msg.with("decide.carried", view.previousRevision()), inner(8));
            confirm = BODY.wrap(msg.get("decide.confirm"), inner(8) - RADIO - 1);
            change = BODY.wrap(msg.get("decide.change"), inner(8) - RADIO - 1);
            noteLabel = NOTE_LABEL.wrap(msg.get("decide.note"), inner(8));
            height = Math.max(Math.max(codesHeight(), pictureHeight() + 2 * (1 - CELL_PAD)),
                    Math.max(Math.max(descriptionHeight(), upcHeight()), Math.max(2 * BODY.line(), decisionHeight())))
                    + 2 * CELL_PAD + RULE;
        }

        private double codesHeight() {
            return CODE_LABEL.height(buyerLabel) + BUYER_CODE.height(buyerCode) + MEANS.height(means) + CODE_LABEL.height(styleLabel)
                    + STYLE_ID.height(styleId);
        }

        private double pictureHeight() {
            return line.imageRef().isEmpty() ? 20 : Double.parseDouble(line.imageHeightMm());
        }

        private double descriptionHeight() {
            double h = revision.isEmpty() ? 0 : REVISION_NOTE.height(revision) + 0.6 + 0.5;
            h += NAME.height(name);
            for (int i = 0; i < attributes.size(); i++) {
                h += 0.3 + 0.4 + attributeType(line.attributes().get(i)).height(attributes.get(i));
            }
            for (Framed n : notes) {
                h += 0.8 + n.height();
            }
            return h;
        }

        private double upcHeight() {
            return Double.parseDouble(line.barcode().heightMm()) + 0.5 + GTIN.line();
        }

        private double decisionHeight() {
            double q = QUESTION.height(question);
            return line.asked() ? q + 0.8 + optionHeight(confirm) + optionHeight(change) + NOTE_LABEL.height(noteLabel) + 1 + NOTE_FIELD : q;
        }

        /** An option's line: the button or its word, whichever is taller, and a margin above and below. */
        private static double optionHeight(List<String> word) {
            return Math.max(RADIO, BODY.height(word)) + 1.6;
        }

        void draw(DrawnPdf.Page p, double top) {
            double[] x = new double[columns.length + 1];
            x[0] = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                x[i + 1] = x[i] + columns[i];
            }
            double right = MARGIN + width;
            if (line.lookAlike()) {
                p.fillRect(x[0] + RULE, top, width - 2 * RULE, height - RULE, 0xFFFBE6);
            } else {
                p.fillRect(x[8], top, right - RULE - x[8], height - RULE, line.asked() ? 0xF4F7FB : 0xF1F1F1);
            }
            // cell rules: the table's left edge, each cell's right edge and bottom
            p.fillRect(x[0], top, RULE, height, RULE_COLOUR);
            for (int i = 1; i <= columns.length; i++) {
                p.fillRect(x[i] - RULE, top, RULE, height, RULE_COLOUR);
            }
            p.fillRect(x[0], top + height - RULE, width, RULE, RULE_COLOUR);

            double y = top + CELL_PAD;
            String no = Integer.toString(line.no());
            p.text(no, x[0] + RULE / 2 + (columns[0] - ROW_NO.width(no)) / 2, y + ROW_NO.baseline(), ROW_NO.pt(), true, TEXT);
            codes(p, x[1] + CELL_PAD, y);
            picture(p, x[2] + 1, top + 1);
            description(p, x[3] + CELL_PAD, y);
            double bc = Double.parseDouble(line.barcode().heightMm());
            p.art(line.barcode().ref(), x[4] + CELL_PAD, y);
            GTIN.draw(p, GTIN.wrap(line.barcode().label(), inner(UPC)), x[4] + CELL_PAD, y + bc + 0.5);
            BODY.drawRight(p, List.of(line.quantity()), x[6] - RULE - CELL_PAD, y);
            LABEL.drawRight(p, List.of(line.unit()), x[6] - RULE - CELL_PAD, y + BODY.line());
            BODY.drawRight(p, List.of(line.unitPrice()), x[7] - RULE - CELL_PAD, y);
            BOLD.drawRight(p, List.of(line.amount()), x[8] - RULE - CELL_PAD, y);
            decision(p, x[8] + CELL_PAD, y);
        }

        private void codes(DrawnPdf.Page p, double x, double top) {
            double y = CODE_LABEL.draw(p, buyerLabel, x, top);
            y = BUYER_CODE.draw(p, buyerCode, x, y);
            y = MEANS.draw(p, means, x, y);
            y = CODE_LABEL.draw(p, styleLabel, x, y);
            STYLE_ID.draw(p, styleId, x, y);
        }

        private void picture(DrawnPdf.Page p, double x, double top) {
            if (!line.imageRef().isEmpty()) {
                p.image(line.imageRef(), x, top, Double.parseDouble(line.imageWidthMm()), Double.parseDouble(line.imageHeightMm()));
                return;
            }
            double w = 35;
            double h = 20;
            p.border(x, top, w, h, 0.3, 0x999999, true);
            List<String> lines = NO_PICTURE.wrap(msg.get("pi.nopicture"), w - 2);
            double y = top + 8;
            for (String l : lines) {
                p.text(l, x + (w - NO_PICTURE.width(l)) / 2, y + NO_PICTURE.baseline(), NO_PICTURE.pt(), false, NO_PICTURE.rgb());
                y += NO_PICTURE.line();
            }
        }

        private void description(DrawnPdf.Page p, double x, double top) {
            double w = inner(DESCRIPTION);
            double y = top;
            if (!revision.isEmpty()) {
                TextStyle type = line.changedSinceRevision() ? REVISION_CHANGED : REVISION_NOTE;
                double h = type.height(revision) + 0.6;
                if (line.changedSinceRevision()) {
                    p.fillRect(x, y, w, h, 0xF5ECFA);
                }
                type.draw(p, revision, x + 0.8, y + 0.3);
                y += h + 0.5;
            }
            y = NAME.draw(p, name, x, y);
            for (int i = 0; i < attributes.size(); i++) {
                PiView.AttributeView a = line.attributes().get(i);
                TextStyle type = attributeType(a);
                List<String> lines = attributes.get(i);
                double h = type.height(lines) + 0.4;
                y += 0.3;
                if (a.differs()) {
                    p.fillRect(x, y, w, h, 0xFFD84D);
                }
                attribute(p, a, type, lines, x + 0.8, y + 0.2);
                y += h;
            }
            for (Framed n : notes) {
                y += 0.8;
                double h = n.height();
                p.fillRect(x, y, w, h, n.background());
                p.border(x, y, w, h, Framed.BORDER, n.frame(), false);
                NOTE.draw(p, n.lines(), x + Framed.BORDER + 1, y + Framed.BORDER + 0.5);
                y += h;
            }
        }

        /** "name: value", the name in grey where it starts the first line whole. */
        private void attribute(DrawnPdf.Page p, PiView.AttributeView a, TextStyle type, List<String> lines, double x, double top) {
            String prefix = a.name() + ":";
            String first = lines.get(0);
            if (first.startsWith(prefix)) {
                TextStyle grey = type.coloured(MUTED);
                grey.draw(p, List.of(prefix), x, top);
                String rest = first.substring(prefix.length());
                type.draw(p, List.of(rest), x + grey.width(prefix), top);
                type.draw(p, lines.subList(1, lines.size()), x, top + type.line());
            } else {
                type.draw(p, lines, x, top);
            }
        }

        private void decision(DrawnPdf.Page p, double x, double top) {
            if (!line.asked()) {
                CARRIED.draw(p, question, x, top);
                return;
            }
            double y = QUESTION.draw(p, question, x, top) + 0.8;
            String group = "signoff." + line.pointId();
            option(p, group, "confirm", confirm, x, y + 0.8);
            y += optionHeight(confirm);
            option(p, group, "change", change, x, y + 0.8);
            y += optionHeight(change);
            y = NOTE_LABEL.draw(p, noteLabel, x, y) + 1;
            double w = inner(8);
            p.fillRect(x, y, w, NOTE_FIELD, 0xFBFBFB);
            p.border(x, y, w, NOTE_FIELD, 0.25, 0x777777, false);
            p.noteField("note." + line.pointId(), x, y, w, NOTE_FIELD);
        }

        /** A radio button and its word, the word's first line with its capitals centred on the button. */
        private void option(DrawnPdf.Page p, String group, String value, List<String> word, double x, double top) {
            p.radio(group, value, x, top, RADIO, RADIO);
            double firstBaseline = top + RADIO / 2 + 0.36 * BODY.sizeMm();
            BODY.draw(p, word, x + RADIO + 1, firstBaseline - BODY.baseline());
        }
    }

    private static TextStyle attributeType(PiView.AttributeView a) {
        return a.differs() ? BOLD : BODY;
    }

    // ---------------------------------------------------------------- totals, words, bank and remarks

    /** Quantities, amount, cartons, volume and weights in a table at the right; never split. */
    private At totals(At at) {
        PiView.Totals t = view.totals();
        List<String[]> rows = new ArrayList<>();
        for (String q : t.quantities()) {
            rows.add(new String[] {msg.get("tot.quantity"), q});
        }
        rows.add(new String[] {msg.with("tot.amount", view.currency()), t.amount()});
        rows.add(new String[] {msg.get("tot.cartons"), t.cartons()});
        rows.add(new String[] {msg.get("tot.cbm"), t.cbm()});
        rows.add(new String[] {msg.get("tot.weights"), t.weights()});
        double w = 110;
        double labelColumn = 60;
        List<List<String>> labels = rows.stream().map(r -> BODY.wrap(r[0], labelColumn - 3)).toList();
        double h = labels.stream().mapToDouble(l -> BODY.height(l) + 1.6 + 0.2).sum();
        at = place(at, h);
        DrawnPdf.Page p = flow.page(at);
        double x = MARGIN + width - w;
        double y = at.y();
        for (int i = 0; i < rows.size(); i++) {
            double rowHeight = BODY.height(labels.get(i)) + 1.6 + 0.2;
            BODY.draw(p, labels.get(i), x + 1.5, y + 0.8);
            BOLD.drawRight(p, List.of(rows.get(i)[1]), x + w - 1.5, y + 0.8);
            p.fillRect(x, y + rowHeight - 0.2, w, 0.2, 0xBBBBBB);
            y += rowHeight;
        }
        return at.down(h);
    }

    /** "Amount in words: SAY …", the label in grey. */
    private At words(At at) {
        String label = msg.get("tot.words");
        List<String> lines = BOLD.wrap(label + " " + view.totals().words(), width);
        at = place(at, BOLD.height(lines));
        DrawnPdf.Page p = flow.page(at);
        if (lines.get(0).startsWith(label)) {
            BOLD.coloured(MUTED).draw(p, List.of(label), MARGIN, at.y());
            BOLD.draw(p, List.of(lines.get(0).substring(label.length())), MARGIN + BOLD.width(label), at.y());
            BOLD.draw(p, lines.subList(1, lines.size()), MARGIN, at.y() + BOLD.line());
        } else {
            BOLD.draw(p, lines, MARGIN, at.y());
        }
        return at.down(BOLD.height(lines));
    }

    /** Bank details left, numbered remarks right, each in a box; the two stay together. */
    private At bankAndRemarks(At at) {
        double column = width / 2;
        double boxWidth = column - 4;
        double inner = boxWidth - 2 * 0.3 - 6;
        List<String> remarks = new ArrayList<>();
        for (int i = 0; i < view.remarks().size(); i++) {
            remarks.add((i + 1) + ". " + view.remarks().get(i));
        }
        double bank = view.bank().isEmpty() ? 0 : boxHeight(BOLD.height(BOLD.wrap(msg.get("pi.bank"), inner)) + factsHeight(view.bank(), inner));
        List<List<String>> remarkLines = remarks.stream().map(r -> BODY.wrap(r, inner)).toList();
        double remark = remarks.isEmpty() ? 0
                : boxHeight(BOLD.height(BOLD.wrap(msg.get("pi.remarks"), inner)) + remarkLines.stream().mapToDouble(BODY::height).sum());
        double h = Math.max(bank, remark);
        if (h == 0) {
            return at;
        }
        at = place(at, h + 2);
        DrawnPdf.Page p = flow.page(at);
        double top = at.y() + 1;
        if (bank > 0) {
            box(p, MARGIN, top, boxWidth, bank);
            double y = BOLD.draw(p, BOLD.wrap(msg.get("pi.bank"), inner), MARGIN + 3.3, top + 2.3);
            facts(p, view.bank(), MARGIN + 3.3, y, inner, BODY);
        }
        if (remark > 0) {
            double x = MARGIN + column;
            box(p, x, top, boxWidth, remark);
            double y = BOLD.draw(p, BOLD.wrap(msg.get("pi.remarks"), inner), x + 3.3, top + 2.3);
            for (List<String> r : remarkLines) {
                y = BODY.draw(p, r, x + 3.3, y);
            }
        }
        return at.down(h + 2);
    }

    private static double factsHeight(List<PiView.Fact> facts, double w) {
        double k = labelColumn(facts, w);
        double h = 0;
        for (PiView.Fact f : facts) {
            h += Math.max(LABEL.height(LABEL.wrap(f.label(), k - 2)), BODY.height(BODY.wrap(f.value(), w - k - 2)));
        }
        return h;
    }

    private static double boxHeight(double content) {
        return content + 2 * 0.3 + 4;
    }

    private static void box(DrawnPdf.Page p, double x, double top, double w, double h) {
        p.border(x, top, w, h, 0.3, 0x333333, false);
    }
}
