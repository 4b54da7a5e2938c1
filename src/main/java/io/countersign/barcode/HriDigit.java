package io.countersign.barcode;

/**
 * One human-readable digit under a symbol: centred on {@code centreX}, standing on
 * {@code baselineY}, at font size {@code size} (em height); all in millimetres, y down.
 */
public record HriDigit(char digit, double centreX, double baselineY, double size) {

    public String text() {
        return String.valueOf(digit);
    }
}
