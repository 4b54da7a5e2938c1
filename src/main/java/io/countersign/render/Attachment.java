package io.countersign.render;

/** A file attached to a PDF besides its identity, e.g. the canonical input a later revision is compared with. */
public record Attachment(String name, String description, String mimeType, byte[] bytes) {
}
