package io.countersign.labels;

import io.countersign.render.DrawnPdf;
import io.countersign.render.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the UPC sticker approval sheet onto A4 pages with PDFBox: heading with both codes, the
 * instruction, the sticker at true size with its callouts, the scale bar and the print note, the
 * picture and facts, one decision row per element (Confirm / Change needed and a note), the
 * signature block, and on every page the footer with the identity and its QR code.
 *
 * <p>Why not the HTML template like the PI and the carton: this sheet's layout is fixed and every
 * variable part is known and measured here, yet laying it out through Thymeleaf and openhtmltopdf
 * (CSS cascade, box layout, painting) was over half of a sheet's render time, and a batch renders
 * thousands — 1,000 sheets took 25–31 s where the target is 10. Drawn directly it looks the same
 * and gets the same form fields, identity and metadata through {@link DrawnPdf}. The bundled
 * {@code templates/sticker.html} stays the layout a user's own copy ({@code --templates}) starts
 * from, and a sheet is laid out from that copy whenever one is given.
 */
final class StickerSheet {
    private static final double PAGE_WIDTH = 210;
    private static final double PAGE_HEIGHT = 297;
    private static final double LEFT = 9;
    private static final double TOP = 9;
    /** The content ends here; the footer lies below. */
    private static final double BOTTOM = PAGE_HEIGHT - 21;
    private static final double WIDTH = PAGE_WIDTH - 2 * LEFT;
    private static final double MM_PER_PT = 25.4 / 72;

    private static final int TEXT = 0x111111;
    private static final int MUTED = 0x555555;
    private static final int BLUE = 0x0B3D91;
    private static final int WHITE = 0xFFFFFF;

    private static final Type BODY = new Type(8.3, false, TEXT);
    private static final Type TITLE = new Type(14, true, TEXT);
    private static final Type CODE_LABEL = new Type(10, false, TEXT);
    private static final Type BUYER_CODE = new Type(12, true, BLUE);
    private static final Type CODE = new Type(12, true, TEXT);
    private static final Type INSTRUCTION = new Type(9, false, TEXT);
    private static final Type CAPTION = new Type(8.3, true, BLUE);
    private static final Type SCALE_CAPTION = new Type(7, false, MUTED);
    private static final Type PRINT_NOTE = new Type(7.5, false, TEXT);
    private static final Type NO_PICTURE = new Type(7, false, 0x777777);
    private static final Type FACT_LABEL = new Type(8.3, false, MUTED);
    private static final Type FACT_VALUE = new Type(8.3, true, TEXT);
    private static final Type HEADER = new Type(7.5, true, WHITE);
    private static final Type ROW_NO = new Type(12, true, TEXT);
    private static final Type ELEMENT = new Type(9, true, TEXT);
    private static final Type QUESTION = new Type(7.5, false, BLUE);
    private static final Type SHOWS = new Type(8.5, false, TEXT);
    private static final Type NOTE_LABEL = new Type(6.5, false, MUTED);
    private static final Type STATEMENT = new Type(8.3, true, 0x8A1C00);
    private static final Type FOOTER = new Type(7, false, 0x333333);
    private static final Type FOOTER_TITLE = new Type(7, true, 0x333333);
    private static final Type PAGE_NO = new Type(8, false, 0x333333);

    /** Gap between the drawing column and the picture and facts beside it. */
    private static final double COLUMN_GAP = 6;
    private static final double FACT_LABEL_WIDTH = 26;
    /** Decision table columns: number, element and question, (the rest) what the sheet shows, decision. */
    private static final double COL_NO = 9;
    private static final double COL_ELEMENT = 50;
    private static final double COL_DECISION = 60;
    private static final double CELL_PAD = 1.2;
    private static final double RULE = 0.3;
    private static final int RULE_COLOUR = 0x888888;
    private static final double RADIO = 4.8;
    private static final double NOTE_HEIGHT = 7;

    private final StickerView view;
    private final Messages msg;
    private final DrawnPdf pdf;

