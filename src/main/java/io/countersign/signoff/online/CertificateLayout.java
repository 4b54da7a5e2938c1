package io.countersign.signoff.online;

import io.countersign.render.TextWrap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lays the certificate out on pages of a given size: a heading block of label–value lines, then the
 * table of points, its header repeated on every page, rows kept whole unless one is taller than a
 * page (a very long note), then closing paragraphs. The result is one list of drawing steps per
 * page, so the footer can say "page x of y" once the count is known.
 */
final class CertificateLayout {
    static final double MARGIN = 15 * 72 / 25.4;
    private static final double TITLE = 15;
    private static final double BODY = 8.5;
    private static final double TABLE = 7.5;
    private static final double LEADING = 1.3;
    private static final double PAD = 2.5;
    private static final double FOOTER_ROOM = 18;
    static final int INK = 0x1A1A1A;
    static final int MUTED = 0x5F6368;
    private static final int TITLE_INK = 0x0D3A8C;
    private static final int RULE = 0xC5CCD6;
    private static final int HEADER_FILL = 0xE8EDF4;
    /** The leading columns that say which row it is (number, point), repeated when a row continues on a new page. */
    private static final int KEY_COLUMNS = 2;

    /** One table cell: paragraphs (each wrapped on its own), bold or not, in a colour. */
    record Cell(List<String> paragraphs, boolean bold, int rgb) {
        static Cell of(String text) {
            return new Cell(List.of(text), false, INK);
        }
    }

    /** A column: its share of the table's width. */
    record Column(String heading, double share) {
    }

    private final double width;
    private final double height;
    private final List<List<Consumer<PageWriter>>> pages = new ArrayList<>();
    private List<Consumer<PageWriter>> page;
    private double y;

    CertificateLayout(double widthPt, double heightPt) {
        this.width = widthPt;
        this.height = heightPt;
        newPage();
    }

    List<List<Consumer<PageWriter>>> pages() {
        return pages;
    }

    private double contentWidth() {
        return width - 2 * MARGIN;
    }

    private double bottom() {
        return height - MARGIN - FOOTER_ROOM;
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = MARGIN;
    }

    void title(String text) {
        String t = PageWriter.printable(text, true);
        double baseline = y + TITLE;
        page.add(w -> w.text(t, MARGIN, baseline, TITLE, true, TITLE_INK));
        y = baseline + TITLE * 0.6;
        double ruleY = y;
        page.add(w -> w.line(MARGIN, ruleY, width - MARGIN, ruleY, 0.8, TITLE_INK));
        y += TITLE * 0.6;
    }

    void paragraph(String text, double size, boolean bold, int rgb) {
        for (String line : wrap(text, contentWidth(), size, bold)) {
            ensure(size * LEADING);
            double baseline = y + size;
            page.add(w -> w.text(line, MARGIN, baseline, size, bold, rgb));
            y += size * LEADING;
        }
        y += size * 0.5;
    }

    void paragraph(String text) {
        paragraph(text, BODY, false, INK);
    }

    /** A paragraph in small muted text after a marker such as "[2]", wrapped lines indented under the text. */
    void hanging(String marker, String text, double size) {
        double indent = PageWriter.width(marker, size, false) + 4;
        String m = PageWriter.printable(marker, false);
        boolean first = true;
        for (String line : wrap(text, contentWidth() - indent, size, false)) {
            ensure(size * LEADING);
            double baseline = y + size;
            if (first) {
                page.add(w -> w.text(m, MARGIN, baseline, size, false, MUTED));
                first = false;
            }
            page.add(w -> w.text(line, MARGIN + indent, baseline, size, false, MUTED));
            y += size * LEADING;
        }
        y += size * 0.5;
    }

    void gap(double pt) {
        y += pt;
    }

    /** A label and its value, the value wrapped beside the label. */
    void field(String label, String value, boolean strong) {
        double labelWidth = Math.min(175, contentWidth() * 0.3);
        List<String> labelLines = wrap(label, labelWidth - 6, BODY, true);
        List<String> valueLines = wrap(value.isBlank() ? "—" : value, contentWidth() - labelWidth, BODY, strong);
        int n = Math.max(labelLines.size(), valueLines.size());
        for (int i = 0; i < n; i++) {
            ensure(BODY * LEADING);
            double baseline = y + BODY;
            if (i < labelLines.size()) {
                String l = labelLines.get(i);
                page.add(w -> w.text(l, MARGIN, baseline, BODY, true, MUTED));
            }
            if (i < valueLines.size()) {
                String v = valueLines.get(i);
                page.add(w -> w.text(v, MARGIN + labelWidth, baseline, BODY, strong, INK));
            }
            y += BODY * LEADING;
        }
        y += BODY * 0.25;
    }

