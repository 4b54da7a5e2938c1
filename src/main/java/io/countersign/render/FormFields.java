package io.countersign.render;

import io.countersign.CountersignException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Builds the AcroForm from the slots the layout reserved. Dotted names become a real field
 * hierarchy ({@code signoff.A} is kid {@code A} of {@code signoff}); radio buttons get appearance
 * states named after their export values ({@code /confirm}, {@code /change}) so every viewer and
 * every reader sees the same word; every widget carries its own appearance, so NeedAppearances
 * stays off and nothing depends on a viewer regenerating them.
 */
final class FormFields {
    private final PDDocument doc;
    private final PDAcroForm form;
    private final Map<String, PDNonTerminalField> parents = new LinkedHashMap<>();
    private final List<PDField> roots = new ArrayList<>();

    private FormFields(PDDocument doc) {
        this.doc = doc;
        this.form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources dr = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("Helv"), standardFont("Helvetica", COSName.WIN_ANSI_ENCODING));
        fonts.setItem(COSName.getPDFName("ZaDb"), standardFont("ZapfDingbats", null));
        dr.getCOSObject().setItem(COSName.FONT, fonts);
        form.setDefaultResources(dr);
        form.setDefaultAppearance("/Helv 0 Tf 0 g");
        form.setNeedAppearances(false);
    }

    /**
     * The dictionary of a standard 14 font, as {@code new PDType1Font(FontName)} writes it: building
     * that object looks up a system font to draw it with, which no form here ever needs.
     */
    private static COSDictionary standardFont(String name, COSName encoding) {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.FONT);
        d.setItem(COSName.SUBTYPE, COSName.TYPE1);
        d.setName(COSName.BASE_FONT, name);
        if (encoding != null) {
            d.setItem(COSName.ENCODING, encoding);
        }
        return d;
    }

    /** Adds one field per slot (radio slots of one name form one group), in reading order. */
    static void build(PDDocument doc, List<FieldSlot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        FormFields f = new FormFields(doc);
        List<FieldSlot> ordered = new ArrayList<>(slots);
        ordered.sort(Comparator.comparingInt(FieldSlot::page).thenComparing(s -> -s.y()).thenComparing(FieldSlot::x));
        Map<String, List<FieldSlot>> radios = new LinkedHashMap<>();
        for (FieldSlot s : ordered) {
            switch (s.kind()) {
                case RADIO -> radios.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
                case TEXT, NOTE -> f.text(s);
                case SIGNATURE -> f.signature(s);
            }
        }
        radios.values().forEach(f::radioGroup);
        f.form.setFields(f.roots);
        for (PDPage page : doc.getPages()) {
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "R");
        }
    }

    private void radioGroup(List<FieldSlot> group) {
        PDRadioButton field = new PDRadioButton(form);
        attach(field, group.get(0).name());
        List<PDAnnotationWidget> widgets = new ArrayList<>();
        for (FieldSlot s : group) {
            PDAnnotationWidget w = widget(s);
            PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
            mk.setNormalCaption("l");
            mk.getCOSObject().setDirect(true);
            w.setAppearanceCharacteristics(mk);
            w.getCOSObject().setString(COSName.DA, "/ZaDb 0 Tf 0 g");
            COSDictionary states = new COSDictionary();
            states.setItem(COSName.getPDFName(s.value()), radioAppearance(s.width(), s.height(), true));
            states.setItem(COSName.Off, radioAppearance(s.width(), s.height(), false));
            // Direct dictionaries: poppler draws nothing for a button whose /AP or state
            // dictionary is an indirect object, and PDFBox 3 writes new dictionaries indirectly.
            states.setDirect(true);
            PDAppearanceDictionary ap = new PDAppearanceDictionary();
            ap.getCOSObject().setItem(COSName.N, states);
            ap.getCOSObject().setDirect(true);
            w.setAppearance(ap);
            w.getCOSObject().setItem(COSName.AS, COSName.Off);
            widgets.add(w);
        }
        field.setWidgets(widgets);
    }

    private void text(FieldSlot s) {
        PDTextField field = new PDTextField(form);
        attach(field, s.name());
        field.setMultiline(s.kind() == FieldSlot.Kind.NOTE);
        field.setDefaultAppearance(s.kind() == FieldSlot.Kind.NOTE ? "/Helv 8 Tf 0 g" : "/Helv 10 Tf 0 g");
        PDAnnotationWidget w = widget(s);
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.getCOSObject().setItem(COSName.N, emptyAppearance(s.width(), s.height()));
        ap.getCOSObject().setDirect(true);
        w.setAppearance(ap);
        field.setWidgets(List.of(w));
    }

    /**
     * A signature field is its own widget (one dictionary), the shape signing tools create: poppler
     * (pdfsig, Evince) reads a signature only from the dictionary that is also the widget, and
     * reports a field with a separate widget kid as unsigned even after it was signed.
     */
    private void signature(FieldSlot s) {
        PDSignatureField field = new PDSignatureField(form);
        attach(field, s.name());
        PDAnnotationWidget w = place(field.getWidgets().get(0), s);
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.getCOSObject().setItem(COSName.N, emptyAppearance(s.width(), s.height()));
        w.setAppearance(ap);
    }

    private PDAnnotationWidget widget(FieldSlot s) {
        return place(new PDAnnotationWidget(), s);
    }

    private PDAnnotationWidget place(PDAnnotationWidget w, FieldSlot s) {
        PDPage page = doc.getPage(s.page());
        w.setRectangle(new PDRectangle(s.x(), s.y(), s.width(), s.height()));
        w.setPage(page);
        w.setPrinted(true);
        try {
            page.getAnnotations().add(w);
        } catch (IOException e) {
            throw new CountersignException("cannot add form field to page " + (s.page() + 1), e);
        }
        return w;
    }

    /** Places the field under its dotted parents, creating them once. */
    private void attach(PDField field, String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        field.setPartialName(qualifiedName.substring(dot + 1));
        if (dot < 0) {
            roots.add(field);
            return;
        }
        PDNonTerminalField parent = parent(qualifiedName.substring(0, dot));
        field.getCOSObject().setItem(COSName.PARENT, parent.getCOSObject());
        List<PDField> kids = new ArrayList<>(parent.getChildren());
        kids.add(field);
        parent.setChildren(kids);
    }

    private PDNonTerminalField parent(String qualifiedName) {
        PDNonTerminalField existing = parents.get(qualifiedName);
        if (existing != null) {
            return existing;
        }
        PDNonTerminalField p = new PDNonTerminalField(form);
        parents.put(qualifiedName, p);
        attach(p, qualifiedName);
        return p;
    }

    /**
     * A ring, with a dot when selected. The ring is part of both states, so the choice is
     * visible on paper and in every viewer without any page content under the widget.
     */
    private PDAppearanceStream radioAppearance(float w, float h, boolean on) {
        String key = w + "x" + h + (on ? "+" : "-");
        // One stream per size and state, shared by the document's buttons: a button's appearance is
        // chosen by /AS and never rewritten by a form filler, so sharing is safe and saves two
        // objects per button. (Text fields keep their own: PDFBox rewrites a text field's
        // appearance stream in place when it fills the field.)
        return radioStreams.computeIfAbsent(key, k -> {
            String ops = RADIO_OPS.get(k);
            if (ops == null) {
                ops = radioOperators(w, h, on);
                if (RADIO_OPS.size() < 64) {
                    RADIO_OPS.put(k, ops);
                }
            }
            return appearance(w, h, ops);
        });
    }

    private final Map<String, PDAppearanceStream> radioStreams = new java.util.HashMap<>();

    /** Radio appearance content by size and state: all radios of a document share one size. */
    private static final Map<String, String> RADIO_OPS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String radioOperators(float w, float h, boolean on) {
        float cx = w / 2;
        float cy = h / 2;
        float ring = Math.min(w, h) / 2 - 0.6f;
        StringBuilder ops = new StringBuilder("q 1 g ");
        circle(ops, cx, cy, ring);
        ops.append("f 0.067 g 0.85 w 0.067 G ");
        circle(ops, cx, cy, ring);
        ops.append("S ");
        if (on) {
            ops.append("0.05 0.22 0.55 rg ");
            circle(ops, cx, cy, ring * 0.55f);
            ops.append("f ");
        }
        ops.append("Q");
        return ops.toString();
    }

    /** Appends a closed circle path (four Bézier arcs). */
    private static void circle(StringBuilder ops, float cx, float cy, float r) {
        float k = r * 0.5523f;
        ops.append(String.format(java.util.Locale.ROOT,
                "%.3f %.3f m %.3f %.3f %.3f %.3f %.3f %.3f c %.3f %.3f %.3f %.3f %.3f %.3f c "
                        + "%.3f %.3f %.3f %.3f %.3f %.3f c %.3f %.3f %.3f %.3f %.3f %.3f c h ",
                cx + r, cy,
                cx + r, cy + k, cx + k, cy + r, cx, cy + r,
                cx - k, cy + r, cx - r, cy + k, cx - r, cy,
                cx - r, cy - k, cx - k, cy - r, cx, cy - r,
                cx + k, cy - r, cx + r, cy - k, cx + r, cy));
    }

    private PDAppearanceStream emptyAppearance(float w, float h) {
        return appearance(w, h, "");
    }

    private PDAppearanceStream appearance(float w, float h, String ops) {
        PDAppearanceStream s = new PDAppearanceStream(doc);
        s.setBBox(new PDRectangle(w, h));
        s.setResources(new PDResources());
        PDStream stream = s.getContentStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(ops.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new CountersignException("cannot write a form appearance", e);
        }
        return s;
    }
}
