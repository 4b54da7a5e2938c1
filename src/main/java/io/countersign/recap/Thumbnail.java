package io.countersign.recap;

import java.util.Objects;

/**
 * A small JPEG of one product picture, shown inline in the recap's HTML body.
 *
 * @see #contentId()
 */
public final class Thumbnail {
    private final String contentId;
    private final String fileName;
    private final byte[] jpeg;
    private final int width;
    private final int height;

    Thumbnail(String contentId, String fileName, byte[] jpeg, int width, int height) {
        this.contentId = Objects.requireNonNull(contentId, "contentId");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.jpeg = jpeg.clone();
        this.width = width;
        this.height = height;
    }

    /** The Content-ID without angle brackets, e.g. {@code thumb-0a1b2c3d4e5f6071@countersign.invalid}; the HTML says {@code cid:} and this. */
    public String contentId() {
        return contentId;
    }

    /** A file name for the inline part, e.g. {@code kb-5a.jpg}. */
    public String fileName() {
        return fileName;
    }

    /** The JPEG bytes; a copy. */
    public byte[] jpeg() {
        return jpeg.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