    /** The table: header on every page it reaches, rows whole where they fit on a page. */
    void table(List<Column> columns, List<List<Cell>> rows) {
        double[] x = new double[columns.size() + 1];
        x[0] = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            x[i + 1] = x[i] + contentWidth() * columns.get(i).share();
        }
        List<List<String>> header = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            header.add(wrap(columns.get(i).heading(), x[i + 1] - x[i] - 2 * PAD, TABLE, true));
        }
        double headerHeight = rowHeight(header.stream().mapToInt(List::size).max().orElse(1));
        double lineHeight = TABLE * 1.25;
        ensure(headerHeight + rowHeight(2));
        header(x, header, headerHeight);
        for (List<Cell> row : rows) {
            List<List<String>> lines = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.get(i);
                cells.add(cell);
                List<String> cellLines = new ArrayList<>();
                for (String p : cell.paragraphs()) {
                    cellLines.addAll(wrap(p, x[i + 1] - x[i] - 2 * PAD, TABLE, cell.bold()));
                }
                lines.add(cellLines);
            }
            int total = lines.stream().mapToInt(List::size).max().orElse(1);
            int done = 0;
            while (done < total) {
                int room = (int) Math.floor((bottom() - y - 2 * PAD) / lineHeight);
                int roomOnFreshPage = (int) Math.floor((bottom() - MARGIN - headerHeight - 2 * PAD) / lineHeight);
                int left = total - done;
                boolean fresh = y == MARGIN + headerHeight;
                if (!fresh && left > room && (left <= roomOnFreshPage || room < 3)) {
                    // the row (or what is left of it) goes whole to the next page, under the header again
                    newPage();
                    header(x, header, headerHeight);
                    continue;
                }
                int take = Math.max(1, Math.min(left, room));
                drawRow(x, cells, lines, done, take, lineHeight);
                done += take;
            }
        }
    }

    private void header(double[] x, List<List<String>> header, double headerHeight) {
        double top = y;
        page.add(w -> w.fillRect(x[0], top, x[x.length - 1] - x[0], headerHeight, HEADER_FILL));
        for (int i = 0; i < header.size(); i++) {
            List<String> lines = header.get(i);
            double cx = x[i] + PAD;
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                double baseline = top + PAD + TABLE + l * TABLE * 1.25;
                page.add(w -> w.text(line, cx, baseline, TABLE, true, INK));
            }
        }
        y += headerHeight;
        double ruleY = y;
        page.add(w -> w.line(x[0], ruleY, x[x.length - 1], ruleY, 0.6, MUTED));
    }

    private void drawRow(double[] x, List<Cell> cells, List<List<String>> lines, int from, int count, double lineHeight) {
        double top = y;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            List<String> cellLines = lines.get(i);
            double cx = x[i] + PAD;
            // a row continued from the previous page names its point again
            int start = i < KEY_COLUMNS ? 0 : from;
            for (int l = start; l < Math.min(cellLines.size(), start + count); l++) {
                String line = cellLines.get(l);
                double baseline = top + PAD + TABLE + (l - start) * lineHeight;
                page.add(w -> w.text(line, cx, baseline, TABLE, cell.bold(), cell.rgb()));
            }
        }
        y += 2 * PAD + count * lineHeight;
        double ruleY = y;
        page.add(w -> w.line(x[0], ruleY, x[x.length - 1], ruleY, 0.4, RULE));
    }

    private static double rowHeight(int lines) {
        return 2 * PAD + lines * TABLE * 1.25;
    }

    /** Starts a new page when {@code needed} points do not fit on this one. */
    void ensure(double needed) {
        if (y + needed > bottom()) {
            newPage();
        }
    }

    /** The footer line of every page, given the page number and count. */
    void footers(java.util.function.BiFunction<Integer, Integer, String> footer) {
        for (int i = 0; i < pages.size(); i++) {
            String text = PageWriter.printable(footer.apply(i + 1, pages.size()), false);
            double baseline = height - MARGIN;
            double ruleY = baseline - 7 - 4;
            pages.get(i).add(w -> w.line(MARGIN, ruleY, width - MARGIN, ruleY, 0.4, RULE));
            pages.get(i).add(w -> w.text(text, MARGIN, baseline, 7, false, MUTED));
        }
    }

    private static List<String> wrap(String text, double widthPt, double size, boolean bold) {
        String printable = PageWriter.printable(text, bold);
        if (printable.isBlank()) {
            return List.of();
        }
        return TextWrap.lines(printable, widthPt, size, bold);
    }
}
