package io.countersign.server.http;

import io.countersign.server.store.ContentStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a stored file: its SHA-256 is its ETag (stored files never change), so {@code If-None-Match}
 * answers 304; one byte range ({@code Range: bytes=a-b}, {@code a-}, {@code -n}) answers 206, a range
 * past the end 416; {@code If-Range} with another ETag gets the whole file. Several ranges in one
 * request get the whole file, as RFC 9110 allows.
 */
final class FileResponses {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private FileResponses() {
    }

    /** A byte range, both ends included. */
    record Range(long first, long last) {
        long length() {
            return last - first + 1;
        }
    }

    static void send(Context ctx, ContentStore store, String sha256, long size, String contentType, String fileName, boolean head) {
        String etag = "\"" + sha256 + "\"";
        ctx.header("ETag", etag);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "private, no-cache");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"");
        ctx.disableCompression();
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        Optional<Range> range = Optional.empty();
        String ifRange = ctx.header("If-Range");
        if (ctx.header("Range") != null && (ifRange == null || ifRange.trim().equals(etag))) {
            range = range(ctx.header("Range"), size);
            if (range.isPresent() && range.get().first() >= size) {
                ctx.header("Content-Range", "bytes */" + size);
                throw new ProblemException(ApiProblem.plain(416, "Range Not Satisfiable", "the file has " + size + " bytes; asked for "
                        + ctx.header("Range")));
            }
        }
        ctx.contentType(contentType);
        long length = range.map(Range::length).orElse(size);
        ctx.header("Content-Length", Long.toString(length));
        range.ifPresent(r -> {
            ctx.status(206);
            ctx.header("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + size);
        });
        if (head) {
            return;
        }
        try {
            FileChannel ch = FileChannel.open(store.path(sha256), StandardOpenOption.READ);
            long first = range.map(Range::first).orElse(0L);
            ch.position(first);
            InputStream in = new BoundedInputStream(Channels.newInputStream(ch), length);
            ctx.result(in);
        } catch (IOException e) {
            throw new io.countersign.CountersignException("stored file " + sha256 + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The single range asked for, clipped to the file; empty for a header we ignore (several ranges, other units). */
    static Optional<Range> range(String header, long size) {
        Matcher m = RANGE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) {
                    return Optional.of(new Range(size, size)); // unsatisfiable
                }
                return Optional.of(new Range(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (last < first) {
                return first >= size ? Optional.of(new Range(first, first)) : Optional.empty();
            }
            return Optional.of(new Range(first, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** At most {@code remaining} bytes of {@code in}; closes it. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
