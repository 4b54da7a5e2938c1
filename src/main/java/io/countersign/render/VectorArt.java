package io.countersign.render;

/**
 * Artwork made of filled rectangles (barcode bars, QR modules), drawn as vector paths at exact
 * geometry. Coordinates are millimetres from the top-left corner of the art's box, y down.
 */
public interface VectorArt {

    /** Receives the dark rectangles of the art. */
    @FunctionalInterface
    interface RectangleSink {
        void fill(double xMm, double yMm, double widthMm, double heightMm);
    }

    double widthMm();

    double heightMm();

    void draw(RectangleSink sink);
}