    private StickerSheet(StickerView view, Messages msg, DrawnPdf pdf) {
        this.view = view;
        this.msg = msg;
        this.pdf = pdf;
    }

    /** Draws the sheet of {@code view} into {@code pdf}: one page, or two when a large sticker pushes the rest over. */
    static void draw(StickerView view, Messages msg, DrawnPdf pdf) {
        new StickerSheet(view, msg, pdf).draw();
    }

    private void draw() {
        At at = heading(new At(0, TOP)).down(2);
        Block instruction = instruction();
        double column = Double.parseDouble(view.drawingColumnMm());
        double drawing = drawingPiece(column);
        // A sticker too tall to fit under the instruction keeps its place on the first page, right
        // under the heading; the instruction follows it, still before the rows it explains.
        boolean deferred = !fits(at.down(instruction.height() + 2), drawing) && fits(at, drawing);
        if (!deferred) {
            at = instruction.drawAt(fit(at, instruction.height())).down(2);
        }
        at = top(at, column);
        if (deferred) {
            at = instruction.drawAt(fit(at.down(2), instruction.height()));
        }
        at = decisions(at.down(2));
        signature(at.down(3));
        int pages = pdf.pages().size();
        for (DrawnPdf.Page p : pdf.pages()) {
            footer(p, pages);
        }
    }

    // ---------------------------------------------------------------- heading and instruction

    /**
     * The title left, "Your item code 100234 = our SKU KB-5A" right on the same baseline; below it when
     * both do not fit, on as many right-aligned lines as long codes need.
     */
    private At heading(At at) {
        DrawnPdf.Page p = page(at);
        double baseline = at.y() + TITLE.baseline();
        p.text(view.title(), LEFT, baseline, TITLE.pt(), true, TEXT);
        List<Piece> codes = List.of(new Piece(msg.get("sheet.buyerCode") + " ", CODE_LABEL), new Piece(view.buyerCode(), BUYER_CODE),
                new Piece(" = " + msg.get("sheet.sku") + " ", CODE_LABEL), new Piece(view.sku(), CODE));
        double beside = WIDTH - TITLE.width(view.title()) - 4;
        List<List<Piece>> lines = Piece.lines(codes, WIDTH);
        if (lines.size() == 1 && Piece.width(lines.get(0)) <= beside) {
            Piece.draw(p, lines.get(0), LEFT + WIDTH, baseline);
            return at.down(TITLE.line());
        }
        double y = at.y() + TITLE.line();
        for (List<Piece> line : lines) {
            Piece.draw(p, line, LEFT + WIDTH, y + CODE.baseline());
            y += CODE.line();
        }
        return new At(at.page(), y);
    }

    /** A run of text in one type, for a line that mixes types. */
    private record Piece(String text, Type type) {
        double width() {
            return type.width(text);
        }

        static double width(List<Piece> line) {
            return line.stream().mapToDouble(Piece::width).sum();
        }

        /** The pieces in lines no wider than {@code width}: broken at spaces, a piece too long for a line broken where it must. */
        static List<List<Piece>> lines(List<Piece> pieces, double width) {
            List<Piece> words = new ArrayList<>();
            for (Piece piece : pieces) {
                for (String word : piece.text().split("(?<= )")) {
                    for (String part : piece.type().width(word) <= width ? List.of(word) : piece.type().wrap(word, width)) {
                        words.add(new Piece(part, piece.type()));
                    }
                }
            }
            List<List<Piece>> lines = new ArrayList<>();
            List<Piece> line = new ArrayList<>();
            for (Piece w : words) {
                if (!line.isEmpty() && width(line) + new Piece(w.text().stripTrailing(), w.type()).width() > width) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                line.add(w);
            }
            lines.add(line);
            return lines;
        }

