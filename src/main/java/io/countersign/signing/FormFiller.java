package io.countersign.signing;

import io.countersign.core.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * Fills form fields of a (signed) PDF as an incremental update, the way a signing-aware viewer
 * saves a filled form: the original bytes stay as they are and the changed fields, widgets and
 * appearances are appended. Every signature before it keeps covering exactly what it signed, and
 * {@code verify} reports the filling as an allowed change (DocMDP P=2 and approval signatures).
 * A full save — what most editors and tools do — would rewrite the file and break them all.
 */
public final class FormFiller {
    private FormFiller() {
    }

    /**
     * Returns {@code pdf} with {@code values} (field name → value) filled in. Radio groups and
     * check boxes take the name of an appearance state ({@code confirm}, {@code change}, {@code Off});
     * text fields take text in the form's font (Helvetica: Latin-1 characters).
     *
     * @throws SigningInputException for an unknown, read-only or signature field, a value the field
     *         does not offer, text the font cannot show, or a document certified with P=1
     */
    public static byte[] fill(byte[] pdf, Map<String, String> values) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                throw new SigningInputException("the PDF is encrypted; countersign fills unencrypted PDFs only");
            }
            if (DocMdp.ofDocument(doc).filter(l -> l == DocMdp.NO_CHANGES).isPresent()) {
                throw new SigningInputException("the document is certified with DocMDP P=1: filling in the form would break the certification");
            }
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                throw new SigningInputException("the PDF has no form fields to fill in");
            }
            // In name order, so the same values always give the same bytes.
            for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
                set(form, e.getKey(), e.getValue());
            }
            // The /ID's second half from the content, not the clock: the same fill gives the same bytes.
            doc.setDocumentId(ByteBuffer.wrap(Sha256.digest(concat(pdf, new TreeMap<>(values).toString()))).getLong());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16384);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningInputException("not a PDF whose form can be filled: " + e.getMessage(), e);
        }
    }

    private static void set(PDAcroForm form, String name, String value) throws IOException {
        PDField field = form.getField(name);
        if (field == null) {
            throw new SigningInputException("the form has no field \"" + name + "\" — hint: fields: " + String.join(", ", names(form)));
        }
        if (field instanceof PDSignatureField) {
            throw new SigningInputException("field \"" + name + "\" is a signature field — sign it instead of filling it");
        }
        if (!(field instanceof PDTerminalField)) {
            throw new SigningInputException("\"" + name + "\" is a group of fields, not a field");
        }
        if (field.isReadOnly()) {
            throw new SigningInputException("field \"" + name + "\" is read-only");
        }
        if (field instanceof PDButton button && !value.equals("Off") && !button.getOnValues().contains(value)) {
            throw new SigningInputException("field \"" + name + "\" has no choice \"" + value + "\" — hint: choices: "
                    + String.join(", ", sorted(button.getOnValues())) + ", Off");
        }
        try {
            field.setValue(value);
        } catch (IllegalArgumentException e) {
            throw new SigningInputException("field \"" + name + "\" cannot show \"" + value + "\": " + e.getMessage(), e);
        }
    }

    private static List<String> sorted(java.util.Set<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }

    private static List<String> names(PDAcroForm form) {
        List<String> names = new ArrayList<>();
        for (PDField f : form.getFieldTree()) {
            if (f instanceof PDTerminalField && !(f instanceof PDSignatureField)) {
                names.add(f.getFullyQualifiedName());
            }
        }
        return names;
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, all, a.length, tail.length);
        return all;
    }
}
