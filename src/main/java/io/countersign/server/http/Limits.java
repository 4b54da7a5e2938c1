package io.countersign.server.http;

import java.util.Locale;

/**
 * How large a request may be, per endpoint. Checked against Content-Length before a byte is read, and
 * while reading for bodies sent without one.
 */
public record Limits(long piBytes, long pictureBytes, long batchBytes, long settlementBytes, long returnBytes) {

    /** A PI of 5 MB text with up to 60 MB of pictures (20 MB each); batches to 512 MB; returns to 100 MB as {@code check} reads them. */
    public static final Limits DEFAULTS = new Limits(65L << 20, 20L << 20, 512L << 20, 1L << 20, 100L << 20);

    static String describe(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
