package io.countersign.render;

/**
 * Artwork drawn as exact vector geometry (barcode bars and their human-readable digits, QR
 * modules). Coordinates are millimetres from the top-left corner of the art's box, y down.
 * Each art becomes one form XObject per document, however often a page shows it.
 */
public interface VectorArt {

    /** What art can draw: dark rectangles and horizontally centred text in the bundled Latin face. */
    interface Canvas {
        void fillRect(double xMm, double yMm, double widthMm, double heightMm);

        void text(String text, double centreXMm, double baselineYMm, double sizeMm);
    }

    double widthMm();

    double heightMm();

    void draw(Canvas canvas);
}
