package io.countersign.labels;

import java.util.List;

/**
 * The two approval sheets and the elements the buyer decides on each, one sign-off point per
 * SKU × element; point ids are {@code <sku>_<element>} with the SKU made safe for field names.
 */
public enum SheetKind {
    /** The UPC sticker of the selling unit ({@code countersign labels}). */
    STICKER("sticker", List.of("text", "barcode", "size")),
    /** The outer carton's artwork ({@code countersign cartons}). */
    CARTON("carton", List.of("drawing", "mainmark", "sidemark", "itf14", "colours"));

    private final String kind;
    private final List<String> elements;

    SheetKind(String kind, List<String> elements) {
        this.kind = kind;
        this.elements = elements;
    }

    /** The document kind in the identity. */
    public String kind() {
        return kind;
    }

    /** The elements of the sheet, in the order they are shown and decided. */
    public List<String> elements() {
        return elements;
    }
}
