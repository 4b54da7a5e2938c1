package io.countersign.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The dark heading row of a drawn document's decision table: each column's heading wrapped to its
 * column, white bold 7.5 pt on #1F2D3D, as the templates' {@code th} draws it. Repeated at the top
 * of every page the table runs onto.
 */
public record TableHeader(double[] widths, List<List<String>> lines, double height) {
    /** Padding inside a cell, as the templates' table cells have it. */
    public static final double CELL_PAD = 1.2;
    private static final TextStyle HEADING = new TextStyle(7.5, true, 0xFFFFFF);
    private static final int BACKGROUND = 0x1F2D3D;

    /** The headings measured for columns of {@code widths} (mm). */
    public static TableHeader of(List<String> headings, double[] widths) {
        List<List<String>> lines = new ArrayList<>();
        double tallest = 0;
        for (int i = 0; i < headings.size(); i++) {
            lines.add(HEADING.wrap(headings.get(i), widths[i] - 2 * CELL_PAD));
            tallest = Math.max(tallest, HEADING.height(lines.get(i)));
        }
        return new TableHeader(widths.clone(), List.copyOf(lines), tallest + 2 * CELL_PAD);
    }

    /**
     * Where the next table row, {@code rowHeight} high, goes: right at {@code at}, or — for the table's
     * first row, and for a row that does not fit this page — under this header, drawn where the flow
     * puts header and row together.
     */
    public PageFlow.At placeRow(PageFlow flow, PageFlow.At at, double rowHeight, boolean firstRow, double left, double width) {
        if (!firstRow && flow.fits(at, rowHeight)) {
            return at;
        }
        PageFlow.At here = flow.fit(at, height + rowHeight);
        draw(flow.page(here), left, here.y(), width);
        return here.down(height);
    }

    /** Draws the row with its left edge at {@code left} and its top at {@code top}, {@code width} wide. */
    public void draw(DrawnPdf.Page p, double left, double top, double width) {
        p.fillRect(left, top, width, height, BACKGROUND);
        double x = left;
        for (int i = 0; i < widths.length; i++) {
            HEADING.draw(p, lines.get(i), x + CELL_PAD, top + CELL_PAD);
            x += widths[i];
        }
    }
}
