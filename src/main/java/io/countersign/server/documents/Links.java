package io.countersign.server.documents;

import io.countersign.CountersignException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts a stored file where the library expects to read it: a hard link when the file system allows, else a copy. */
final class Links {
    private Links() {
    }

    static Path place(Path stored, Path target) {
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, stored);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(stored, target);
            }
            return target;
        } catch (IOException e) {
            throw new CountersignException("cannot place " + stored + " at " + target + ": " + e.getMessage(), e);
        }
    }
}
