package io.countersign.render;

import java.nio.file.Path;

/**
 * A picture to place on a page: its file, its SHA-256 (the key that makes an image used twice
 * embedded once), and its EXIF orientation (1–8), applied when drawing so JPEG bytes stay untouched.
 */
public record PageImage(Path file, String sha256, int exifOrientation) {
}
