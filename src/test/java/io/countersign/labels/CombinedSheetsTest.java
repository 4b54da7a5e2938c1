package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.countersign.Countersign;
import io.countersign.core.Sha256;
import io.countersign.gs1.Gtin;
import io.countersign.pi.CartonSize;
import io.countersign.pi.ProductImage;
import io.countersign.signoff.Decision;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.SignOffPoint;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Signer;
import io.countersign.signoff.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch's real sheets combined: UPC sticker sheets (one page, three elements) and carton
 * artwork sheets (five elements), each SKU × element a decision of its own in the combined PDF,
 * read back by {@code check}.
 */
class CombinedSheetsTest {
    private static final Instant ISSUED_AT = Instant.parse("2026-08-20T08:00:00Z");
    private static final SheetRenderer RENDERER = new SheetRenderer("countersign test");

    @TempDir
    static Path dir;
    static List<Path> stickers = new ArrayList<>();
    static List<Path> cartons = new ArrayList<>();

    @BeforeAll
    static void render() throws IOException {
        LabelOptions options = LabelOptions.defaults(ISSUED_AT);
        for (int n = 1; n <= 3; n++) {
            Sku sku = sku(n);
            stickers.add(Files.write(dir.resolve("sticker-" + n + ".pdf"), RENDERER.render(sku, SheetKind.STICKER, options).pdf()));
            if (n <= 2) {
                cartons.add(Files.write(dir.resolve("carton-" + n + ".pdf"), RENDERER.render(sku, SheetKind.CARTON, options).pdf()));
            }
        }
    }

    @Test
    void stickerSheetsCombineWithEverySkuAndElementDecidedOnItsOwn() throws IOException {
        Path combined = dir.resolve("stickers.pdf");
        DocumentIdentity identity = CombinedPdfWriterTest.combine(combined, stickers.toArray(Path[]::new));

        assertThat(identity.points()).extracting(SignOffPoint::id).containsExactly(
                "KB-1_text", "KB-1_barcode", "KB-1_size", "KB-2_text", "KB-2_barcode", "KB-2_size",
                "KB-3_text", "KB-3_barcode", "KB-3_size");
        try (PDDocument doc = Loader.loadPDF(combined.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                try (PDDocument sheet = Loader.loadPDF(stickers.get(i).toFile())) {
                    assertThat(content(doc.getPage(i))).as("sticker %d", i + 1).isEqualTo(content(sheet.getPage(0)));
                }
            }
        }
        Path returned = fill(combined, "stickers-signed.pdf", "signoff.KB-1_text", "confirm", "signoff.KB-2_barcode", "change",
                "note.KB-2_barcode", "GTIN ends in 5, our system has 8", "signoff.KB-3_size", "confirm", "signer.name", "Mark Reynolds");

        SignOffReport r = Countersign.check(returned, Optional.empty());

        assertThat(r.points()).extracting(p -> p.point().id() + "=" + p.decision()).containsExactly(
                "KB-1_text=CONFIRMED", "KB-1_barcode=UNDECIDED", "KB-1_size=UNDECIDED",
                "KB-2_text=UNDECIDED", "KB-2_barcode=CHANGE_REQUESTED", "KB-2_size=UNDECIDED",
                "KB-3_text=UNDECIDED", "KB-3_barcode=UNDECIDED", "KB-3_size=CONFIRMED");
        assertThat(r.points().get(4).note()).isEqualTo("GTIN ends in 5, our system has 8");
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "", ""));
        assertThat(r.integrity().altered()).isFalse();
        assertThat(r.integrity().checked()).isTrue();
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
    }

    @Test
    void cartonSheetsCombineAndAllConfirmedIsConfirmed() throws Exception {
        Path combined = dir.resolve("cartons.pdf");
        DocumentIdentity identity = CombinedPdfWriterTest.combine(combined, cartons.toArray(Path[]::new));
        assertThat(identity.points()).hasSize(2 * SheetKind.CARTON.elements().size());
        List<String> answers = new ArrayList<>();
        for (SignOffPoint p : identity.points()) {
            answers.add(p.decisionField());
            answers.add("confirm");
        }
        Path returned = fill(combined, "cartons-confirmed.pdf", answers.toArray(String[]::new));

        SignOffReport r = Countersign.check(returned, Optional.empty());

        assertThat(r.points()).extracting(PointDecision::decision).containsOnly(Decision.CONFIRMED);
        assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(r.verdict().exitCode()).isZero();
        assumeTrue(CombinedPdfCheckTest.onPath("qpdf"), "qpdf is not installed");
        Process qpdf = new ProcessBuilder("qpdf", "--check", combined.toString()).redirectErrorStream(true).start();
        String out = new String(qpdf.getInputStream().readAllBytes());
        assertThat(qpdf.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(qpdf.exitValue()).as(out).isZero();
    }

    /** SKU KB-n: a 60 × 40 mm sticker, the sample's kraft box photo, a PNG line drawing, one print colour. */
    static Sku sku(int n) throws IOException {
        Path jpg = Path.of("samples/pi/images/kb-5a.jpg");
        Path png = Path.of("samples/pi/images/kb-5b.png");
        var image = javax.imageio.ImageIO.read(jpg.toFile());
        ProductImage picture = new ProductImage(jpg, ProductImage.Format.JPEG, image.getWidth(), image.getHeight(), 1,
                Sha256.hex(Files.readAllBytes(jpg)));
        LineDrawing drawing = new LineDrawing(png, LineDrawing.Format.PNG, Sha256.hex(Files.readAllBytes(png)));
        String data = "0846310010" + n;
        String carton = "10" + data;
        return new Sku(n + 1, "KB-" + n, "10023" + n, "Nested kraft box " + n, Gtin.parse(data + Gtin.checkDigit(data)),
                new StickerSpec(new BigDecimal("60"), new BigDecimal("40"), StickerLayout.STANDARD), Optional.of(picture), 8,
                new CartonSize(new BigDecimal("64"), new BigDecimal("48"), new BigDecimal("34")), new BigDecimal("10.4"),
                new BigDecimal("11.4"), Gtin.parse(carton + Gtin.checkDigit(carton)), new ShippingMarks("MF", "PO-44817", "LOS ANGELES", 150),
                Optional.of(drawing), List.of(new PrintColour("PANTONE 469 C", "#6B4A2B")));
    }

    /** The combined PDF with fields set by name (pairs of name, value), saved as a viewer does: an update appended. */
    private static Path fill(Path combined, String name, String... namesAndValues) throws IOException {
        Path returned = dir.resolve(name);
        try (PDDocument doc = Loader.loadPDF(combined.toFile()); OutputStream out = Files.newOutputStream(returned)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (form.getField(namesAndValues[i]) instanceof PDRadioButton radio) {
                    radio.setValue(namesAndValues[i + 1]);
                } else {
                    ((PDTextField) form.getField(namesAndValues[i])).setValue(namesAndValues[i + 1]);
                }
            }
            doc.saveIncremental(out);
        }
        return returned;
    }

    private static byte[] content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }
}