        /** Draws a line ending at {@code right}; a space at its end is left out. */
        static void draw(DrawnPdf.Page p, List<Piece> line, double right, double baseline) {
            List<Piece> trimmed = new ArrayList<>(line);
            Piece last = trimmed.remove(trimmed.size() - 1);
            trimmed.add(new Piece(last.text().stripTrailing(), last.type()));
            double x = right - width(trimmed);
            for (Piece piece : trimmed) {
                p.text(piece.text(), x, baseline, piece.type().pt(), piece.type().bold(), piece.type().rgb());
                x += piece.width();
            }
        }
    }

    /** The blue box: how many questions the sheet asks (bold), then how to answer them. */
    private Block instruction() {
        double border = 0.6;
        double inner = WIDTH - 2 * border - 6;
        Type bold = new Type(INSTRUCTION.pt(), true, TEXT);
        List<String> count = bold.wrap(msg.with("sheet.instruction.count", view.decisions().size(), view.buyerCode()), inner);
        List<String> how = INSTRUCTION.wrap(msg.get("sticker.instruction"), inner);
        double h = 2 * border + 4 + bold.height(count) + INSTRUCTION.height(how);
        return new Block(h, (p, top) -> {
            p.fillRect(LEFT, top, WIDTH, h, 0xEEF3FB);
            p.border(LEFT, top, WIDTH, h, border, BLUE, false);
            double y = bold.draw(p, count, LEFT + border + 3, top + border + 2);
            INSTRUCTION.draw(p, how, LEFT + border + 3, y);
        });
    }

    // ---------------------------------------------------------------- drawing, picture and facts

    /**
     * The drawing column (caption and sticker, then scale bar and print note) with the picture and
     * facts beside it, or — for a drawing too wide to leave room — below it, side by side. A piece
     * that does not fit the page moves to the next one; side-by-side columns start together.
     */
    private At top(At at, double column) {
        if (view.stacked()) {
            At drawn = drawingColumn(fit(at, drawingPiece(column)), column);
            double pictureColumn = pictureBox().width() + 3;
            List<FactRow> facts = factRows(WIDTH - pictureColumn - 3);
            At row = fit(drawn.down(1), Math.max(pictureBox().height(), facts.get(0).height()));
            return later(picture(row, LEFT), facts(row, LEFT + pictureColumn, facts));
        }
        at = fit(at, drawingPiece(column));
        double x = LEFT + column + COLUMN_GAP;
        double w = WIDTH - column - COLUMN_GAP;
        At info = picture(at, x).down(2);
        return later(drawingColumn(at, column), facts(info, x, factRows(w - 3)));
    }

    /** Caption and sticker drawing: the piece that must stay together. */
    private double drawingPiece(double column) {
        return CAPTION.height(CAPTION.wrap(msg.get("sticker.drawing"), column)) + 1 + Double.parseDouble(view.drawing().heightMm());
    }

    private At drawingColumn(At at, double column) {
        List<String> caption = CAPTION.wrap(msg.get("sticker.drawing"), column);
        double drawingHeight = Double.parseDouble(view.drawing().heightMm());
        at = fit(at, CAPTION.height(caption) + 1 + drawingHeight);
        DrawnPdf.Page p = page(at);
        double y = CAPTION.draw(p, caption, LEFT, at.y()) + 1;
        p.art(view.drawing().ref(), LEFT, y);
        at = new At(at.page(), y + drawingHeight);

        // scale bar and print note: the note explains the bar, so they stay together
        List<String> scaleCaption = SCALE_CAPTION.wrap(msg.get("sheet.scale"), column);
        double scaleHeight = Double.parseDouble(view.scaleBar().heightMm());
        double border = 0.4;
        List<String> note = PRINT_NOTE.wrap(msg.with("sheet.print", view.sizeText()), column - 2 * border - 4);
        double noteHeight = 2 * border + 2 + PRINT_NOTE.height(note);
        at = fit(at.down(1), SCALE_CAPTION.height(scaleCaption) + scaleHeight + 1 + noteHeight);
        p = page(at);
        y = SCALE_CAPTION.draw(p, scaleCaption, LEFT, at.y());
        p.art(view.scaleBar().ref(), LEFT, y);
        y += scaleHeight + 1;
        p.fillRect(LEFT, y, column, noteHeight, 0xFFF1E0);
        p.border(LEFT, y, column, noteHeight, border, 0xC25400, false);
        PRINT_NOTE.draw(p, note, LEFT + border + 2, y + border + 1);
        return new At(at.page(), y + noteHeight);
    }

