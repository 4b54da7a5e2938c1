package io.countersign.signing;

import io.countersign.signing.Change.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * What changed between the revision a signature covers and the file as it is now, in words, each
 * change sorted into a {@link Kind} that the signature's DocMDP level permits or not. Compared:
 * the page count; each page's content (decoded), resources, boxes, rotation and other entries;
 * annotations (widgets apart); the form's fields — added, removed, redefined, values, and
 * appearances that changed without their value; the catalog's other entries and the form
 * dictionary; the document information.
 */
final class ChangeAnalysis {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final Set<COSName> PAGE_COMPARED_APART = Set.of(COSName.CONTENTS, COSName.RESOURCES, COSName.ANNOTS,
            COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);
    /** A widget's appearance follows its field's value; they are checked together with the field. */
    private static final Set<COSName> FILLED_IN = Set.of(COSName.V, COSName.AP, COSName.AS);

    private final PDDocument before;
    private final PDDocument after;
    private final CosDiff diff;
    private final DocMdp level;
    private final List<Change> changes = new ArrayList<>();

    private ChangeAnalysis(PDDocument before, PDDocument after, DocMdp level) {
        this.before = before;
        this.after = after;
        this.diff = new CosDiff(before.getDocument(), after.getDocument());
        this.level = level;
    }

    /**
     * The changes from {@code signed} (the revision a signature covers) to {@code current}, judged
     * by {@code level} — the certification's DocMDP level, or null for an approval signature in an
     * uncertified document (form filling and signing allowed, as for P=2).
     */
    static List<Change> between(PDDocument signed, PDDocument current, DocMdp level) {
        ChangeAnalysis analysis = new ChangeAnalysis(signed, current, level);
        analysis.catalog();
        analysis.pages();
        analysis.fields();
        analysis.information();
        return List.copyOf(analysis.changes);
    }

    private void add(Kind kind, String description) {
        changes.add(new Change(kind, Change.permitted(kind, level), description));
    }

    private void catalog() {
        COSDictionary a = before.getDocumentCatalog().getCOSObject();
        COSDictionary b = after.getDocumentCatalog().getCOSObject();
        if (diff.diff(a.getItem(DSS), b.getItem(DSS)).isPresent()) {
            add(Kind.VALIDATION_DATA, "validation data (DSS) " + (a.containsKey(DSS) ? "changed" : "added"));
        }
        // /Version and /Extensions only declare the features a signature used; pages and the form are compared apart.
        for (String key : diff.differingKeys(a, b, Set.of(COSName.PAGES, COSName.ACRO_FORM, DSS, COSName.VERSION, EXTENSIONS))) {
            add(Kind.OTHER, "document catalog " + key + " " + addedOrChanged(a, b, key));
        }
        COSDictionary formA = dictionary(a.getItem(COSName.ACRO_FORM));
        COSDictionary formB = dictionary(b.getItem(COSName.ACRO_FORM));
        if (formA == null && formB != null) {
            return; // a form created to hold a new signature field; its fields are compared below
        }
        if (formA != null && formB == null) {
            add(Kind.OTHER, "the form (AcroForm) was removed");
            return;
        }
        if (formA != null) {
            for (String key : diff.differingKeys(formA, formB, Set.of(COSName.FIELDS, COSName.SIG_FLAGS))) {
                add(Kind.OTHER, "form " + key + " " + addedOrChanged(formA, formB, key));
            }
        }
    }

    private void pages() {
        int n = before.getNumberOfPages();
        int m = after.getNumberOfPages();
        if (n != m) {
            add(Kind.OTHER, "page count changed from " + n + " to " + m);
        }
        for (int i = 0; i < Math.min(n, m); i++) {
            page(i + 1, before.getPage(i), after.getPage(i));
        }
    }

    private void page(int number, PDPage a, PDPage b) {
        if (!Arrays.equals(content(a), content(b))) {
            add(Kind.OTHER, "page " + number + " content changed");
        }
        diff.diff(inherited(a, COSName.RESOURCES), inherited(b, COSName.RESOURCES))
                .ifPresent(where -> add(Kind.OTHER, "page " + number + " resources changed (" + where + ")"));
        for (COSName box : List.of(COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE)) {
            if (diff.diff(inherited(a, box), inherited(b, box)).isPresent()) {
                add(Kind.OTHER, "page " + number + " /" + box.getName() + " changed");
            }
        }
        for (String key : diff.differingKeys(a.getCOSObject(), b.getCOSObject(), PAGE_COMPARED_APART)) {
            add(Kind.OTHER, "page " + number + " " + key + " " + addedOrChanged(a.getCOSObject(), b.getCOSObject(), key));
        }
        annotations(number, a, b);
    }

