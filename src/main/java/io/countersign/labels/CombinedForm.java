package io.countersign.labels;

import io.countersign.CountersignException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;

/**
 * The AcroForm of a combined document, built while the sheets stream through. Sign-off fields
 * ({@code signoff.<pointId>}, {@code note.<pointId>}) are one per point and are written with the
 * sheet, under one {@code signoff} and one {@code note} parent. Every other field a sheet has
 * ({@code signer.name}, {@code signer.title}, …) exists once in the combined form: its widgets on
 * all the sheets are kids of that one field, so the buyer types the name once and every page
 * shows it. Group and merged fields are written by {@link #finish()}, when all their kids are known.
 */
final class CombinedForm {
    /** First parts of the names of fields that belong to one point and so must be unique. */
    static final Set<String> POINT_GROUPS = Set.of("signoff", "note");

    /** Field entries a widget may not carry once it is the kid of a merged field. */
    private static final List<COSName> FIELD_KEYS = List.of(COSName.T, COSName.TU, COSName.TM, COSName.FT, COSName.FF,
            COSName.V, COSName.DV, COSName.KIDS, COSName.OPT, COSName.MAX_LEN, COSName.getPDFName("Lock"), COSName.SV,
            COSName.PARENT);
    /** Entries copied from a sheet's field to the merged field (the first sheet's). */
    private static final List<COSName> MERGED_KEYS = List.of(COSName.FT, COSName.FF, COSName.DA, COSName.Q, COSName.TU,
            COSName.TM, COSName.MAX_LEN, COSName.DV, COSName.OPT);
    private static final int MAX_DEPTH = 16;

    /** A terminal field of a sheet: the group fields above it, its name parts, and its widgets. */
    record Terminal(List<COSDictionary> ancestors, List<String> names, COSDictionary field, List<COSDictionary> widgets) {
        boolean isPointField() {
            return names.size() >= 2 && POINT_GROUPS.contains(names.get(0));
        }

        /** The point id of a sign-off field: its name after {@code signoff.} or {@code note.}. */
        String pointId() {
            return String.join(".", names.subList(1, names.size()));
        }
    }

    private final PdfObjectWriter objects;
    private final int number;
    private final Node root = new Node("", 0, null, false, new COSDictionary());
    private COSBase defaultAppearance;
    private final Map<COSName, Map<COSName, Integer>> resources = new LinkedHashMap<>();

    CombinedForm(PdfObjectWriter objects) {
        this.objects = objects;
        this.number = objects.reserve();
    }

    /** Object number of the combined AcroForm. */
    int number() {
        return number;
    }

    /** The terminal fields of a sheet's AcroForm, in the order of its field tree. */
    static List<Terminal> terminals(COSDictionary acroForm) {
        List<Terminal> found = new ArrayList<>();
        COSArray fields = acroForm.getCOSArray(COSName.FIELDS);
        if (fields != null) {
            collect(fields, List.of(), List.of(), found);
        }
        return found;
    }

