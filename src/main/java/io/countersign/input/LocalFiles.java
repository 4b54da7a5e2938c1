package io.countersign.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads a file that an input names (a picture, a line drawing) in the input's folder: the
 * path follows {@link InputPaths} and must stay inside the folder even after {@code ..} and symbolic
 * links; the file is read up to a size limit. Messages call the file by {@code noun}.
 */
final class LocalFiles {
    private final Path baseDir;
    private final InputPaths paths;

    /**
     * @param baseDir  the folder of the input file; paths are relative to it
     * @param noun     what the file is, for messages
     * @param example  a relative path to show in hints, e.g. images/kb-5a.jpg
     * @param document what the input is, for hints ("PI", "SKU list")
     */
    LocalFiles(Path baseDir, String noun, String example, String document) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.paths = new InputPaths(noun, example, document);
    }

    /** The real path of the file, refusing URLs, absolute paths and anything outside the input's folder. */
    Path locate(String raw) throws Refusal {
        Path resolved = baseDir.resolve(paths.relative(raw)).normalize();
        if (!resolved.startsWith(baseDir)) {
            throw paths.outside(raw);
        }
        String noun = paths.noun();
        if (!Files.exists(resolved)) {
            Path inside = baseDir.relativize(resolved);
            if (Files.isSymbolicLink(resolved)) {
                throw new Refusal(noun + " \"" + raw + "\" is a broken symbolic link", paths.missingHint(raw, inside, this::namesIn));
            }
            throw paths.missing(raw, inside, this::namesIn);
        }
        try {
            Path real = resolved.toRealPath();
            if (!real.startsWith(baseDir.toRealPath())) {
                throw new Refusal(noun + " \"" + raw + "\" is a symbolic link to a file outside the input file's folder",
                        "copy the " + noun + " into the input file's folder instead of linking to it");
            }
            if (!Files.isRegularFile(real)) {
                throw paths.folder(raw);
            }
            return real;
        } catch (IOException e) {
            throw new Refusal(noun + " \"" + raw + "\" cannot be opened", "check that the file exists and can be read");
        }
    }

    /** The file's bytes, refusing an empty file or one larger than {@code maxBytes}; {@code smallerHint} says how to shrink it. */
    byte[] read(String raw, Path file, long maxBytes, String smallerHint) throws Refusal {
        String noun = paths.noun();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw paths.tooLarge(raw, size, maxBytes, smallerHint);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                throw paths.tooLarge(raw, bytes.length, maxBytes, smallerHint);
            }
            if (bytes.length == 0) {
                throw paths.empty(raw);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new Refusal(noun + " \"" + raw + "\" cannot be read: permission denied",
                    "allow the user running countersign to read the file");
        } catch (IOException e) {
            throw new Refusal(noun + " \"" + raw + "\" cannot be read", "check that the file is readable and not locked");
        }
    }

    /** The names in a folder (relative to the input's), at most 1,000; empty when it is not a folder. */
    private Optional<List<String>> namesIn(Path folder) {
        Path dir = baseDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (var names = Files.list(dir)) {
            return Optional.of(names.limit(1_000).map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            return Optional.of(List.of());
        }
    }
}
