package io.countersign.barcode;

/**
 * The two drawing operations a symbol needs, so any backend (PDF, Java2D, SVG) can draw it.
 * Coordinates are millimetres with y growing downwards; a backend with y up (PDF) flips them.
 */
public interface VectorCanvas {

    /** Fills a dark rectangle whose top-left corner is at (x, y). */
    void fillRect(double x, double y, double width, double height);

    /**
     * Draws {@code text} horizontally centred on {@code centreX} with its baseline at
     * {@code baselineY}; {@code size} is the font size (em height) in millimetres.
     */
    void text(String text, double centreX, double baselineY, double size);
}