    private static void collect(COSArray kids, List<COSDictionary> ancestors, List<String> names, List<Terminal> found) {
        if (ancestors.size() > MAX_DEPTH) {
            throw new CountersignException("form fields nested deeper than " + MAX_DEPTH + " levels");
        }
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.getObject(i) instanceof COSDictionary field) || field.getString(COSName.T) == null) {
                continue;
            }
            List<String> path = append(names, field.getString(COSName.T));
            COSArray children = field.getCOSArray(COSName.KIDS);
            if (hasFieldKids(children)) {
                collect(children, append(ancestors, field), path, found);
            } else {
                List<COSDictionary> widgets = new ArrayList<>();
                if (children == null) {
                    widgets.add(field);
                } else {
                    for (int k = 0; k < children.size(); k++) {
                        if (children.getObject(k) instanceof COSDictionary w) {
                            widgets.add(w);
                        }
                    }
                }
                found.add(new Terminal(ancestors, path, field, widgets));
            }
        }
    }

    /** Kids with a name are fields; kids without one are the widgets of a terminal field. */
    private static boolean hasFieldKids(COSArray kids) {
        if (kids == null) {
            return false;
        }
        for (int i = 0; i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary d && d.containsKey(COSName.T)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes a sheet's fields into the combined form: call while the sheet's objects are being
     * written (before {@link PdfObjectWriter#endContext()}). Sign-off fields are queued for writing
     * as they are; references to the sheet's group and merged fields are redirected to the combined ones.
     */
    void add(COSDictionary acroForm, List<Terminal> terminals) {
        if (defaultAppearance == null) {
            defaultAppearance = plain(acroForm.getDictionaryObject(COSName.DA));
        }
        mergeResources(acroForm.getCOSDictionary(COSName.DR));
        for (Terminal t : terminals) {
            Node parent = root;
            for (int i = 0; i < t.ancestors().size(); i++) {
                parent = parent.child(t.names().get(i), false, t.ancestors().get(i), objects);
                objects.alias(t.ancestors().get(i), parent.number);
            }
            if (t.isPointField()) {
                parent.kids.add(objects.number(t.field()));
                continue;
            }
            Node merged = parent.child(t.names().get(t.names().size() - 1), true, t.field(), objects);
            boolean fieldIsWidget = t.widgets().size() == 1 && t.widgets().get(0) == t.field();
            if (!fieldIsWidget) {
                objects.alias(t.field(), merged.number);
            }
            for (COSDictionary widget : t.widgets()) {
                COSDictionary copy = new COSDictionary();
                for (Map.Entry<COSName, COSBase> e : widget.entrySet()) {
                    if (!FIELD_KEYS.contains(e.getKey())) {
                        copy.setItem(e.getKey(), e.getValue());
                    }
                }
                copy.setItem(COSName.PARENT, PdfObjectWriter.ref(merged.number));
                objects.replace(widget, copy);
                merged.kids.add(objects.number(widget));
            }
        }
    }

    /** Default resources by name: the first sheet that has a name gives its object. */
    private void mergeResources(COSDictionary dr) {
        if (dr == null) {
            return;
        }
        for (COSName category : dr.keySet()) {
            if (!(dr.getDictionaryObject(category) instanceof COSDictionary entries)) {
                continue;
            }
            Map<COSName, Integer> merged = resources.computeIfAbsent(category, c -> new LinkedHashMap<>());
            for (COSName name : entries.keySet()) {
                COSBase value = entries.getDictionaryObject(name);
                if (value != null && !merged.containsKey(name)) {
                    merged.put(name, objects.number(value));
                }
            }
        }
    }

    /** Writes the group and merged fields and the AcroForm itself. */
    void finish() throws IOException {
        for (Node top : root.children.values()) {
            write(top);
        }
        COSDictionary form = new COSDictionary();
        form.setItem(COSName.FIELDS, root.kids.toArray());
        if (defaultAppearance != null) {
            form.setItem(COSName.DA, defaultAppearance);
        }
        if (!resources.isEmpty()) {
            COSDictionary dr = direct();
            resources.forEach((category, entries) -> {
                COSDictionary d = direct();
                entries.forEach((name, n) -> d.setItem(name, PdfObjectWriter.ref(n)));
                dr.setItem(category, d);
            });
            form.setItem(COSName.DR, dr);
        }
        // every widget carries its appearance, as on each sheet
        form.setItem(COSName.NEED_APPEARANCES, COSBoolean.FALSE);
        objects.write(number, form);
    }

    private void write(Node node) throws IOException {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.T, new COSString(node.name));
        if (node.parent != root) {
            d.setItem(COSName.PARENT, PdfObjectWriter.ref(node.parent.number));
        }
        node.attributes.forEach(d::setItem);
        d.setItem(COSName.KIDS, node.kids.toArray());
        objects.write(node.number, d);
        for (Node child : node.children.values()) {
            write(child);
        }
    }

    private static COSDictionary direct() {
        COSDictionary d = new COSDictionary();
        d.setDirect(true);
        return d;
    }

    /** A value that stays valid after its document is closed: a scalar, or an array of scalars. */
    private static COSBase plain(COSBase value) {
        if (value instanceof COSString || value instanceof COSName || value instanceof COSNumber || value instanceof COSBoolean) {
            return value;
        }
        if (value instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof COSObject || plain(a.get(i)) == null) {
                    return null;
                }
            }
            return a;
        }
        return null;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return copy;
    }

    /** A field of the combined form written at the end: a group (signoff, note, signer) or a merged field. */
    private static final class Node {
        final String name;
        final int number;
        final Node parent;
        final boolean terminal;
        final Map<COSName, COSBase> attributes = new LinkedHashMap<>();
        final References kids = new References();
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name, int number, Node parent, boolean terminal, COSDictionary source) {
            this.name = name;
            this.number = number;
            this.parent = parent;
            this.terminal = terminal;
            for (COSName key : MERGED_KEYS) {
                COSBase value = plain(source.getDictionaryObject(key));
                if (value != null) {
                    attributes.put(key, value);
                }
            }
        }

        Node child(String partialName, boolean isTerminal, COSDictionary source, PdfObjectWriter objects) {
            Node existing = children.get(partialName);
            if (existing == null) {
                existing = new Node(partialName, objects.reserve(), this, isTerminal, source);
                children.put(partialName, existing);
                kids.add(existing.number);
            } else if (existing.terminal != isTerminal) {
                throw new CountersignException("form field \"" + partialName + "\" is a field on one sheet and a group of fields on another");
            }
            return existing;
        }
    }
}