    /** The product picture in its box, or a dashed box saying there is none. */
    private At picture(At at, double x) {
        Box box = pictureBox();
        at = fit(at, box.height());
        DrawnPdf.Page p = page(at);
        if (view.picture().present()) {
            p.image(view.picture().ref(), x, at.y(), box.width(), box.height());
        } else {
            p.border(x, at.y(), box.width(), box.height(), 0.3, 0x999999, true);
            List<String> lines = NO_PICTURE.wrap(msg.get("sheet.nopicture"), box.width() - 2);
            double y = at.y() + (box.height() - NO_PICTURE.height(lines)) / 2;
            for (String l : lines) {
                p.text(l, x + (box.width() - NO_PICTURE.width(l)) / 2, y + NO_PICTURE.baseline(), NO_PICTURE.pt(), false, NO_PICTURE.rgb());
                y += NO_PICTURE.line();
            }
        }
        return at.down(box.height());
    }

    private Box pictureBox() {
        return view.picture().present() ? new Box(Double.parseDouble(view.picture().widthMm()), Double.parseDouble(view.picture().heightMm()))
                : new Box(40, 20);
    }

    /** One fact: label and value wrapped to their columns of a table {@code width} wide. */
    private record FactRow(List<String> label, List<String> value, double width) {
        static final double PAD = 0.6;

        double height() {
            return 2 * PAD + Math.max(1, Math.max(label.size(), value.size())) * BODY.line();
        }
    }

    private List<FactRow> factRows(double w) {
        return view.facts().stream().map(f -> new FactRow(FACT_LABEL.wrap(f.label(), FACT_LABEL_WIDTH - 1.5),
                FACT_VALUE.wrap(f.value(), w - FACT_LABEL_WIDTH - 1.5), w)).toList();
    }

    /** Label and value per row, a hairline under each; a row never splits over two pages. */
    private At facts(At at, double x, List<FactRow> rows) {
        for (FactRow r : rows) {
            double h = r.height();
            at = fit(at, h);
            DrawnPdf.Page p = page(at);
            FACT_LABEL.draw(p, r.label(), x, at.y() + FactRow.PAD);
            FACT_VALUE.draw(p, r.value(), x + FACT_LABEL_WIDTH, at.y() + FactRow.PAD);
            p.fillRect(x, at.y() + h - 0.2, r.width(), 0.2, 0xCCCCCC);
            at = at.down(h);
        }
        return at;
    }

    // ---------------------------------------------------------------- decisions

    /** The header row, then one row per element; a row that does not fit goes to the next page under a repeated header. */
    private At decisions(At at) {
        double shows = WIDTH - COL_NO - COL_ELEMENT - COL_DECISION;
        double[] widths = {COL_NO, COL_ELEMENT, shows, COL_DECISION};
        String[] heads = {msg.get("col.no"), msg.get("sheet.col.element"), msg.get("sheet.col.shows"), msg.get("sheet.col.decision")};
        List<List<String>> headLines = new ArrayList<>();
        double headHeight = 0;
        for (int i = 0; i < heads.length; i++) {
            headLines.add(HEADER.wrap(heads[i], widths[i] - 2 * CELL_PAD));
            headHeight = Math.max(headHeight, HEADER.height(headLines.get(i)));
        }
        headHeight += 2 * CELL_PAD;

        boolean headed = false;
        for (SheetView.Decision d : view.decisions()) {
            Row row = row(d, widths);
            if (!headed || !fits(at, row.height())) {
                at = fit(at, headHeight + row.height());
                header(page(at), at.y(), widths, headLines, headHeight);
                at = at.down(headHeight);
                headed = true;
            }
            row.draw(page(at), at.y());
            at = at.down(row.height());
        }
        return at;
    }

