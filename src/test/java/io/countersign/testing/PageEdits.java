package io.countersign.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Changes to a page's content as a forger makes them, for the tests that must catch them. */
public final class PageEdits {
    private PageEdits() {
    }

    /** Writes {@code text} in Helvetica 9 pt at (600, 300) pt onto page {@code pageIndex} (from 0), appended to its content. */
    public static void writeText(PDDocument doc, int pageIndex, String text) {
        try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(pageIndex), PDPageContentStream.AppendMode.APPEND, true)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
            cs.newLineAtOffset(600, 300);
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
