package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.countersign.testing.Jpegs;
import io.countersign.testing.PageDrawing;
import io.countersign.testing.PdfObjects;
import io.countersign.testing.RenderedPi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the PDF carries inside: embedded fonts only, pictures as supplied, each picture once, turned upright. */
class PiPdfResourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void embedsEveryFontItUses(String sample) {
        // a font left to the viewer shows Chinese, umlauts and × differently on every machine, or not at all
        try (PDDocument doc = RenderedPi.sample(sample).open()) {
            List<PDFont> fonts = PdfObjects.of(doc.getPages()).fonts();

            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as("%s embedded", f.getName()).isTrue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml"})
    void embedsEachJpegByteForByte(String sample) throws IOException {
        // re-encoding would change the picture the buyer approves; DCTDecode pass-through keeps the supplier's file
        RenderedPi pi = RenderedPi.sample(sample);
        try (PDDocument doc = pi.open()) {
            List<byte[]> dct = new ArrayList<>();
            for (PDImageXObject image : PdfObjects.of(doc.getPages()).images()) {
                if (COSName.DCT_DECODE.equals(image.getCOSObject().getDictionaryObject(COSName.FILTER))) {
                    dct.add(raw(image));
                }
            }
            List<String> jpegs = pi.yaml().images().stream().filter(i -> i.endsWith(".jpg")).distinct().toList();

            assertThat(jpegs).isNotEmpty();
            for (String jpeg : jpegs) {
                byte[] file = Files.readAllBytes(pi.input().resolveSibling(jpeg));
                assertThat(dct).as("embedded %s", jpeg).anySatisfy(d -> assertThat(d).isEqualTo(file));
            }
        }
    }

    @Test
    void keepsTheTransparencyOfAPngAsASoftMask() throws IOException {
        RenderedPi pi = RenderedPi.sample("paper-boxes.yaml");
        String png = pi.yaml().images().stream().filter(i -> i.endsWith(".png")).findFirst().orElseThrow();
        BufferedImage file = ImageIO.read(pi.input().resolveSibling(png).toFile());
        assertThat(file.getColorModel().hasAlpha()).as("precondition: %s has alpha", png).isTrue();
        try (PDDocument doc = pi.open()) {
            List<PDImageXObject> embedded = PdfObjects.of(doc.getPages()).images().stream()
                    .filter(i -> !COSName.DCT_DECODE.equals(i.getCOSObject().getDictionaryObject(COSName.FILTER))).toList();

            assertThat(embedded).singleElement().satisfies(i -> {
                assertThat(i.getWidth()).isEqualTo(file.getWidth());
                assertThat(i.getHeight()).isEqualTo(file.getHeight());
                assertThat(i.getSoftMask()).as("soft mask").isNotNull();
            });
        }
    }

    @Test
    void embedsAPictureSharedByTwoStylesOnce() throws IOException {
        RenderedPi sample = RenderedPi.sample("paper-boxes.yaml");
        ProformaInvoice read = sample.pi();
        List<Style> styles = new ArrayList<>(read.styles());
        Style b = styles.get(1);
        styles.set(1, new Style(b.id(), b.buyerCode(), b.name(), b.attributes(), styles.get(0).images(), b.gtin(), b.quantity(),
                b.unit(), b.unitPrice(), b.packing()));
        RenderedPi shared = RenderedPi.render(sample.input(), withStyles(read, styles));
        Set<String> pictures = new LinkedHashSet<>();
        styles.forEach(s -> s.images().forEach(i -> pictures.add(i.sha256())));

        try (PDDocument doc = shared.open()) {
            List<PDImageXObject> images = PdfObjects.of(doc.getPages()).images();
            int drawn = 0;
            for (PDPage page : doc.getPages()) {
                drawn += PageDrawing.of(page).images().size();
            }

            assertThat(pictures).hasSize(2);
            assertThat(drawn).isEqualTo(3);
            assertThat(images).hasSize(pictures.size());
        }
    }

    @Test
    void embedsEachPictureOfALongPiOnce() throws IOException {
        RenderedPi pi = RenderedPi.sample("sixty-styles.yaml");
        Set<String> files = new LinkedHashSet<>(pi.yaml().images());
        try (PDDocument doc = pi.open()) {
            assertThat(PdfObjects.of(doc.getPages()).images()).hasSize(files.size());
        }
    }

    @Test
    void turnsAPictureUprightAsItsExifOrientationSaysWithoutTouchingItsBytes(@TempDir Path dir) throws IOException {
        // a phone stores a portrait photo as landscape pixels plus "rotate 90° clockwise" (orientation 6)
        BufferedImage stored = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 80, 40);
        g.dispose();
        byte[] jpeg = Jpegs.withExifOrientation(Jpegs.encode(stored), 6);
        Path input = copyPaperBoxesTo(dir, "images/kb-5a.jpg", "images/portrait.jpg");
        Files.write(dir.resolve("images/portrait.jpg"), jpeg);

        RenderedPi pi = RenderedPi.render(input);

        try (PDDocument doc = pi.open()) {
            List<PageDrawing.DrawnImage> drawn = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PageDrawing.DrawnImage d : PageDrawing.of(page).images()) {
                    if (d.image() instanceof PDImageXObject x && Arrays.equals(raw(x), jpeg)) {
                        drawn.add(d);
                    }
                }
            }
            assertThat(drawn).as("the photo, embedded as its original bytes").singleElement().satisfies(d -> {
                Rectangle2D box = d.box();
                assertThat(box.getHeight() / box.getWidth()).as("height / width on the page").isCloseTo(2.0, within(0.01));
                // the stored top-left pixel (unit square 0,1) is shown top right after a quarter turn clockwise
                Point2D topLeftPixel = d.at(0, 1);
                assertThat(topLeftPixel.getX()).isCloseTo(box.getMaxX(), within(0.01));
                assertThat(topLeftPixel.getY()).isCloseTo(box.getMaxY(), within(0.01));
            });
        }
    }

    private static Path copyPaperBoxesTo(Path dir, String from, String to) throws IOException {
        Path samples = RenderedPi.SAMPLES;
        Files.createDirectories(dir.resolve("images"));
        try (var files = Files.list(samples.resolve("images"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve("images").resolve(f.getFileName()));
            }
        }
        String yaml = Files.readString(samples.resolve("paper-boxes.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml).contains(from);
        Path input = dir.resolve("pi.yaml");
        Files.writeString(input, yaml.replace(from, to), StandardCharsets.UTF_8);
        return input;
    }

    private static byte[] raw(PDImageXObject image) {
        try (InputStream in = image.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProformaInvoice withStyles(ProformaInvoice p, List<Style> styles) {
        return new ProformaInvoice(p.number(), p.revision(), p.issueDate(), p.validUntil(), p.buyerPoReference(), p.currency(),
                p.incoterms(), p.paymentTerms(), p.shipmentDate(), p.portOfLoading(), p.portOfDischarge(), p.seller(), p.buyer(),
                p.bank(), p.remarks(), p.language(), styles, p.poLines());
    }
}