    /** Annotations by identity (object number): added, removed, changed. Widgets belong to fields and are compared there. */
    private void annotations(int number, PDPage a, PDPage b) {
        Map<String, COSDictionary> was = annotationsOf(a);
        Map<String, COSDictionary> is = annotationsOf(b);
        for (Map.Entry<String, COSDictionary> e : is.entrySet()) {
            COSDictionary annot = e.getValue();
            COSDictionary old = was.get(e.getKey());
            boolean widget = COSName.WIDGET.equals(annot.getCOSName(COSName.SUBTYPE));
            if (old == null) {
                if (!widget) {
                    add(Kind.ANNOTATION, subtype(annot) + " annotation added on page " + number);
                } else if (!signatureWidget(annot)) {
                    add(Kind.OTHER, "form field widget" + fieldLabel(annot) + " added on page " + number);
                }
                // a new signature field's widget is reported with the field
            } else {
                Set<COSName> ignored = widget ? widgetFilledIn(annot) : Set.of();
                Set<String> keys = diff.differingKeys(old, annot, ignored);
                if (!keys.isEmpty()) {
                    add(widget ? Kind.OTHER : Kind.ANNOTATION, (widget ? "form field widget" + fieldLabel(annot) : subtype(annot) + " annotation")
                            + " changed on page " + number + " (" + String.join(", ", keys) + ")");
                }
            }
        }
        for (Map.Entry<String, COSDictionary> e : was.entrySet()) {
            if (!is.containsKey(e.getKey())) {
                COSDictionary annot = e.getValue();
                boolean widget = COSName.WIDGET.equals(annot.getCOSName(COSName.SUBTYPE));
                add(widget ? Kind.OTHER : Kind.ANNOTATION, (widget ? "form field widget" + fieldLabel(annot) : subtype(annot) + " annotation")
                        + " removed from page " + number);
            }
        }
    }

    /** What filling in may change on a widget: value and appearance; a signature widget's flags too (viewers set "print" when signing). */
    private static Set<COSName> widgetFilledIn(COSDictionary widget) {
        return signatureWidget(widget) ? Set.of(COSName.V, COSName.AP, COSName.AS, COSName.F) : FILLED_IN;
    }

    private void fields() {
        Map<String, PDTerminalField> was = terminalFields(before);
        Map<String, PDTerminalField> is = terminalFields(after);
        for (Map.Entry<String, PDTerminalField> e : is.entrySet()) {
            String name = e.getKey();
            PDTerminalField field = e.getValue();
            PDTerminalField old = was.get(name);
            if (old == null) {
                if (field instanceof PDSignatureField sig) {
                    add(Kind.SIGNING, "signature field " + name + " added" + (sig.getSignature() == null ? "" : " and signed" + by(sig)));
                } else {
                    add(Kind.OTHER, "field " + name + " added");
                }
                continue;
            }
            field(name, old, field);
        }
        for (String name : was.keySet()) {
            if (!is.containsKey(name)) {
                add(Kind.OTHER, "field " + name + " removed");
            }
        }
    }

    private void field(String name, PDTerminalField old, PDTerminalField now) {
        COSDictionary a = old.getCOSObject();
        COSDictionary b = now.getCOSObject();
        if (old.getClass() != now.getClass()) {
            add(Kind.OTHER, "field " + name + " changed its type");
            return;
        }
        boolean valueChanged = diff.diff(a.getItem(COSName.V), b.getItem(COSName.V)).isPresent();
        if (valueChanged) {
            value(name, old, now);
        }
        // A field that is also its widget is compared with the page's annotations.
        if (!isWidget(b)) {
            Set<String> keys = diff.differingKeys(a, b, Set.of(COSName.V, COSName.KIDS, COSName.AP, COSName.AS));
            if (!keys.isEmpty()) {
                add(Kind.OTHER, "field " + name + " redefined (" + String.join(", ", keys) + ")");
            }
        }
        List<PDAnnotationWidget> wa = old.getWidgets();
        List<PDAnnotationWidget> wb = now.getWidgets();
        if (wa.size() != wb.size()) {
            add(Kind.OTHER, "field " + name + " has " + wb.size() + " widget(s) instead of " + wa.size());
            return;
        }
        if (!valueChanged) {
            for (int i = 0; i < wa.size(); i++) {
                COSDictionary x = wa.get(i).getCOSObject();
                COSDictionary y = wb.get(i).getCOSObject();
                if (diff.diff(x.getItem(COSName.AP), y.getItem(COSName.AP)).isPresent()
                        || diff.diff(x.getItem(COSName.AS), y.getItem(COSName.AS)).isPresent()) {
                    // What the field shows is not what it holds: a drawing slipped in through an appearance.
                    add(Kind.OTHER, "field " + name + " looks different although its value did not change (appearance replaced)");
                    break;
                }
            }
        }
    }

