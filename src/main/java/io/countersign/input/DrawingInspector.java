package io.countersign.input;

import io.countersign.core.Sha256;
import io.countersign.labels.LineDrawing;
import io.countersign.pi.ProductImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks a carton line drawing named in a SKU list: the same path rules as pictures, at most
 * {@value #MAX_FILE_BYTES} bytes, and by content either a PDF (starts with {@code %PDF-},
 * loads, has a page of real size, is not encrypted — its first page is placed on the carton
 * sheet as vector art) or a PNG/JPEG checked like a picture.
 */
final class DrawingInspector {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final String NOUN = "line drawing";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final LocalFiles files;
    private final ImageInspector images;
    private final ProblemSink sink;
    private final Map<String, Checked> checked = new HashMap<>();

    DrawingInspector(Path baseDir, ProblemSink sink) {
        this.files = new LocalFiles(baseDir, NOUN, "drawings/kb-5a.pdf", "SKU list");
        this.images = new ImageInspector(files, NOUN, sink);
        this.sink = sink;
    }

    /** The checked drawing, or empty after reporting why it cannot be used. A path named twice is checked once. */
    Optional<LineDrawing> inspect(String raw, Position at, String path) {
        Checked result = checked.computeIfAbsent(raw, r -> {
            try {
                return new Checked(Optional.of(check(r)), "", "");
            } catch (Refusal refusal) {
                return new Checked(Optional.empty(), refusal.getMessage(), refusal.hint());
            }
        });
        if (result.drawing().isEmpty()) {
            sink.add(at, path, result.message(), result.hint());
        }
        return result.drawing();
    }

    private record Checked(Optional<LineDrawing> drawing, String message, String hint) {
    }

    private LineDrawing check(String raw) throws Refusal {
        Path file = files.locate(raw);
        byte[] bytes = files.read(raw, file, MAX_FILE_BYTES,
                "export it again without embedded photos or fonts it does not need; a line drawing is a few hundred kilobytes");
        if (ImageFormats.startsWith(bytes, PDF_MAGIC)) {
            checkPdf(raw, bytes);
            return new LineDrawing(file, LineDrawing.Format.PDF, Sha256.hex(bytes));
        }
        if (ImageFormats.sniff(bytes).isEmpty()) {
            throw new Refusal("\"" + raw + "\" is not a PDF, PNG or JPEG line drawing"
                    + ImageFormats.describe(bytes).map(d -> " (it looks like " + d + ")").orElse(""),
                    "export the drawing as PDF (it stays sharp at any size) or PNG; the extension does not matter, the content does");
        }
        ProductImage image = images.content(raw, bytes, sha256 -> file);
        LineDrawing.Format format = image.format() == ProductImage.Format.PNG ? LineDrawing.Format.PNG : LineDrawing.Format.JPEG;
        return new LineDrawing(file, format, image.sha256());
    }

    private static void checkPdf(String raw, byte[] bytes) throws Refusal {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw new Refusal(NOUN + " \"" + raw + "\" is an encrypted PDF",
                        "export or print it again to PDF without a password or restrictions");
            }
            if (pdf.getNumberOfPages() < 1) {
                throw new Refusal(NOUN + " \"" + raw + "\" is a PDF without pages", "export the drawing again");
            }
            PDRectangle box = pdf.getPage(0).getCropBox();
            if (!(box.getWidth() >= 1 && box.getHeight() >= 1)) {
                throw new Refusal(NOUN + " \"" + raw + "\" has a first page of no size", "export the drawing again");
            }
        } catch (InvalidPasswordException e) {
            throw new Refusal(NOUN + " \"" + raw + "\" is a PDF that needs a password to open",
                    "export or print it again to PDF without a password");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damage in many ways, some unchecked; any of them means the file cannot be placed.
            throw new Refusal(NOUN + " \"" + raw + "\" is a damaged PDF: it cannot be read",
                    "open it in a PDF viewer; if it shows, print it to a new PDF, otherwise export it anew from the original");
        }
    }
}
