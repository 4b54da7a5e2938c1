package io.countersign.render;

import java.util.List;

/**
 * A type size, weight and colour for a {@link DrawnPdf}, with the line box the templates' CSS gives
 * it (line-height 1.25, the baseline where the Latin face's ascent and descent, centred in the line,
 * put it), so drawn documents set text as the template-laid ones do.
 */
public record TextStyle(double pt, boolean bold, int rgb) {
    private static final double MM_PER_PT = 25.4 / 72;
    /** Liberation Sans ascent and descent, in em. */
    private static final double ASCENT = 0.905;
    private static final double DESCENT = 0.212;

    /** The same size and colour, bold. */
    public TextStyle bolder() {
        return new TextStyle(pt, true, rgb);
    }

    public TextStyle coloured(int newRgb) {
        return new TextStyle(pt, bold, newRgb);
    }

    public double sizeMm() {
        return pt * MM_PER_PT;
    }

    /** Height of one line box. */
    public double line() {
        return 1.25 * sizeMm();
    }

    /** From the top of a line box to the baseline. */
    public double baseline() {
        return (line() - (ASCENT + DESCENT) * sizeMm()) / 2 + ASCENT * sizeMm();
    }

    public double width(String text) {
        return DrawnPdf.width(text, pt, bold);
    }

    /** {@code text} in lines no wider than {@code widthMm} (see {@link TextWrap}). */
    public List<String> wrap(String text, double widthMm) {
        return TextWrap.lines(text, widthMm, sizeMm(), bold);
    }

    public double height(List<String> lines) {
        return lines.size() * line();
    }

    /** Draws the lines from {@code top} down; returns where the last line box ends. */
    public double draw(DrawnPdf.Page p, List<String> lines, double x, double top) {
        double y = top;
        for (String l : lines) {
            p.text(l, x, y + baseline(), pt, bold, rgb);
            y += line();
        }
        return y;
    }

    /** Draws the lines right-aligned to {@code right}; returns where the last line box ends. */
    public double drawRight(DrawnPdf.Page p, List<String> lines, double right, double top) {
        double y = top;
        for (String l : lines) {
            p.text(l, right - width(l), y + baseline(), pt, bold, rgb);
            y += line();
        }
        return y;
    }
}
