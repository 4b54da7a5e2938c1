package io.countersign.render;

/** Descriptive metadata of a PDF: title, author (the issuing party), subject, language tag. */
public record PdfMetadata(String title, String author, String subject, String language) {
}
