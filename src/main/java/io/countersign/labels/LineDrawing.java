package io.countersign.labels;

import java.nio.file.Path;

/** A product line drawing for the carton: a PDF (its first page is placed as vector art), PNG or JPEG; checked and hashed by the reader. */
public record LineDrawing(Path file, Format format, String sha256) {

    public enum Format { PDF, PNG, JPEG }
}
