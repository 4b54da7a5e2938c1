package io.countersign.xlsx;

import io.countersign.signoff.SignOffPoint;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The points of a streamed workbook, kept in a temporary file until the identity sheet is written
 * after the last of them: its head comes before its point table, and the head's sheet hash is
 * known only at the end. Memory stays the same for ten points or a hundred thousand.
 */
final class PointSpool implements Closeable {
    private final Path file;
    private final DataOutputStream out;
    private DataInputStream in;
    private int count;

    PointSpool() {
        try {
            file = Files.createTempFile("countersign-points", ".bin");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(IdentitySheet.PlacedPoint placed) {
        SignOffPoint p = placed.point();
        try {
            string(p.id());
            string(p.label());
            string(p.sha256());
            out.writeInt(p.carriedFrom());
            out.writeInt(placed.row());
            string(placed.rowSha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    int size() {
        return count;
    }

    /** The points in the order added, read from the file as they are taken. Call once, after the last {@link #add}. */
    Iterator<IdentitySheet.PlacedPoint> read() {
        try {
            out.flush();
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Iterator<>() {
            private int left = count;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public IdentitySheet.PlacedPoint next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                left--;
                try {
                    SignOffPoint p = new SignOffPoint(string(in), string(in), string(in), in.readInt());
                    return new IdentitySheet.PlacedPoint(p, in.readInt(), string(in));
                } catch (EOFException e) {
                    throw new IllegalStateException("temporary point file " + file + " ended early", e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private void string(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // a read-only stream of a temporary file
        }
    }

    @Override
    public void close() {
        close(out);
        if (in != null) {
            close(in);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