    private void value(String name, PDTerminalField old, PDTerminalField now) {
        if (now instanceof PDSignatureField sig) {
            if (((PDSignatureField) old).getSignature() == null) {
                add(Kind.SIGNING, "field " + name + " signed" + by(sig));
            } else {
                add(Kind.OTHER, "signature in field " + name + (sig.getSignature() == null ? " removed" : " replaced"));
            }
            return;
        }
        String shown = now.getValueAsString();
        String value = now instanceof org.apache.pdfbox.pdmodel.interactive.form.PDButton ? shown : quote(shown);
        add(Kind.FORM_FILLING, shown.isEmpty() ? "field " + name + " cleared" : "field " + name + " filled in: " + value);
    }

    private void information() {
        COSBase a = before.getDocument().getTrailer().getItem(COSName.INFO);
        COSBase b = after.getDocument().getTrailer().getItem(COSName.INFO);
        COSDictionary da = dictionary(a);
        COSDictionary db = dictionary(b);
        if (da != null && db != null) {
            Set<String> keys = diff.differingKeys(da, db, Set.of());
            if (!keys.isEmpty()) {
                add(Kind.DOCUMENT_INFORMATION, "document information changed (" + String.join(", ", keys) + ")");
            }
        } else if (da != db) {
            add(Kind.DOCUMENT_INFORMATION, "document information " + (da == null ? "added" : "removed"));
        }
    }

    private static Map<String, PDTerminalField> terminalFields(PDDocument doc) {
        Map<String, PDTerminalField> fields = new LinkedHashMap<>();
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDTerminalField t) {
                    fields.putIfAbsent(f.getFullyQualifiedName(), t);
                }
            }
        }
        return fields;
    }

    /** Annotations of a page by object number (or position, for the rare direct ones). */
    private static Map<String, COSDictionary> annotationsOf(PDPage page) {
        Map<String, COSDictionary> map = new LinkedHashMap<>();
        COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annots == null) {
            return map;
        }
        for (int i = 0; i < annots.size(); i++) {
            COSBase item = annots.get(i);
            COSDictionary dict = dictionary(item);
            if (dict != null) {
                String id = item instanceof COSObject o && o.getKey() != null ? o.getKey().toString() : "direct#" + i;
                map.put(id, dict);
            }
        }
        return map;
    }

    private static byte[] content(PDPage page) {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return ("unreadable content:" + e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A page attribute, looked up through the page tree as the specification inherits it. */
    private static COSBase inherited(PDPage page, COSName key) {
        COSDictionary node = page.getCOSObject();
        for (int depth = 0; node != null && depth < 64; depth++) {
            COSBase value = node.getItem(key);
            if (value != null) {
                return value;
            }
            node = node.getCOSDictionary(COSName.PARENT);
        }
        return null;
    }

    private static boolean signatureWidget(COSDictionary widget) {
        if (COSName.SIG.equals(widget.getCOSName(COSName.FT))) {
            return true;
        }
        COSDictionary parent = widget.getCOSDictionary(COSName.PARENT);
        return parent != null && COSName.SIG.equals(parent.getCOSName(COSName.FT));
    }

    private static boolean isWidget(COSDictionary dict) {
        return COSName.WIDGET.equals(dict.getCOSName(COSName.SUBTYPE));
    }

    /** " (field NAME)" for a widget, from the /T names up its /Parent chain. */
    private static String fieldLabel(COSDictionary widget) {
        List<String> parts = new ArrayList<>();
        COSDictionary node = widget;
        for (int depth = 0; node != null && depth < 32; depth++) {
            String t = node.getString(COSName.T);
            if (t != null) {
                parts.add(0, t);
            }
            node = node.getCOSDictionary(COSName.PARENT);
        }
        return parts.isEmpty() ? "" : " of " + String.join(".", parts);
    }

    private static String subtype(COSDictionary annot) {
        COSName subtype = annot.getCOSName(COSName.SUBTYPE);
        return subtype == null ? "an" : subtype.getName();
    }

    private static String by(PDSignatureField field) {
        String name = field.getSignature() == null ? null : field.getSignature().getName();
        return name == null || name.isBlank() ? "" : " by " + name;
    }

    private static String addedOrChanged(COSDictionary a, COSDictionary b, String key) {
        COSName name = COSName.getPDFName(key.substring(1));
        if (!a.containsKey(name)) {
            return "added";
        }
        return b.containsKey(name) ? "changed" : "removed";
    }

    private static COSDictionary dictionary(COSBase base) {
        return CosDiff.resolve(base) instanceof COSDictionary d ? d : null;
    }

    private static String quote(String value) {
        String oneLine = value.replaceAll("\\s+", " ").strip();
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 59) + "…" : oneLine) + "\"";
    }
}
