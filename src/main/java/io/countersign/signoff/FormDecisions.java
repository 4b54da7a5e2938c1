package io.countersign.signoff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * Reads decisions, notes and the signer from an AcroForm the way viewers leave it. A radio choice
 * may be recorded in the field's value {@code /V} (a name, or a string from some tools), only in a
 * widget's appearance state {@code /AS} (viewers that update the look but not the value), or as an
 * index into {@code /Opt}; all are understood. A value that is none of confirm/change is undecided.
 */
final class FormDecisions {
    private final PDAcroForm form;

    FormDecisions(PDAcroForm form) {
        this.form = form;
        // Fields are looked up by name once per point; without the cache each lookup walks the whole
        // field tree, which is quadratic on a combined batch PDF with thousands of points.
        form.setCacheFields(true);
    }

    /** True when the form still has the decision field of at least one point. */
    boolean hasAnyDecisionField(List<SignOffPoint> points) {
        return points.stream().anyMatch(p -> form.getField(p.decisionField()) != null);
    }

    List<PointDecision> read(List<SignOffPoint> points) {
        List<PointDecision> decisions = new ArrayList<>();
        for (SignOffPoint p : points) {
            PDField field = form.getField(p.decisionField());
            Decision d = field instanceof PDTerminalField t ? decision(t) : Decision.NOT_MACHINE_READABLE;
            decisions.add(new PointDecision(p, d, text(p.noteField()), text(p.initialsField())));
        }
        return decisions;
    }

    Signer signer() {
        return new Signer(text("signer.name"), text("signer.title"), text("signer.date"));
    }

    private String text(String name) {
        PDField f = form.getField(name);
        if (f == null) {
            return "";
        }
        COSBase v = f.getCOSObject().getDictionaryObject(COSName.V);
        return v instanceof COSString s ? s.getString().strip() : "";
    }

    static Decision decision(PDTerminalField field) {
        String value = value(field.getCOSObject());
        if (value.isEmpty() || value.equals("Off")) {
            Set<String> shown = new LinkedHashSet<>();
            for (PDAnnotationWidget w : field.getWidgets()) {
                COSName as = w.getCOSObject().getCOSName(COSName.AS);
                if (as != null && !as.getName().equals("Off")) {
                    shown.add(as.getName());
                }
            }
            if (shown.size() != 1) {
                return Decision.UNDECIDED;
            }
            value = shown.iterator().next();
        }
        value = fromOptions(field.getCOSObject(), value).orElse(value);
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "confirm" -> Decision.CONFIRMED;
            case "change" -> Decision.CHANGE_REQUESTED;
            default -> Decision.UNDECIDED;
        };
    }

    private static String value(COSDictionary field) {
        COSBase v = field.getDictionaryObject(COSName.V);
        if (v instanceof COSName n) {
            return n.getName();
        }
        if (v instanceof COSString s) {
            return s.getString();
        }
        return "";
    }

    /** Tools that write radio values as indices ("0", "1") into {@code /Opt} are mapped back to the export value. */
    private static Optional<String> fromOptions(COSDictionary field, String value) {
        if (!(field.getDictionaryObject(COSName.OPT) instanceof COSArray opt) || !value.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int i = Integer.parseInt(value);
        return i < opt.size() && opt.getObject(i) instanceof COSString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
