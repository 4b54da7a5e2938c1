package io.countersign.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The layout measures and sets text in DrawnFonts: the widths PDFBox's own fonts give, and only what is shown embedded. */
class DrawnFontTest {
    private static final List<String> TEXTS = List.of("Nested kraft box (large) 3 pcs", "USD 2,350.00 × 15 — “FOB”", "0123456789",
            "牛皮纸套盒 颜色以实物为准。", "Größe: 20 × 15 cm; Ä ö ü ß");

    @ParameterizedTest
    @EnumSource(FontLibrary.Face.class)
    void measuresAsPdfboxLoadsTheFace(FontLibrary.Face face) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font pdfbox = PDType0Font.load(doc, FontLibrary.bundled().ttf(face), true);
            DrawnFont drawn = new DrawnFont(face);
            for (String text : TEXTS) {
                Float expected = widthOrNull(pdfbox, text);
                Float actual = widthOrNull(drawn, text);
                assertThat(actual).as("%s: %s", face, text).isEqualTo(expected);
            }
        }
    }

    @Test
    void aCharacterTheFaceLacksIsAnIllegalArgumentAsInPdfbox() {
        DrawnFont latin = new DrawnFont(FontLibrary.Face.LATIN);

        assertThatThrownBy(() -> latin.getStringWidth("box 盒")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+76D2");
    }

    @Test
    void embedsWhatIsShownNotWhatWasMeasured() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            DrawnFont font = new DrawnFont(FontLibrary.Face.LATIN);
            font.getStringWidth("XYZ measured only");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("abc");
                cs.endText();
            }
            font.embed(doc);
            doc.save(pdf);
        }

        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc).strip()).isEqualTo("abc");
            PDFont embedded = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(embedded.isEmbedded()).isTrue();
            assertThat(embedded.getName()).matches("[A-Z]{6}\\+LiberationSans");
            PDType0Font type0 = (PDType0Font) embedded;
            // the subset holds a, b, c (and .notdef), not the measured capitals
            assertThat(((PDCIDFontType2) type0.getDescendantFont()).getTrueTypeFont().getNumberOfGlyphs())
                    .isLessThanOrEqualTo(4);
        }
    }

    private static Float widthOrNull(PDFont font, String text) throws IOException {
        try {
            return font.getStringWidth(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
