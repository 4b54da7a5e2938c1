package io.countersign.pi;

import java.nio.file.Path;

/**
 * A validated product picture: the file the renderers read (inside the input's folder; for a PI
 * posted to the server, its place in the content store), its format and its pixel size as stored
 * and as shown (EXIF orientation applied), and the SHA-256 of its bytes.
 */
public record ProductImage(Path file, Format format, int pixelWidth, int pixelHeight, int exifOrientation, String sha256) {

    public enum Format { JPEG, PNG }

    /** True when the picture must be turned by 90° or 270° to show upright, so width and height swap. */
    public boolean rotatesQuarter() {
        return exifOrientation >= 5 && exifOrientation <= 8;
    }
}