    private void header(DrawnPdf.Page p, double top, double[] widths, List<List<String>> lines, double h) {
        p.fillRect(LEFT, top, WIDTH, h, 0x1F2D3D);
        double x = LEFT;
        for (int i = 0; i < widths.length; i++) {
            HEADER.draw(p, lines.get(i), x + CELL_PAD, top + CELL_PAD);
            x += widths[i];
        }
    }

    private Row row(SheetView.Decision d, double[] widths) {
        List<String> element = ELEMENT.wrap(d.element(), widths[1] - 2 * CELL_PAD - RULE);
        List<String> question = QUESTION.wrap(d.question(), widths[1] - 2 * CELL_PAD - RULE);
        List<String> shows = SHOWS.wrap(d.shows(), widths[2] - 2 * CELL_PAD - RULE);
        Options options = new Options(widths[3] - 2 * CELL_PAD - RULE);
        List<String> noteLabel = NOTE_LABEL.wrap(msg.get("decide.note"), widths[3] - 2 * CELL_PAD - RULE);
        double decide = options.height() + 0.8 + NOTE_LABEL.height(noteLabel) + 1 + NOTE_HEIGHT;
        double content = Math.max(Math.max(ROW_NO.line(), ELEMENT.height(element) + 0.8 + QUESTION.height(question)),
                Math.max(SHOWS.height(shows), decide));
        return new Row(d, widths, element, question, shows, options, noteLabel, content + 2 * CELL_PAD + RULE);
    }

    /** Confirm and Change needed, each a radio button and its word; on two lines when one is too narrow. */
    private final class Options {
        final String confirm = msg.get("decide.confirm");
        final String change = msg.get("decide.change");
        final boolean twoLines;

        Options(double width) {
            double one = RADIO + 1 + BODY.width(confirm) + 3 + RADIO + 1 + BODY.width(change);
            twoLines = one > width;
        }

        double height() {
            return twoLines ? 2 * RADIO + 0.8 : RADIO;
        }

        void draw(DrawnPdf.Page p, String pointId, double x, double top) {
            String group = "signoff." + pointId;
            double second = option(p, group, "confirm", confirm, x, top);
            if (twoLines) {
                option(p, group, "change", change, x, top + RADIO + 0.8);
            } else {
                option(p, group, "change", change, second + 3, top);
            }
        }

        /** The button and its word; returns where the word ends. */
        private double option(DrawnPdf.Page p, String group, String value, String word, double x, double top) {
            p.radio(group, value, x, top, RADIO, RADIO);
            // the word's capitals centred on the button
            double baseline = top + RADIO / 2 + 0.36 * BODY.sizeMm();
            p.text(word, x + RADIO + 1, baseline, BODY.pt(), false, TEXT);
            return x + RADIO + 1 + BODY.width(word);
        }
    }

    private final class Row {
        private final SheetView.Decision d;
        private final double[] widths;
        private final List<String> element;
        private final List<String> question;
        private final List<String> shows;
        private final Options options;
        private final List<String> noteLabel;
        private final double height;

        Row(SheetView.Decision d, double[] widths, List<String> element, List<String> question, List<String> shows, Options options,
            List<String> noteLabel, double height) {
            this.d = d;
            this.widths = widths;
            this.element = element;
            this.question = question;
            this.shows = shows;
            this.options = options;
            this.noteLabel = noteLabel;
            this.height = height;
        }

        double height() {
            return height;
        }

