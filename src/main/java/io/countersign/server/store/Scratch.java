package io.countersign.server.store;

import io.countersign.CountersignException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private folder for one request's files (a returned PDF, a batch upload, stored pictures placed for a
 * re-render), deleted with all it holds when closed. The library reads these inputs from files; this is
 * where the server puts them. (Pictures posted with a PI are read from memory, see {@code SentPictures}.)
 */
public final class Scratch implements AutoCloseable {
    private final Path dir;

    private Scratch(Path dir) {
        this.dir = dir;
    }

    public static Scratch in(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            return new Scratch(Files.createTempDirectory(parent, prefix).toRealPath());
        } catch (IOException e) {
            throw new CountersignException("cannot create a work folder in " + parent + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Removes everything under {@code dir}; leftovers of a crash are removed at the next start. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: the folder is under the server's tmp folder, cleared at start
        }
    }

    @Override
    public void close() {
        deleteTree(dir);
    }
}
