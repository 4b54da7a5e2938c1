package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.render.IdentityEmbedding;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.EmbeddedIdentity;
import io.countersign.signoff.SignOffPoint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheets combined into one PDF: every page as it was, one form in which each point has its own
 * fields and the signer fields are shared, the combined identity, and a file that is either
 * complete or not there.
 */
class CombinedPdfWriterTest {
    static final Instant ISSUED_AT = Instant.parse("2026-08-20T08:00:00Z");
    static final String INPUT_SHA = "ab".repeat(32);

    @TempDir
    Path dir;
    /** Paper boxes (3 pages, English), mail-order boxes (2 pages, German), paper boxes again with other style ids. */
    Path a;
    Path b;
    Path c;

    @BeforeEach
    void sheets() {
        a = TestSheets.pi("paper-boxes.yaml", "A", dir.resolve("sheets"));
        b = TestSheets.pi("mail-order-boxes.yaml", "B", dir.resolve("sheets"));
        c = TestSheets.pi("paper-boxes.yaml", "C", dir.resolve("sheets"));
    }

    static DocumentIdentity combine(Path target, Path... sheets) {
        try (CombinedPdfWriter writer = new CombinedPdfWriter(target, "UPC sticker approval, batch 7", ISSUED_AT)) {
            for (Path sheet : sheets) {
                writer.append(sheet);
            }
            return writer.finish("batch-0007", "sticker", 1, INPUT_SHA);
        }
    }

    @Test
    void everyPageOfEverySheetIsThereInOrderWithItsOwnContent() throws IOException {
        Path out = dir.resolve("combined.pdf");
        combine(out, a, b, c);

        List<PDPage> expected = new ArrayList<>();
        try (PDDocument combined = Loader.loadPDF(out.toFile()); PDDocument da = load(a); PDDocument db = load(b); PDDocument dc = load(c)) {
            Stream.of(da, db, dc).forEach(d -> d.getPages().forEach(expected::add));
            assertThat(combined.getNumberOfPages()).isEqualTo(3 + 2 + 3);
            for (int i = 0; i < expected.size(); i++) {
                PDPage page = combined.getPage(i);
                assertThat(content(page)).as("page %d", i + 1).isEqualTo(content(expected.get(i)));
                assertThat(page.getMediaBox().toString()).isEqualTo(expected.get(i).getMediaBox().toString());
                assertThat(page.getAnnotations()).hasSameSizeAs(expected.get(i).getAnnotations());
            }
        }
    }

    @Test
    void pagesRenderExactlyAsTheSheetsDo() throws IOException {
        Path out = dir.resolve("combined.pdf");
        combine(out, a, b);

        try (PDDocument combined = Loader.loadPDF(out.toFile()); PDDocument db = load(b)) {
            // the German sheet's first page: pictures, fonts, barcodes and the empty radio rings
            assertThat(pixels(combined, 3)).isEqualTo(pixels(db, 0));
            assertThat(pixels(combined, 4)).isEqualTo(pixels(db, 1));
        }
    }