        void draw(DrawnPdf.Page p, double top) {
            double x0 = LEFT;
            double x1 = x0 + widths[0];
            double x2 = x1 + widths[1];
            double x3 = x2 + widths[2];
            double right = LEFT + WIDTH;
            double bottom = top + height;
            p.fillRect(x3, top, right - RULE - x3, height - RULE, 0xF4F7FB);
            // cell rules: the table's left edge, each cell's right edge and bottom
            p.fillRect(x0, top, RULE, height, RULE_COLOUR);
            for (double x : new double[] {x1, x2, x3, right}) {
                p.fillRect(x - RULE, top, RULE, height, RULE_COLOUR);
            }
            p.fillRect(x0, bottom - RULE, WIDTH, RULE, RULE_COLOUR);

            double y = top + CELL_PAD;
            String no = Integer.toString(d.no());
            p.text(no, x0 + RULE / 2 + (widths[0] - ROW_NO.width(no)) / 2, y + ROW_NO.baseline(), ROW_NO.pt(), true, TEXT);
            double q = ELEMENT.draw(p, element, x1 + CELL_PAD, y) + 0.8;
            QUESTION.draw(p, question, x1 + CELL_PAD, q);
            SHOWS.draw(p, shows, x2 + CELL_PAD, y);

            double x = x3 + CELL_PAD;
            double w = widths[3] - 2 * CELL_PAD - RULE;
            options.draw(p, d.pointId(), x, y);
            double n = NOTE_LABEL.draw(p, noteLabel, x, y + options.height() + 0.8) + 1;
            p.fillRect(x, n, w, NOTE_HEIGHT, 0xFBFBFB);
            p.border(x, n, w, NOTE_HEIGHT, 0.25, 0x777777, false);
            p.noteField("note." + d.pointId(), x, n, w, NOTE_HEIGHT);
        }
    }

    // ---------------------------------------------------------------- signature and footer

    /** Heading, the statement of what signing confirms, and name, title, date and signature fields; never split. */
    private void signature(At at) {
        double border = 0.3;
        double inner = WIDTH - 2 * border - 6;
        Type heading = new Type(BODY.pt(), true, TEXT);
        List<String> head = heading.wrap(msg.get("sign.heading"), inner);
        List<String> statement = STATEMENT.wrap(msg.with("sheet.sign.statement", view.decisions().size()), inner);
        double[] shares = {0.25, 0.20, 0.15, 0.40};
        String[] fields = {"signer.name", "signer.title", "signer.date", "signer.signature"};
        List<List<String>> labels = new ArrayList<>();
        String[] keys = {"sign.name", "sign.title", "sign.date", "sign.signature"};
        for (int i = 0; i < 4; i++) {
            labels.add(FACT_LABEL.wrap(msg.get(keys[i]), inner * shares[i] - 3));
        }
        double signatureBox = 18 + 2 * border;
        double textField = 6 + border;
        // each label stands right above its field, the fields on one bottom line
        double cells = 1 + Math.max(FACT_LABEL.height(labels.get(3)) + signatureBox,
                labels.subList(0, 3).stream().mapToDouble(l -> FACT_LABEL.height(l) + textField).max().orElse(0)) + 1;
        double h = 2 * border + 4 + heading.height(head) + STATEMENT.height(statement) + cells;
        at = fit(at, h);
        DrawnPdf.Page p = page(at);
        p.border(LEFT, at.y(), WIDTH, h, border, 0x333333, false);
        double x = LEFT + border + 3;
        double y = heading.draw(p, head, x, at.y() + border + 2);
        STATEMENT.draw(p, statement, x, y);
        double bottom = at.y() + h - border - 2 - 1;
        for (int i = 0; i < 4; i++) {
            double w = inner * shares[i] - 3;
            boolean sig = i == 3;
            double fieldHeight = sig ? signatureBox : textField;
            double fieldTop = bottom - fieldHeight;
            FACT_LABEL.draw(p, labels.get(i), x, fieldTop - FACT_LABEL.height(labels.get(i)));
            if (sig) {
                p.fillRect(x, fieldTop, w, fieldHeight, 0xFBFBFB);
                p.border(x, fieldTop, w, fieldHeight, border, TEXT, false);
                p.signatureField(fields[i], x, fieldTop, w, fieldHeight);
            } else {
                p.fillRect(x, bottom - border, w, border, TEXT);
                p.textField(fields[i], x, fieldTop, w, fieldHeight);
            }
            x += inner * shares[i];
        }
    }

