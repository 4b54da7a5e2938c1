package io.countersign.barcode;

/** One dark bar of a symbol: a rectangle in millimetres, top-left corner at (x, y), y down. */
public record Bar(double x, double y, double width, double height) {
}
