package io.countersign.render;

import java.awt.Shape;

/**
 * Artwork drawn as exact vector geometry (barcode bars and their human-readable digits, QR
 * modules, dimension callouts, handling symbols). Coordinates are millimetres from the top-left
 * corner of the art's box, y down. Each art becomes one form XObject per document, however often
 * a page shows it.
 */
public interface VectorArt {

    /** Art of the given size whose drawing is {@code drawing}. */
    static VectorArt of(double widthMm, double heightMm, java.util.function.Consumer<Canvas> drawing) {
        return new VectorArt() {
            @Override
            public double widthMm() {
                return widthMm;
            }

            @Override
            public double heightMm() {
                return heightMm;
            }

            @Override
            public void draw(Canvas canvas) {
                drawing.accept(canvas);
            }
        };
    }

    /** Black, as 0xRRGGBB. */
    int BLACK = 0x000000;

    /** Where a text stands relative to its x coordinate. */
    enum Align { LEFT, CENTRE, RIGHT }

    /**
     * How a text is drawn: alignment, weight and colour (0xRRGGBB). The bundled Latin face is used
     * for every character it has, the CJK face for the rest, as in the documents' CSS.
     */
    record TextStyle(Align align, boolean bold, int rgb) {
        public static final TextStyle CENTRED = new TextStyle(Align.CENTRE, false, BLACK);
    }

    /**
     * What art can draw. Shapes are in millimetres, y down, and keep their curves; colours are
     * 0xRRGGBB. Drawing happens in call order, except that consecutive black {@link #fillRect}s
     * become one path (a barcode is one fill of many rectangles).
     */
    interface Canvas {
        void fillRect(double xMm, double yMm, double widthMm, double heightMm);

        /** Horizontally centred black text in the regular Latin face (barcode digits). */
        void text(String text, double centreXMm, double baselineYMm, double sizeMm);

        void fill(Shape shapeMm, int rgb);

        /** Strokes the outline with round joins; open subpaths keep butt caps, so a line ends where it is drawn to. */
        void stroke(Shape shapeMm, double lineWidthMm, int rgb);

        void text(String text, double xMm, double baselineYMm, double sizeMm, TextStyle style);
    }

    double widthMm();

    double heightMm();

    void draw(Canvas canvas);
}
