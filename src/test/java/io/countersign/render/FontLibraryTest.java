package io.countersign.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled fonts lose only their glyph substitution table, which made PDFBox slow and text extraction wrong. */
class FontLibraryTest {

    @ParameterizedTest
    @ValueSource(strings = {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"})
    void hidesGsubAndKeepsEverythingElse(String file) throws IOException {
        byte[] original = bundled(file);
        TrueTypeFont before = parse(original.clone());
        assertThat(before.getTableMap()).as("precondition: %s has GSUB", file).containsKey("GSUB");

        TrueTypeFont after = parse(FontLibrary.withoutGlyphSubstitution(original.clone()));

        assertThat(after.getTableMap()).doesNotContainKey("GSUB");
        assertThat(after.getTableMap().keySet()).containsAll(before.getTableMap().keySet().stream().filter(t -> !t.equals("GSUB")).toList());
        assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
        assertThat(after.getName()).isEqualTo(before.getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"LiberationSans-Regular.ttf", "DroidSansFallbackFull.ttf"})
    void stillEmbedsAndSetsText(String file) throws IOException {
        // subsetting and the ToUnicode map must work without GSUB, for Latin and for the CJK fallback
        String text = file.startsWith("Droid") ? "本形式发票经买方逐款确认后生效" : "office fi ffl";
        TrueTypeFont font = parse(FontLibrary.withoutGlyphSubstitution(bundled(file)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(PDType0Font.load(doc, font, true), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(pdf);
        }

        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc).strip()).isEqualTo(text);
        }
    }

    private static byte[] bundled(String file) throws IOException {
        try (InputStream in = FontLibrary.class.getResourceAsStream("fonts/" + file)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
