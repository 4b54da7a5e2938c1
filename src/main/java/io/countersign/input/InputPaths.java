package io.countersign.input;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How an input names a file it uses (a picture, a line drawing) and what is said when that file cannot
 * be used, the same wherever the file is: in the input's folder ({@link LocalFiles}) or sent with the
 * input ({@link SentPictures}). The path must be relative and stay inside the input's folder; URLs are
 * refused, as countersign never fetches anything. Messages call the file by {@code noun}.
 */
final class InputPaths {
    private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*|(?i)(https?|file|ftp|data|mailto):.*");
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:[\\\\/].*");

    private final String noun;
    private final String example;
    private final String document;

    /**
     * @param noun     what the file is, for messages
     * @param example  a relative path to show in hints, e.g. images/kb-5a.jpg
     * @param document what the input is, for hints ("PI", "SKU list")
     */
    InputPaths(String noun, String example, String document) {
        this.noun = noun;
        this.example = example;
        this.document = document;
    }

    String noun() {
        return noun;
    }

    /** The path as written, refusing URLs, absolute paths and what is not a path; whether it stays inside is for the caller to check. */
    Path relative(String raw) throws Refusal {
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
        return relative;
    }

    Refusal outside(String raw) {
        return new Refusal(noun + " path \"" + raw + "\" leads out of the input file's folder",
                "put the " + noun + " in the input file's folder or a subfolder of it");
    }

    Refusal missing(String raw, Path inside, Function<Path, Optional<List<String>>> namesIn) {
        return new Refusal(noun + " \"" + raw + "\" does not exist", missingHint(raw, inside, namesIn));
    }

    /**
     * Where to look instead: the file's folder does not exist, or a file in it has a close name.
     *
     * @param inside  the path relative to the input's folder, normalized
     * @param namesIn the names in a folder (given relative to the input's, "" for the input's own), empty when there is no such folder
     */
    String missingHint(String raw, Path inside, Function<Path, Optional<List<String>>> namesIn) {
        String base = "paths are relative to the input file's folder";
        if (raw.contains("\\")) {
            return base + "; use / to separate folders";
        }
        Path parent = inside.getParent() == null ? Path.of("") : inside.getParent();
        Optional<List<String>> names = namesIn.apply(parent);
        if (names.isEmpty()) {
            return base + "; the folder " + parent + " does not exist either";
        }
        return Suggest.closest(inside.getFileName().toString(), names.get())
                .map(n -> "did you mean " + n + "? (names are case-sensitive)").orElse(base);
    }

    Refusal folder(String raw) {
        return new Refusal(noun + " path \"" + raw + "\" is a folder, not a file", "name the " + noun + " file itself");
    }

    Refusal empty(String raw) {
        return new Refusal(noun + " \"" + raw + "\" is an empty file", "copy the " + noun + " again");
    }

    Refusal tooLarge(String raw, long size, long maxBytes, String smallerHint) {
        double megabytes = Math.ceil(size * 10 / (1024.0 * 1024.0)) / 10;
        return new Refusal(String.format(Locale.ROOT, "%s \"%s\" is %.1f MB; the limit is %d MB",
                noun, raw, megabytes, maxBytes / (1024 * 1024)), smallerHint);
    }
}
