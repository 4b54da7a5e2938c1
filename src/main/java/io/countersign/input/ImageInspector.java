package io.countersign.input;

import io.countersign.core.Sha256;
import io.countersign.pi.ProductImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a picture named in the input, from the cheapest check to the most expensive: the
 * path (no URL, not absolute, inside the input's folder even after {@code ..} and symbolic
 * links), the file (exists, at most {@value #MAX_FILE_BYTES} bytes, readable), the content
 * (JPEG or PNG by magic bytes), the pixel size from the header (at most {@value #MAX_PIXELS}
 * pixels), and only then a full decode. Nothing is ever fetched from the network.
 */
final class ImageInspector {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;

    private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*|(?i)(https?|file|ftp|data|mailto):.*");
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:[\\\\/].*");

    private final Path baseDir;
    private final ProblemSink sink;
    private final Map<String, Checked> checked = new HashMap<>();

    /** {@code baseDir} is the folder of the input file; picture paths are relative to it. */
    ImageInspector(Path baseDir, ProblemSink sink) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.sink = sink;
    }

    /** The checked picture, or empty after reporting why it cannot be used. A path named twice is checked once. */
    Optional<ProductImage> inspect(String raw, Position at, String path) {
        Checked result = checked.computeIfAbsent(raw, r -> {
            try {
                return new Checked(Optional.of(check(r)), "", "");
            } catch (Refusal refusal) {
                return new Checked(Optional.empty(), refusal.getMessage(), refusal.hint);
            }
        });
        if (result.image().isEmpty()) {
            sink.add(at, path, result.message(), result.hint());
        }
        return result.image();
    }

    /** The outcome of checking one path: the picture, or why not. */
    private record Checked(Optional<ProductImage> image, String message, String hint) {
    }

    private ProductImage check(String raw) throws Refusal {
        Path file = locate(raw);
        byte[] bytes = readBounded(raw, file);
        ProductImage.Format format = ImageFormats.sniff(bytes).orElseThrow(() -> new Refusal(
                "\"" + raw + "\" is not a JPEG or PNG picture" + ImageFormats.describe(bytes).map(d -> " (it looks like " + d + ")").orElse(""),
                "save the picture as JPEG or PNG; the file name's extension does not matter, the content does"));
        ImageFormats.Dimensions size = ImageFormats.dimensions(bytes, format)
                .orElseThrow(() -> corrupt(raw, "its header cannot be read"));
        long pixels = (long) size.width() * size.height();
        if (pixels > MAX_PIXELS) {
            throw new Refusal(String.format(Locale.ROOT, "picture \"%s\" is %d × %d pixels (%.1f megapixels); the limit is %d megapixels",
                    raw, size.width(), size.height(), pixels / 1e6, MAX_PIXELS / 1_000_000),
                    "scale it down; 2000 pixels on the long side is plenty for a PI");
        }
        Optional<String> damage = ImageFormats.decodeProblem(bytes, format);
        if (damage.isPresent()) {
            throw corrupt(raw, damage.get());
        }
        int orientation = format == ProductImage.Format.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.UPRIGHT;
        return new ProductImage(file, format, size.width(), size.height(), orientation, Sha256.hex(bytes));
    }

    /** The real path of the picture, refusing URLs, absolute paths and anything outside the input's folder. */
    private Path locate(String raw) throws Refusal {
        if (URL.matcher(raw).matches()) {
            throw new Refusal("picture \"" + raw + "\" is a URL; countersign never downloads anything",
                    "save the picture into the input file's folder and write its relative path, e.g. images/kb-5a.jpg");
        }
        Path relative;
        try {
            relative = Path.of(raw);
        } catch (InvalidPathException e) {
            throw new Refusal("\"" + raw + "\" is not a valid file path", "write a relative path such as images/kb-5a.jpg");
        }
        if (relative.isAbsolute() || raw.startsWith("/") || raw.startsWith("\\") || DRIVE.matcher(raw).matches()) {
            throw new Refusal("picture path \"" + raw + "\" is absolute",
                    "write the path relative to the input file's folder, e.g. images/kb-5a.jpg, so the PI can be moved with its pictures");
        }
        Path resolved = baseDir.resolve(relative).normalize();
        if (!resolved.startsWith(baseDir)) {
            throw new Refusal("picture path \"" + raw + "\" leads out of the input file's folder",
                    "put the picture in the input file's folder or a subfolder of it");
        }
        if (!Files.exists(resolved)) {
            throw new Refusal(Files.isSymbolicLink(resolved) ? "picture \"" + raw + "\" is a broken symbolic link"
                    : "picture \"" + raw + "\" does not exist", missingHint(raw, resolved));
        }
        try {
            Path real = resolved.toRealPath();
            if (!real.startsWith(baseDir.toRealPath())) {
                throw new Refusal("picture \"" + raw + "\" is a symbolic link to a file outside the input file's folder",
                        "copy the picture into the input file's folder instead of linking to it");
            }
            if (!Files.isRegularFile(real)) {
                throw new Refusal("picture path \"" + raw + "\" is a folder, not a file", "name the picture file itself");
            }
            return real;
        } catch (IOException e) {
            throw new Refusal("picture \"" + raw + "\" cannot be opened", "check that the file exists and can be read");
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

    private static byte[] readBounded(String raw, Path file) throws Refusal {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(raw, size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge(raw, bytes.length);
            }
            if (bytes.length == 0) {
                throw new Refusal("picture \"" + raw + "\" is an empty file", "copy the picture again");
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new Refusal("picture \"" + raw + "\" cannot be read: permission denied",
                    "allow the user running countersign to read the file");
        } catch (IOException e) {
            throw new Refusal("picture \"" + raw + "\" cannot be read", "check that the file is readable and not locked");
        }
    }

    private static Refusal tooLarge(String raw, long size) {
        double megabytes = Math.ceil(size * 10 / (1024.0 * 1024.0)) / 10;
        return new Refusal(String.format(Locale.ROOT, "picture \"%s\" is %.1f MB; the limit is %d MB",
                raw, megabytes, MAX_FILE_BYTES / (1024 * 1024)),
                "export it smaller (JPEG quality 85, 2000 pixels on the long side is plenty for a PI)");
    }

    private static Refusal corrupt(String raw, String detail) {
        return new Refusal("picture \"" + raw + "\" is damaged: " + detail,
                "open it in an image editor and save it again, or export it anew from the original");
    }

    /** Why a picture is refused; internal to the inspection, turned into a problem by {@link #inspect}. */
    private static final class Refusal extends Exception {
        private final String hint;

        Refusal(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }
    }
}
