package io.countersign.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of a PDF as copy-and-paste or a search in a viewer gives it. */
public final class PdfText {
    private PdfText() {
    }

    public static String of(PDDocument doc) {
        return pages(doc, 1, doc.getNumberOfPages());
    }

    /** Text of one page, numbered from 1 as a viewer shows it. */
    public static String page(PDDocument doc, int pageNumber) {
        return pages(doc, pageNumber, pageNumber);
    }

    private static String pages(PDDocument doc, int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text without any whitespace. Table cells wrap long values onto several lines (even
     * inside an e-mail address or after a hyphen), so a value is compared squeezed on both sides.
     */
    public static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Runs of whitespace as one space, for short one-line phrases such as the page footer. */
    public static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
