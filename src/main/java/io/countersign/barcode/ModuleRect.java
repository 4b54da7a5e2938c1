package io.countersign.barcode;

/** A dark rectangle of a 2D symbol in module units: top-left module (x, y), size in modules. */
public record ModuleRect(int x, int y, int width, int height) {
}
