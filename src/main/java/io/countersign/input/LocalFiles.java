package io.countersign.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds and reads a file that an input names (a picture, a line drawing): the path must be
 * relative and stay inside the input's folder even after {@code ..} and symbolic links; URLs
 * are refused, as countersign never fetches anything; the file is read up to a size limit.
 * Messages call the file by {@code noun} ("picture", "line drawing").
 */
final class LocalFiles {
    private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*|(?i)(https?|file|ftp|data|mailto):.*");
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:[\\\\/].*");

    private final Path baseDir;
    private final String noun;
    private final String example;
    private final String document;

    /**
     * @param baseDir  the folder of the input file; paths are relative to it
     * @param noun     what the file is, for messages
     * @param example  a relative path to show in hints, e.g. images/kb-5a.jpg
     * @param document what the input is, for hints ("PI", "SKU list")
     */
    LocalFiles(Path baseDir, String noun, String example, String document) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.noun = noun;
        this.example = example;
        this.document = document;
    }

    /** The real path of the file, refusing URLs, absolute paths and anything outside the input's folder. */
    Path locate(String raw) throws Refusal {
        if (URL.matcher(raw).matches()) {
            throw new Refusal(noun + " \"" + raw + "\" is a URL; countersign never downloads anything",
                    "save the " + noun + " into the input file's folder and write its relative path, e.g. " + example);
        }
        Path relative;
        try {
            relative = Path.of(raw);
        } catch (InvalidPathException e) {
            throw new Refusal("\"" + raw + "\" is not a valid file path", "write a relative path such as " + example);
        }
        if (relative.isAbsolute() || raw.startsWith("/") || raw.startsWith("\\") || DRIVE.matcher(raw).matches()) {
            throw new Refusal(noun + " path \"" + raw + "\" is absolute",
                    "write the path relative to the input file's folder, e.g. " + example + ", so the " + document
                            + " can be moved with its " + noun + "s");
        }
        Path resolved = baseDir.resolve(relative).normalize();
        if (!resolved.startsWith(baseDir)) {
            throw new Refusal(noun + " path \"" + raw + "\" leads out of the input file's folder",
                    "put the " + noun + " in the input file's folder or a subfolder of it");
        }
        if (!Files.exists(resolved)) {
            throw new Refusal(Files.isSymbolicLink(resolved) ? noun + " \"" + raw + "\" is a broken symbolic link"
                    : noun + " \"" + raw + "\" does not exist", missingHint(raw, resolved));
        }
        try {
            Path real = resolved.toRealPath();
            if (!real.startsWith(baseDir.toRealPath())) {
                throw new Refusal(noun + " \"" + raw + "\" is a symbolic link to a file outside the input file's folder",
                        "copy the " + noun + " into the input file's folder instead of linking to it");
            }
            if (!Files.isRegularFile(real)) {
                throw new Refusal(noun + " path \"" + raw + "\" is a folder, not a file", "name the " + noun + " file itself");
            }
            return real;
        } catch (IOException e) {
            throw new Refusal(noun + " \"" + raw + "\" cannot be opened", "check that the file exists and can be read");
        }
    }

    /** The file's bytes, refusing an empty file or one larger than {@code maxBytes}; {@code smallerHint} says how to shrink it. */
    byte[] read(String raw, Path file, long maxBytes, String smallerHint) throws Refusal {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(raw, size, maxBytes, smallerHint);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                throw tooLarge(raw, bytes.length, maxBytes, smallerHint);
            }
            if (bytes.length == 0) {
                throw new Refusal(noun + " \"" + raw + "\" is an empty file", "copy the " + noun + " again");
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new Refusal(noun + " \"" + raw + "\" cannot be read: permission denied",
                    "allow the user running countersign to read the file");
        } catch (IOException e) {
            throw new Refusal(noun + " \"" + raw + "\" cannot be read", "check that the file is readable and not locked");
        }
    }

    private String missingHint(String raw, Path resolved) {
        String base = "paths are relative to the input file's folder";
        if (raw.contains("\\")) {
            return base + "; use / to separate folders";
        }
        Path parent = resolved.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return base + "; the folder " + baseDir.relativize(parent == null ? baseDir : parent) + " does not exist either";
        }
        try (var names = Files.list(parent)) {
            Optional<String> near = Suggest.closest(resolved.getFileName().toString(),
                    names.limit(1_000).map(p -> p.getFileName().toString()).toList());
            return near.map(n -> "did you mean " + n + "? (names are case-sensitive)").orElse(base);
        } catch (IOException e) {
            return base;
        }
    }

    private Refusal tooLarge(String raw, long size, long maxBytes, String smallerHint) {
        double megabytes = Math.ceil(size * 10 / (1024.0 * 1024.0)) / 10;
        return new Refusal(String.format(Locale.ROOT, "%s \"%s\" is %.1f MB; the limit is %d MB",
                noun, raw, megabytes, maxBytes / (1024 * 1024)), smallerHint);
    }

    /** Why a named file cannot be used: the message and a fix. */
    static final class Refusal extends Exception {
        private final String hint;

        Refusal(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }
}
