package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.countersign.core.Sha256;
import io.countersign.render.VectorArt;
import io.countersign.testing.PageDrawing;
import io.countersign.testing.PagePaths;
import io.countersign.testing.PdfObjects;
import io.countersign.testing.PdfText;
import java.awt.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sheets show, read from the PDF: texts and marks, fonts, the drawing as vector, colour swatches, Chinese. */
class SheetContentTest {
    @TempDir
    Path dir;

    @Test
    void everyFontIsEmbeddedInBothSheets() throws IOException {
        for (RenderedSheet sheet : List.of(CaseSkus.standardSticker(), CaseSkus.pdfCarton(), chineseSticker())) {
            try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
                List<PDFont> fonts = PdfObjects.of(doc.getPages()).fonts();
                assertThat(fonts).isNotEmpty();
                assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as("%s embedded in the %s sheet", f.getName(), sheet.kind()).isTrue());
            }
        }
    }

    @Test
    void aChineseSheetPrintsChineseLabelsAndAChineseDescriptionOnTheSticker() throws IOException {
        try (PDDocument doc = Loader.loadPDF(chineseSticker().pdf())) {
            String text = PdfText.of(doc);

            assertThat(text).contains("UPC 贴纸确认单", "贵方货号", "确认", "需要修改");
            // the description appears twice: drawn on the sticker (vector art) and in the facts table
            assertThat(PdfText.squeeze(text).split("牛皮纸套装盒", -1)).hasSizeGreaterThanOrEqualTo(3);
            assertThat(text).doesNotContain("#", "?");
            assertThat(PdfObjects.of(doc.getPages()).fonts()).anySatisfy(f -> assertThat(f.getName()).contains("DroidSansFallback"));
        }
    }

    @Test
    void aUsersCopyOfTheTemplatesStillLaysOutTheStickerSheet() throws IOException {
        // the bundled sticker sheet is drawn directly; --templates must still lay it out from the user's sticker.html
        Path templates = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Path target = templates.resolve(Path.of("templates").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path sticker = templates.resolve("sticker.html");
        Files.writeString(sticker, Files.readString(sticker).replace("<div th:replace=\"~{fragments/sheet :: decisions",
                "<div class=\"b\">Checked by our QA desk</div>\n<div th:replace=\"~{fragments/sheet :: decisions"));
        LabelOptions base = CaseSkus.options();
        LabelOptions own = new LabelOptions(base.language(), base.upcMagnification(), base.itfPrint(), base.itfMagnification(),
                base.issuedAt(), Optional.of(templates));

        RenderedSheet sheet = CaseSkus.RENDERER.render(CaseSkus.sticker("50", "40", StickerLayout.STANDARD), SheetKind.STICKER, own);

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            assertThat(PdfText.oneLine(PdfText.of(doc))).contains("Checked by our QA desk", "UPC STICKER APPROVAL");
            assertThat(doc.getDocumentCatalog().getAcroForm().getField("signoff.KB-5A_text")).isNotNull();
        }
        assertThat(sheet.identity()).isEqualTo(CaseSkus.standardSticker().identity());
    }

    @Test
    void theCartonPrintsTheMarksAsUnEceRec15AndTheFactsInTheSheetsLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(CaseSkus.pdfCarton().pdf())) {
            String page1 = PdfText.oneLine(PdfText.page(doc, 1));
            String page2 = PdfText.oneLine(PdfText.page(doc, 2));

            assertThat(page1).contains("M&F PO 4500012345 LOS ANGELES C/NO. 1/120");
            assertThat(page1).contains("ITEM NO.: 100234 (KB-5A)", "PCS/CTN: 24", "N.W.: 12.5 KGS", "G.W.: 13.8 KGS",
                    "MEAS: 60 × 40 × 45 CM (0.108 m³)");
            assertThat(page1).contains("This way up", "Keep dry", "Fragile");
            assertThat(page2).contains("1 00 84631 00101 5", "PANTONE 469 C", "PANTONE Black C", "X = 0.635 mm");
        }
    }

    @Test
    void aPdfLineDrawingIsPlacedAsVectorLinesAndNotAsAPicture() throws IOException {
        try (PDDocument doc = Loader.loadPDF(CaseSkus.pdfCarton().pdf())) {
            assertThat(PageDrawing.of(doc.getPage(0)).images()).as("pictures on the carton's first page").isEmpty();
            // the drawing's strokes arrive on the page, scaled into the drawing box (118 mm wide at most)
            List<PagePaths.Painted> strokes = PagePaths.of(doc.getPage(0)).stream()
                    .filter(p -> p.stroked() && p.rgb() == 0 && p.widthMm() > 60).toList();
            assertThat(strokes).isNotEmpty();
            double scale = 118.0 / (TestDrawings.WIDTH * 25.4 / 72);
            // the box's outline spans 140 of the drawing page's 200 pt, the page being fitted to 118 mm
            assertThat(strokes).anySatisfy(p -> assertThat(p.widthMm()).isCloseTo(140 * 25.4 / 72 * scale, within(0.5)));
        }
    }

    @Test
    void aPngLineDrawingIsPlacedAsAPictureWithItsProportions() throws IOException {
        Path png = dir.resolve("kb-5b.png");
        Files.copy(CaseSkus.IMAGES.resolve("kb-5b.png"), png);
        LineDrawing drawing = new LineDrawing(png, LineDrawing.Format.PNG, Sha256.hex(Files.readAllBytes(png)));

        RenderedSheet sheet = CaseSkus.RENDERER.render(CaseSkus.carton(Optional.of(drawing)), SheetKind.CARTON, CaseSkus.options());

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            List<PageDrawing.DrawnImage> images = PageDrawing.of(doc.getPage(0)).images();
            assertThat(images).hasSize(1);
            var box = images.get(0).box();
            // 600 × 450 pixels fitted into 118 × 82 mm: 109.33 × 82 mm
            assertThat(box.getWidth() * 25.4 / 72).isCloseTo(82 * 600 / 450.0, within(0.1));
            assertThat(box.getHeight() * 25.4 / 72).isCloseTo(82, within(0.1));
        }
    }

    @Test
    void eachPrintColourIsASwatchFilledWithItsDisplayColour() throws IOException {
        try (PDDocument doc = Loader.loadPDF(CaseSkus.pdfCarton().pdf())) {
            List<PagePaths.Painted> fills = PagePaths.of(doc.getPage(1)).stream().filter(p -> !p.stroked()).toList();

            for (int rgb : new int[] {0x6B4E2E, 0x2D2926}) {
                assertThat(fills).as("swatch %06X", rgb).anySatisfy(p -> {
                    assertThat(p.rgb()).isEqualTo(rgb);
                    assertThat(p.widthMm()).isCloseTo(30, within(0.5));
                    assertThat(p.heightMm()).isCloseTo(14, within(0.5));
                });
            }
        }
    }

    @Test
    void handlingSymbolsAreDrawnWithPathsOnly() {
        for (HandlingSymbol symbol : HandlingSymbol.values()) {
            List<String> calls = new ArrayList<>();
            symbol.art(14).draw(new VectorArt.Canvas() {
                @Override
                public void fillRect(double x, double y, double w, double h) {
                    calls.add("rect");
                }

                @Override
                public void text(String text, double centreX, double baselineY, double size) {
                    calls.add("text");
                }

                @Override
                public void fill(Shape shape, int rgb) {
                    assertThat(shape.getBounds2D().getMaxX()).isLessThanOrEqualTo(14);
                    calls.add("fill");
                }

                @Override
                public void stroke(Shape shape, double lineWidth, int rgb) {
                    calls.add("stroke");
                }

                @Override
                public void text(String text, double x, double baselineY, double size, VectorArt.TextStyle style) {
                    calls.add("text");
                }
            });
            assertThat(calls).as(symbol.id()).contains("fill").doesNotContain("text", "rect");
        }
    }

    @Test
    void aLineDrawingChangedAfterTheListWasReadIsAnErrorOfItsSku() throws IOException {
        LineDrawing drawing = TestDrawings.pdf(dir, "box.pdf", 0);
        Files.write(drawing.file(), TestDrawings.boxPdf(90));

        assertThatThrownBy(() -> CaseSkus.RENDERER.render(CaseSkus.carton(Optional.of(drawing)), SheetKind.CARTON, CaseSkus.options()))
                .isInstanceOf(SheetException.class).hasMessage("SKU KB-5A: line drawing box.pdf changed after the SKU list was read");
    }

    @Test
    void aLineDrawingThatIsNoPdfIsAnErrorOfItsSku() {
        LineDrawing drawing = TestDrawings.write(dir.resolve("box.pdf"), "%PDF-1.7 but nothing else".getBytes(), LineDrawing.Format.PDF);

        assertThatThrownBy(() -> CaseSkus.RENDERER.render(CaseSkus.carton(Optional.of(drawing)), SheetKind.CARTON, CaseSkus.options()))
                .isInstanceOf(SheetException.class).hasMessageStartingWith("SKU KB-5A: line drawing box.pdf: the file cannot be read as a PDF")
                .satisfies(e -> assertThat(((SheetException) e).hint()).contains("export the drawing again"));
    }

    private static RenderedSheet chineseSticker() {
        Sku base = CaseSkus.sticker("60", "40", StickerLayout.STANDARD);
        Sku sku = new Sku(base.row(), base.sku(), base.buyerCode(), "牛皮纸套装盒，5 件套", base.gtin(), base.sticker(), base.picture(),
                base.pcsPerCarton(), base.carton(), base.netWeightKg(), base.grossWeightKg(), base.cartonGtin(), base.marks(),
                base.lineDrawing(), base.colours());
        return CaseSkus.rendered("sticker-zh", sku, SheetKind.STICKER, CaseSkus.options("zh-CN", 1.0));
    }
}
