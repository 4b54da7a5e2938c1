package io.countersign.signoff.online;

import io.countersign.render.TextWrap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Fills the issued form with the online decisions, as a buyer filling it in a viewer would: the radio
 * group {@code signoff.<id>} set to {@code confirm} or {@code change} (value and the widgets'
 * appearance states), the note and signer text in {@code /V} with an appearance drawn in the bundled
 * faces. The form's own font is Helvetica (Latin-1 only), so a Chinese note or name filled the usual
 * way would fail or print as dots; each filled text field gets its own appearance instead.
 */
final class DecisionFields {
    private static final COSName TX = COSName.getPDFName("Tx");
    private static final double NOTE_SIZE = 8;
    private static final double LINE_SIZE = 10;
    private static final double MIN_SIZE = 5;
    private static final double PAD = 2;

    private final PDDocument doc;
    private final PDAcroForm form;
    private final PageWriter.Fonts fonts;

    DecisionFields(PDDocument doc, PDAcroForm form, PageWriter.Fonts fonts) {
        this.doc = doc;
        this.form = form;
        this.fonts = fonts;
    }

    /** Sets the radio group {@code name} to {@code value}; the group must offer it. */
    void choose(String name, String value) throws IOException {
        PDField field = form.getField(name);
        if (!(field instanceof PDButton button) || !button.getOnValues().contains(value)) {
            throw new IllegalArgumentException("the issued PDF has no choice \"" + value + "\" in field " + name
                    + "; it is not the form this sign-off was made on");
        }
        button.setValue(value);
    }

    /** Puts {@code text} into the text field {@code name}, when the form has one. */
    void text(String name, String text, boolean multiline) throws IOException {
        if (!(form.getField(name) instanceof PDTextField field) || text.isBlank()) {
            return;
        }
        field.getCOSObject().setString(COSName.V, text);
        for (PDAnnotationWidget widget : field.getWidgets()) {
            PDAppearanceDictionary ap = new PDAppearanceDictionary();
            ap.setNormalAppearance(appearance(widget.getRectangle(), text, multiline));
            // direct, as the issued widgets have it (poppler ignores some indirect appearance dictionaries)
            ap.getCOSObject().setDirect(true);
            widget.setAppearance(ap);
        }
    }

    private PDAppearanceStream appearance(PDRectangle rect, String text, boolean multiline) throws IOException {
        float w = rect.getWidth();
        float h = rect.getHeight();
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(w, h));
        ap.setResources(new PDResources());
        double size = multiline ? NOTE_SIZE : LINE_SIZE;
        List<String> lines = lines(text, w - 2 * PAD, size, multiline);
        while (size > MIN_SIZE && (multiline ? lines.size() * size * 1.15 > h - 2 * PAD : PageWriter.width(lines.get(0), size, false) > w - 2 * PAD)) {
            size -= 0.5;
            lines = lines(text, w - 2 * PAD, size, multiline);
        }
        int fit = multiline ? Math.max(1, (int) Math.floor((h - 2 * PAD) / (size * 1.15))) : 1;
        if (!multiline && PageWriter.width(lines.get(0), size, false) > w - 2 * PAD) {
            lines = List.of(ellipsis(lines.get(0), w - 2 * PAD, size));
        } else if (lines.size() > fit) {
            lines = new ArrayList<>(lines.subList(0, fit));
            lines.set(fit - 1, ellipsis(lines.get(fit - 1), w - 2 * PAD, size));
        }
        // A page content stream on the appearance: it tells the document about its fonts, so they are subset on save.
        try (PDPageContentStream cs = new PDPageContentStream(doc, ap, ap.getContentStream().createOutputStream(COSName.FLATE_DECODE))) {
            cs.beginMarkedContent(TX);
            PageWriter writer = new PageWriter(cs, h, fonts);
            double first = multiline ? PAD + size : (h + size * 0.7) / 2;
            for (int i = 0; i < lines.size(); i++) {
                writer.text(lines.get(i), PAD, first + i * size * 1.15, size, false, 0x000000);
            }
            cs.endMarkedContent();
        }
        return ap;
    }

    private static List<String> lines(String text, double width, double size, boolean multiline) {
        String printable = PageWriter.printable(text, false).strip();
        return multiline ? TextWrap.lines(printable, width, size, false) : List.of(printable);
    }

    private static String ellipsis(String line, double width, double size) {
        String cut = line;
        while (!cut.isEmpty() && PageWriter.width(cut + "…", size, false) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }
}
