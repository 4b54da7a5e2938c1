package io.countersign.labels;

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
    private static final double BOTTOM = PAGE_HEIGHT - DrawnBlocks.FOOTER_MM;
    private static final double WIDTH = PAGE_WIDTH - 2 * LEFT;

    private static final int TEXT = 0x111111;
    private static final int MUTED = 0x555555;
    private static final int BLUE = 0x0B3D91;

    private static final TextStyle BODY = new TextStyle(8.3, false, TEXT);
    private static final TextStyle TITLE = new TextStyle(14, true, TEXT);
    private static final TextStyle CODE_LABEL = new TextStyle(10, false, TEXT);
    private static final TextStyle BUYER_CODE = new TextStyle(12, true, BLUE);
    private static final TextStyle CODE = new TextStyle(12, true, TEXT);
    private static final TextStyle INSTRUCTION = new TextStyle(9, false, TEXT);
    private static final TextStyle CAPTION = new TextStyle(8.3, true, BLUE);
    private static final TextStyle SCALE_CAPTION = new TextStyle(7, false, MUTED);
    private static final TextStyle PRINT_NOTE = new TextStyle(7.5, false, TEXT);
    private static final TextStyle NO_PICTURE = new TextStyle(7, false, 0x777777);
    private static final TextStyle FACT_LABEL = new TextStyle(8.3, false, MUTED);
    private static final TextStyle FACT_VALUE = new TextStyle(8.3, true, TEXT);
    private static final TextStyle ROW_NO = new TextStyle(12, true, TEXT);
    private static final TextStyle ELEMENT = new TextStyle(9, true, TEXT);
    private static final TextStyle QUESTION = new TextStyle(7.5, false, BLUE);
    private static final TextStyle SHOWS = new TextStyle(8.5, false, TEXT);
    private static final TextStyle NOTE_LABEL = new TextStyle(6.5, false, MUTED);

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
    private final PageFlow flow;

    private StickerSheet(StickerView view, Messages msg, DrawnPdf pdf) {
        this.view = view;
        this.msg = msg;
        this.pdf = pdf;
        this.flow = new PageFlow(pdf, PAGE_WIDTH, PAGE_HEIGHT, TOP, BOTTOM);
    }

    /** Draws the sheet of {@code view} into {@code pdf}: one page, or two when a large sticker pushes the rest over. */
    static void draw(StickerView view, Messages msg, DrawnPdf pdf) {
        new StickerSheet(view, msg, pdf).draw();
    }

    private void draw() {
        At at = heading(flow.start()).down(2);
        Block instruction = instruction();
        double column = Double.parseDouble(view.drawingColumnMm());
        double drawing = drawingPiece(column);
        // A sticker too tall to fit under the instruction keeps its place on the first page, right
        // under the heading; the instruction follows it, still before the rows it explains.
        boolean deferred = !flow.fits(at.down(instruction.height() + 2), drawing) && flow.fits(at, drawing);
        if (!deferred) {
            at = instruction.drawAt(flow.fit(at, instruction.height())).down(2);
        }
        at = top(at, column);
        if (deferred) {
            at = instruction.drawAt(flow.fit(at.down(2), instruction.height()));
        }
        at = decisions(at.down(2));
        DrawnBlocks.signature(flow, at.down(3), msg, msg.with("sheet.sign.statement", view.decisions().size()), LEFT, WIDTH);
        int pages = pdf.pages().size();
        SheetView.Footer f = view.footer();
        for (DrawnPdf.Page p : pdf.pages()) {
            DrawnBlocks.footer(p, pages, msg, f.identity(), f.qrRef(), f.title(), LEFT, WIDTH, BOTTOM);
        }
    }

    // ---------------------------------------------------------------- heading and instruction

    /**
     * The title left, "Your item code 100234 = our SKU KB-5A" right on the same baseline; below it when
     * both do not fit, on as many right-aligned lines as long codes need.
     */
    private At heading(At at) {
        DrawnPdf.Page p = flow.page(at);
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
    private record Piece(String text, TextStyle type) {
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
        TextStyle bold = new TextStyle(INSTRUCTION.pt(), true, TEXT);
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
            At drawn = drawingColumn(flow.fit(at, drawingPiece(column)), column);
            double pictureColumn = pictureBox().width() + 3;
            List<FactRow> facts = factRows(WIDTH - pictureColumn - 3);
            At row = flow.fit(drawn.down(1), Math.max(pictureBox().height(), facts.get(0).height()));
            return At.later(picture(row, LEFT), facts(row, LEFT + pictureColumn, facts));
        }
        at = flow.fit(at, drawingPiece(column));
        double x = LEFT + column + COLUMN_GAP;
        double w = WIDTH - column - COLUMN_GAP;
        At info = picture(at, x).down(2);
        return At.later(drawingColumn(at, column), facts(info, x, factRows(w - 3)));
    }

    /** Caption and sticker drawing: the piece that must stay together. */
    private double drawingPiece(double column) {
        return CAPTION.height(CAPTION.wrap(msg.get("sticker.drawing"), column)) + 1 + Double.parseDouble(view.drawing().heightMm());
    }

    private At drawingColumn(At at, double column) {
        List<String> caption = CAPTION.wrap(msg.get("sticker.drawing"), column);
        double drawingHeight = Double.parseDouble(view.drawing().heightMm());
        at = flow.fit(at, CAPTION.height(caption) + 1 + drawingHeight);
        DrawnPdf.Page p = flow.page(at);
        double y = CAPTION.draw(p, caption, LEFT, at.y()) + 1;
        p.art(view.drawing().ref(), LEFT, y);
        at = new At(at.page(), y + drawingHeight);

        // scale bar and print note: the note explains the bar, so they stay together
        List<String> scaleCaption = SCALE_CAPTION.wrap(msg.get("sheet.scale"), column);
        double scaleHeight = Double.parseDouble(view.scaleBar().heightMm());
        double border = 0.4;
        List<String> note = PRINT_NOTE.wrap(msg.with("sheet.print", view.sizeText()), column - 2 * border - 4);
        double noteHeight = 2 * border + 2 + PRINT_NOTE.height(note);
        at = flow.fit(at.down(1), SCALE_CAPTION.height(scaleCaption) + scaleHeight + 1 + noteHeight);
        p = flow.page(at);
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
        at = flow.fit(at, box.height());
        DrawnPdf.Page p = flow.page(at);
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
            at = flow.fit(at, h);
            DrawnPdf.Page p = flow.page(at);
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
        TableHeader header = TableHeader.of(List.of(msg.get("col.no"), msg.get("sheet.col.element"), msg.get("sheet.col.shows"),
                msg.get("sheet.col.decision")), widths);
        boolean first = true;
        for (SheetView.Decision d : view.decisions()) {
            Row row = row(d, widths);
            at = header.placeRow(flow, at, row.height(), first, LEFT, WIDTH);
            first = false;
            row.draw(flow.page(at), at.y());
            at = at.down(row.height());
        }
        return at;
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

    // ---------------------------------------------------------------- pages

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
            drawer.accept(flow.page(at), at.y());
            return at.down(height);
        }
    }
}
