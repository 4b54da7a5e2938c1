package io.countersign.pi;

/** One ordered attribute of a style, e.g. {@code set = "5 pcs"}; the order of a style's attributes is kept as written. */
public record Attribute(String name, String value) {
}
