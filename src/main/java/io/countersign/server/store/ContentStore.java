package io.countersign.server.store;

import io.countersign.core.CountingOutputStream;
import io.countersign.CountersignException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Bytes named by their SHA-256 under {@code root}: {@code ab/cd/abcd…}. Each is written to a temp
 * file in {@code root/tmp}, flushed to disk and renamed into place, so a reader (or a restart after a
 * crash) sees the whole content or nothing; the same content stored twice is kept once. Stored files
 * never change, which is what lets the registry refer to them by hash alone.
 */
public final class ContentStore {
    private static final HexFormat HEX = HexFormat.of();

    private final Path root;
    private final Path tmp;

    public ContentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
            // Temp files of a process that died mid-write are never renamed into place.
            try (Stream<Path> leftovers = Files.list(tmp)) {
                for (Path p : leftovers.toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new CountersignException("cannot use " + this.root + " for the document store: " + e.getMessage(), e);
        }
    }

    public Blob put(byte[] bytes) {
        return put(out -> out.write(bytes));
    }

    /** Stores what {@code writer} writes. */
    public Blob put(Writer writer) {
        Path part = null;
        try {
            part = Files.createTempFile(tmp, "put", ".part");
            MessageDigest md = sha256();
            long size;
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE);
                 CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(java.nio.channels.Channels.newOutputStream(ch), md))) {
                writer.write(counted);
                counted.flush();
                ch.force(true);
                size = counted.count();
            }
            String sha = HEX.formatHex(md.digest());
            moveIntoPlace(part, sha);
            return new Blob(sha, size);
        } catch (IOException e) {
            throw new CountersignException("cannot write to the document store: " + e.getMessage(), e);
        } finally {
            deleteQuietly(part); // gone after the rename; still there when the content was stored already or writing failed
        }
    }

    /** Stores the content of {@code file} (left in place), read in pieces: batch PDFs run to hundreds of megabytes. */
    public Blob putFile(Path file) {
        return put(out -> Files.copy(file, out));
    }

    /** Stores {@code in} up to {@code maxBytes}; beyond it nothing is kept and {@link TooLargeException} is thrown. */
    public Blob put(InputStream in, long maxBytes) {
        return put(out -> {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        });
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** The stored file, for reading (never for writing). */
    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public Optional<Blob> find(String sha256) {
        try {
            return Optional.of(new Blob(sha256, Files.size(path(sha256))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new CountersignException("cannot read the document store: " + e.getMessage(), e);
        }
    }

    public byte[] read(String sha256) {
        try {
            return Files.readAllBytes(path(sha256));
        } catch (IOException e) {
            throw new CountersignException("stored content " + sha256 + " cannot be read: " + e.getMessage(), e);
        }
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    private void moveIntoPlace(Path part, String sha) throws IOException {
        Path target = path(sha);
        if (Files.isRegularFile(target)) {
            return; // already stored: same name, same bytes
        }
        Files.createDirectories(target.getParent());
        part.toFile().setReadOnly();
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another request stored the same content a moment ago
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the temp folder is cleared at the next start
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Writes content to the store. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** More bytes came than the limit allows; nothing was stored. */
    public static final class TooLargeException extends CountersignException {
        private final long limit;

        public TooLargeException(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