    @Test
    void eachPointHasItsOwnFieldsAndTheSignerFieldsAreOneForAllSheets() throws IOException {
        Path out = dir.resolve("combined.pdf");
        combine(out, a, b, c);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            List<String> names = new ArrayList<>();
            form.getFieldTree().forEach(f -> names.add(f.getFullyQualifiedName()));
            assertThat(names).doesNotHaveDuplicates();
            List<String> ids = pointIds(a, b, c);
            assertThat(ids).hasSize(3 + 2 + 3).startsWith("A-KB-5A").endsWith("C-KB-3C");
            assertThat(names.stream().filter(n -> n.startsWith("signoff."))).containsExactlyElementsOf(ids.stream().map(id -> "signoff." + id).toList());
            assertThat(names.stream().filter(n -> n.startsWith("note."))).containsExactlyElementsOf(ids.stream().map(id -> "note." + id).toList());
            assertThat(names).contains("signer.name", "signer.title", "signer.date", "signer.signature");

            PDRadioButton radio = (PDRadioButton) form.getField("signoff.B-VK-305B");
            assertThat(radio.getWidgets()).hasSize(2);
            assertThat(radio.getOnValues()).containsExactlyInAnyOrder("confirm", "change");
            assertThat(doc.getPages().indexOf(radio.getWidgets().get(0).getPage())).as("on the German sheet").isBetween(3, 4);

            // one field, a widget on each sheet's last page: typed once, shown on every sheet
            for (String signer : List.of("signer.name", "signer.title", "signer.date", "signer.signature")) {
                List<PDAnnotationWidget> widgets = form.getField(signer).getWidgets();
                assertThat(widgets).as(signer).hasSize(3);
                assertThat(widgets).extracting(w -> doc.getPages().indexOf(w.getPage())).as(signer).containsExactly(2, 4, 7);
                widgets.forEach(w -> assertThat(w.getCOSObject().containsKey(COSName.T) || w.getCOSObject().containsKey(COSName.FT)).isFalse());
            }
            assertThat(form.getNeedAppearances()).isFalse();
            assertThat(form.getDefaultResources().getFontNames()).extracting(COSName::getName).containsExactly("Helv", "ZaDb");
            assertThat(form.getFields()).extracting(PDField::getPartialName).containsExactly("note", "signer", "signoff");
        }
    }

    @Test
    void theCombinedIdentityHasEverySheetsPointsInOrder() throws IOException {
        Path out = dir.resolve("combined.pdf");
        DocumentIdentity identity = combine(out, a, b, c);

        assertThat(identity.points()).extracting(SignOffPoint::id).containsExactlyElementsOf(pointIds(a, b, c));
        assertThat(identity.points().get(3)).isEqualTo(identityOf(b).points().get(0));
        assertThat(identity).extracting(DocumentIdentity::documentId, DocumentIdentity::kind, DocumentIdentity::revision,
                DocumentIdentity::title, DocumentIdentity::issuedAt, DocumentIdentity::inputSha256)
                .containsExactly("batch-0007", "sticker", 1, "UPC sticker approval, batch 7", ISSUED_AT, INPUT_SHA);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(EmbeddedIdentity.of(doc)).contains(identity);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("UPC sticker approval, batch 7");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("countersign");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(ISSUED_AT);
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(ISSUED_AT);
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("CountersignDocumentId")).isEqualTo("batch-0007");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<cs:documentId>batch-0007</cs:documentId>", "C-KB-3C");
            // only the combined identity is attached; the sheets' own identities and inputs are not carried over
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsOnlyKeys(IdentityEmbedding.ATTACHMENT);
            assertThat(doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF)).hasSize(1);
        }
    }

    @Test
    void theSameSheetsAndArgumentsGiveTheSameBytes() throws IOException {
        Path first = dir.resolve("one/combined.pdf");
        Path second = dir.resolve("two/combined.pdf");
        combine(first, a, b);
        combine(second, a, b);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (PDDocument doc = Loader.loadPDF(first.toFile())) {
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(((COSString) id.getObject(0)).getBytes()).hasSize(16);
        }
    }

    @Test
    void aSkuOnTwoSheetsIsRefusedNamingThePointAndBothFilesAndTheSheetIsLeftOut() throws IOException {
        Path again = Files.copy(a, dir.resolve("sheets/A-again.pdf"));
        Path out = dir.resolve("combined.pdf");
        try (CombinedPdfWriter writer = new CombinedPdfWriter(out, "batch", ISSUED_AT)) {
            writer.append(a);
            writer.append(b);
            assertThatThrownBy(() -> writer.append(again)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("A-KB-5A").hasMessageContaining(a.toString()).hasMessageContaining(again.toString());
            // nothing of the refused sheet was written: the writer goes on
            writer.finish("batch", "sticker", 1, INPUT_SHA);
        }
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            assertThat(EmbeddedIdentity.of(doc).orElseThrow().points()).hasSize(3 + 2);
        }
    }

    @Test
    void aFileThatIsNotACountersignSheetIsRefusedByName() throws IOException {
        Path plain = dir.resolve("plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(plain.toFile());
        }
        try (CombinedPdfWriter writer = new CombinedPdfWriter(dir.resolve("c.pdf"), "batch", ISSUED_AT)) {
            assertThatThrownBy(() -> writer.append(plain)).hasMessageContaining(plain.toString()).hasMessageContaining("countersign.json");
            assertThatThrownBy(() -> writer.append(dir.resolve("missing.pdf"))).hasMessageContaining("missing.pdf");
            assertThatThrownBy(() -> writer.finish("batch", "sticker", 1, INPUT_SHA)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no sheets");
        }
    }

    @Test
    void closingWithoutFinishingLeavesNoFileAndTheOldTargetUntouched() throws IOException {
        Path out = Files.writeString(dir.resolve("combined.pdf"), "the previous run's file");
        try (CombinedPdfWriter writer = new CombinedPdfWriter(out, "batch", ISSUED_AT)) {
            writer.append(a);
            assertThat(dir.resolve("combined.pdf.part")).exists();
        }
        assertThat(Files.readString(out)).isEqualTo("the previous run's file");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("combined.pdf", "sheets");
        }
    }

    @Test
    void theWriterKnowsTheHashOfTheBytesItWroteOnceFinished() throws IOException {
        // the batch manifest takes the combined PDF's hash from its writer instead of reading the file back
        Path out = dir.resolve("c.pdf");
        try (CombinedPdfWriter writer = new CombinedPdfWriter(out, "batch", ISSUED_AT)) {
            writer.append(a);
            assertThatThrownBy(writer::sha256).isInstanceOf(IllegalStateException.class);
            writer.append(b);
            writer.finish("batch", "sticker", 1, INPUT_SHA);

            assertThat(writer.sha256()).isEqualTo(io.countersign.core.Sha256.hex(out));
        }
    }

    @Test
    void sheetsAppendedWithTheIdentityTheCallerHoldsGiveTheSameFile() throws IOException {
        // a batch passes the identity its journal recorded, sparing a parse of each sheet's attachment
        Path read = dir.resolve("read.pdf");
        Path known = dir.resolve("known.pdf");
        combine(read, a, b);
        try (CombinedPdfWriter writer = new CombinedPdfWriter(known, "UPC sticker approval, batch 7", ISSUED_AT)) {
            for (Path sheet : List.of(a, b)) {
                try (PDDocument doc = Loader.loadPDF(sheet.toFile())) {
                    writer.append(sheet, EmbeddedIdentity.of(doc).orElseThrow());
                }
            }
            writer.finish("batch-0007", "sticker", 1, INPUT_SHA);
        }

        assertThat(Files.readAllBytes(known)).isEqualTo(Files.readAllBytes(read));
    }

    @Test
    void aFinishedWriterTakesNoMoreSheets() {
        try (CombinedPdfWriter writer = new CombinedPdfWriter(dir.resolve("c.pdf"), "batch", ISSUED_AT)) {
            writer.append(a);
            writer.finish("batch", "sticker", 1, INPUT_SHA);
            assertThatThrownBy(() -> writer.append(b)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already finished");
        }
        assertThat(dir.resolve("c.pdf")).exists();
    }

    @Test
    void hundredsOfPagesAreSpreadOverPageNodesInOrder() throws IOException {
        // 25 sheets of 3 pages: the page tree gets two nodes, and page n is still the n-th page appended
        byte[] sheet = Files.readAllBytes(a);
        Path copies = dir.resolve("copies");
        TestSheets.copies(sheet, 25, copies);
        List<Path> files;
        try (Stream<Path> list = Files.list(copies)) {
            files = list.sorted().toList();
        }
        Path out = dir.resolve("combined.pdf");
        combine(out, files.toArray(Path[]::new));

        try (PDDocument doc = Loader.loadPDF(out.toFile()); PDDocument one = load(a)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(75);
            COSArray nodes = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES).getCOSArray(COSName.KIDS);
            assertThat(nodes).hasSize(2);
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (int n : new int[] {1, 22, 23, 25}) {
                // copy n's KB-5B decision sits on the second page of its sheet
                PDAnnotationWidget w = form.getField("signoff.C" + n + "-A-KB-5B").getWidgets().get(0);
                assertThat(doc.getPages().indexOf(w.getPage())).as("copy %d", n).isEqualTo((n - 1) * 3 + 1);
            }
            assertThat(content(doc.getPage(73))).isEqualTo(content(one.getPage(1)));
        }
    }

    @Test
    void pageAttributesInheritedFromTheSheetsPageTreeAreWrittenOnEachPage() throws IOException {
        Path sheet = dir.resolve("inherited.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(10, 10, 100, 50);
                cs.fill();
            }
            // move the media box up to the page tree node, where the page inherits it from
            COSDictionary pages = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            pages.setItem(COSName.MEDIA_BOX, page.getCOSObject().getItem(COSName.MEDIA_BOX));
            page.getCOSObject().removeItem(COSName.MEDIA_BOX);
            pages.setItem(COSName.ROTATE, org.apache.pdfbox.cos.COSInteger.get(90));
            IdentityEmbedding.embed(doc, new DocumentIdentity("x", "sticker", 1, "x", ISSUED_AT, INPUT_SHA,
                    List.of(new SignOffPoint("X_text", "X text", INPUT_SHA))), new io.countersign.render.PdfMetadata("x", "x", "x", "en"),
                    List.of(), "test");
            doc.save(sheet.toFile());
        }
        Path out = dir.resolve("combined.pdf");
        combine(out, sheet, b);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            COSDictionary first = doc.getPage(0).getCOSObject();
            assertThat(first.getCOSArray(COSName.MEDIA_BOX)).isNotNull();
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth());
            assertThat(first.getInt(COSName.ROTATE)).isEqualTo(90);
            assertThat(doc.getPage(1).getRotation()).isZero();
        }
    }

    static List<String> pointIds(Path... sheets) {
        List<String> ids = new ArrayList<>();
        for (Path s : sheets) {
            identityOf(s).points().forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    static DocumentIdentity identityOf(Path sheet) {
        try (PDDocument doc = load(sheet)) {
            return EmbeddedIdentity.of(doc).orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(file.toFile());
    }

    private static byte[] content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    private static int[] pixels(PDDocument doc, int page) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 40, ImageType.RGB);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