    /** The QR code of the identity, the title, id, revision and hash, the hint, and "Page n of m". */
    private void footer(DrawnPdf.Page p, int pages) {
        double top = BOTTOM;
        SheetView.Footer f = view.footer();
        p.art(f.qrRef(), LEFT, top);
        String pageNo = msg.get("doc.page") + " " + p.number() + " " + msg.get("doc.of") + " " + pages;
        p.text(pageNo, LEFT + WIDTH - PAGE_NO.width(pageNo), top + 5 + PAGE_NO.baseline(), PAGE_NO.pt(), false, PAGE_NO.rgb());
        double x = LEFT + SheetParts.QR_MM + 3;
        double w = WIDTH - (x - LEFT) - 42;
        String id = msg.get("doc.id") + " " + f.identity().documentId() + " · " + msg.get("doc.revision") + " "
                + f.identity().revision() + " · " + msg.get("doc.hash") + " " + f.identity().shortHash();
        double y = FOOTER_TITLE.draw(p, FOOTER_TITLE.wrap(f.title(), w), x, top + 2);
        y = FOOTER.draw(p, FOOTER.wrap(id, w), x, y);
        new Type(FOOTER.pt(), false, MUTED).draw(p, FOOTER.wrap(msg.get("doc.footer.hint"), w), x, y);
    }

    // ---------------------------------------------------------------- pages

    /** A place on the sheet: page index and millimetres from the page's top. */
    private record At(int page, double y) {
        At down(double mm) {
            return new At(page, y + mm);
        }
    }

    private record Box(double width, double height) {
    }

    /** A block of known height, drawn where the flow puts it. */
    private final class Block {
        private final double height;
        private final java.util.function.BiConsumer<DrawnPdf.Page, Double> drawer;

        Block(double height, java.util.function.BiConsumer<DrawnPdf.Page, Double> drawer) {
            this.height = height;
            this.drawer = drawer;
        }

        double height() {
            return height;
        }

        At drawAt(At at) {
            drawer.accept(page(at), at.y());
            return at.down(height);
        }
    }

    private static boolean fits(At at, double h) {
        return at.y() + h <= BOTTOM;
    }

    /** Where a block {@code h} high goes: here, or at the top of the next page when it does not fit (unless it is at the top already). */
    private static At fit(At at, double h) {
        return fits(at, h) || at.y() <= TOP ? at : new At(at.page() + 1, TOP);
    }

    private static At later(At a, At b) {
        return a.page() != b.page() ? (a.page() > b.page() ? a : b) : (a.y() >= b.y() ? a : b);
    }

    private DrawnPdf.Page page(At at) {
        while (pdf.pages().size() <= at.page()) {
            pdf.addPage(PAGE_WIDTH, PAGE_HEIGHT);
        }
        return pdf.pages().get(at.page());
    }

    /**
     * A type size, weight and colour, with the line box the template's CSS gives it (line-height
     * 1.25, the baseline where the Latin face's ascent and descent, centred in the line, put it).
     */
    private record Type(double pt, boolean bold, int rgb) {
        /** Liberation Sans ascent and descent, in em. */
        private static final double ASCENT = 0.905;
        private static final double DESCENT = 0.212;

        double sizeMm() {
            return pt * MM_PER_PT;
        }

        double line() {
            return 1.25 * sizeMm();
        }

        /** From the top of a line box to the baseline. */
        double baseline() {
            return (line() - (ASCENT + DESCENT) * sizeMm()) / 2 + ASCENT * sizeMm();
        }

        double width(String text) {
            return DrawnPdf.width(text, pt, bold);
        }

        List<String> wrap(String text, double widthMm) {
            return TextWrap.lines(text, widthMm, sizeMm(), bold);
        }

        double height(List<String> lines) {
            return lines.size() * line();
        }

        /** Draws the lines from {@code top} down; returns where the last line box ends. */
        double draw(DrawnPdf.Page p, List<String> lines, double x, double top) {
            double y = top;
            for (String l : lines) {
                p.text(l, x, y + baseline(), pt, bold, rgb);
                y += line();
            }
            return y;
        }
    }
}
