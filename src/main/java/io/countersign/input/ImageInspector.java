package io.countersign.input;

import io.countersign.core.Sha256;
import io.countersign.pi.ProductImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a picture named in the input, from the cheapest check to the most expensive: the
 * path (no URL, not absolute, inside the input's folder even after {@code ..} and symbolic
 * links), the file (exists, at most {@value #MAX_FILE_BYTES} bytes, readable; in the folder or among
 * the pictures sent with the input, see {@link PictureSource}), the content
 * (JPEG or PNG by magic bytes), the pixel size from the header (at most {@value #MAX_PIXELS}
 * pixels), and only then a full decode (once per picture content in a JVM, see {@link DecodedPictures}).
 * Nothing is ever fetched from the network.
 */
final class ImageInspector {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;

    private final PictureSource pictures;
    private final String noun;
    private final ProblemSink sink;
    private final Map<String, Checked> checked = new HashMap<>();

    /** For a PI whose pictures come from {@code pictures}. */
    ImageInspector(PictureSource pictures, ProblemSink sink) {
        this(pictures, "picture", sink);
    }

    /** An inspector whose messages call the files {@code noun}, found through {@code files}. */
    ImageInspector(LocalFiles files, String noun, ProblemSink sink) {
        this(new PictureSource.InFolder(files), noun, sink);
    }

    private ImageInspector(PictureSource pictures, String noun, ProblemSink sink) {
        this.pictures = pictures;
        this.noun = noun;
        this.sink = sink;
    }

    /** The checked picture, or empty after reporting why it cannot be used. A path named twice is checked once. */
    Optional<ProductImage> inspect(String raw, Position at, String path) {
        Checked result = checked.computeIfAbsent(raw, r -> {
            try {
                return new Checked(Optional.of(check(r)), "", "");
            } catch (Refusal refusal) {
                return new Checked(Optional.empty(), refusal.getMessage(), refusal.hint());
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
        PictureSource.Found found = pictures.find(raw, MAX_FILE_BYTES,
                "export it smaller (JPEG quality 85, 2000 pixels on the long side is plenty for a PI)");
        return content(raw, found.bytes(), found.file());
    }

    /**
     * Checks the bytes of a located file as a JPEG or PNG picture: format, pixel size, a clean decode.
     * {@code file} gives the file the picture is read from later, by the SHA-256 of {@code bytes}.
     */
    ProductImage content(String raw, byte[] bytes, Function<String, Path> file) throws Refusal {
        ProductImage.Format format = ImageFormats.sniff(bytes).orElseThrow(() -> new Refusal(
                "\"" + raw + "\" is not a JPEG or PNG " + noun + ImageFormats.describe(bytes).map(d -> " (it looks like " + d + ")").orElse(""),
                "save the " + noun + " as JPEG or PNG; the file name's extension does not matter, the content does"));
        ImageFormats.Dimensions size = ImageFormats.dimensions(bytes, format)
                .orElseThrow(() -> corrupt(raw, "its header cannot be read"));
        long pixels = (long) size.width() * size.height();
        if (pixels > MAX_PIXELS) {
            throw new Refusal(String.format(Locale.ROOT, "%s \"%s\" is %d × %d pixels (%.1f megapixels); the limit is %d megapixels",
                    noun, raw, size.width(), size.height(), pixels / 1e6, MAX_PIXELS / 1_000_000),
                    "scale it down; 2000 pixels on the long side is plenty for a PI");
        }
        String sha256 = Sha256.hex(bytes);
        if (!DecodedPictures.known(sha256)) {
            Optional<String> damage = ImageFormats.decodeProblem(bytes, format);
            if (damage.isPresent()) {
                throw corrupt(raw, damage.get());
            }
            DecodedPictures.remember(sha256);
        }
        int orientation = format == ProductImage.Format.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.UPRIGHT;
        return new ProductImage(file.apply(sha256), format, size.width(), size.height(), orientation, sha256);
    }

    private Refusal corrupt(String raw, String detail) {
        return new Refusal(noun + " \"" + raw + "\" is damaged: " + detail,
                "open it in an image editor and save it again, or export it anew from the original");
    }
}
