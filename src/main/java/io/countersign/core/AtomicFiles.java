package io.countersign.core;

import io.countersign.CountersignException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers see either nothing or the whole file: temp file in the same folder, then rename. */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Temp files are created owner-only; a finished document should be as readable as any other file the user writes. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes {@code bytes} to {@code target} atomically and returns the target, for printing. */
    public static Path write(Path target, byte[] bytes) {
        write(target, out -> {
            out.write(bytes);
            return null;
        });
        return target;
    }

    public static <T> T write(Path target, Writer<T> writer) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            readableByAll(tmp);
            T result;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result = writer.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return result;
        } catch (IOException e) {
            throw new CountersignException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temp file is hidden and marked .part; nothing more can be done here
                }
            }
        }
    }
}
