package io.countersign.signing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Picks the field a signature goes into: the named empty signature field the document already
 * has (its own place on its page), or a new one — at the requested visible box, or invisible on
 * the first page. New fields are top-level and added to the page's annotations.
 */
final class SignatureFields {
    private SignatureFields() {
    }

    /** The field, its widget, the page it is on, and whether it was created now. */
    record Target(PDSignatureField field, PDAnnotationWidget widget, PDPage page, PDRectangle rect, boolean created) {
    }

    static Target prepare(PDDocument doc, SigningRequest request) throws IOException {
        PDAcroForm form = form(doc);
        if (request.field().isPresent()) {
            String name = request.field().get();
            PDField existing = form.getField(name);
            if (existing != null) {
                return existing(doc, existing, request);
            }
            if (request.visible().isEmpty()) {
                List<String> empty = emptySignatureFields(doc);
                throw new SigningInputException("the document has no field \"" + name + "\" — hint: "
                        + (empty.isEmpty() ? "it has no empty signature field; " : "empty signature fields: " + String.join(", ", empty) + "; ")
                        + "give --visible PAGE,X,Y,W,H to create the field");
            }
            if (name.isBlank() || name.contains(".")) {
                throw new SigningInputException("a new signature field needs a simple name without dots, found \"" + name + "\"");
            }
            return created(doc, form, Optional.of(name), request);
        }
        return created(doc, form, Optional.empty(), request);
    }

    /** Fully qualified names of the signature fields no one has signed yet. */
    static List<String> emptySignatureFields(PDDocument doc) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        List<String> names = new ArrayList<>();
        if (form != null) {
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDSignatureField s && s.getSignature() == null) {
                    names.add(f.getFullyQualifiedName());
                }
            }
        }
        return names;
    }

    private static Target existing(PDDocument doc, PDField field, SigningRequest request) {
        String name = field.getFullyQualifiedName();
        if (!(field instanceof PDSignatureField sig)) {
            throw new SigningInputException("field \"" + name + "\" is a " + field.getFieldType() + " field, not a signature field");
        }
        if (sig.getSignature() != null) {
            throw new SigningInputException("field \"" + name + "\" is already signed — hint: sign into another field, or leave --field out to add a new one");
        }
        if (request.visible().isPresent()) {
            throw new SigningInputException("field \"" + name + "\" already has its place in the document — hint: leave --visible out");
        }
        PDAnnotationWidget widget = sig.getWidgets().get(0);
        PDPage page = pageOf(doc, widget);
        return new Target(sig, widget, page, widget.getRectangle() == null ? new PDRectangle() : widget.getRectangle(), false);
    }

    private static Target created(PDDocument doc, PDAcroForm form, Optional<String> name, SigningRequest request) throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        name.ifPresent(field::setPartialName);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        int pageIndex = request.visible().map(v -> v.page() - 1).orElse(0);
        if (pageIndex >= doc.getNumberOfPages()) {
            throw new SigningInputException("visible signature on page " + (pageIndex + 1) + ", but the document has "
                    + doc.getNumberOfPages() + " page(s)");
        }
        PDPage page = doc.getPage(pageIndex);
        // "Signature fields that are not intended to be visible shall have an annotation rectangle that has zero height and width."
        PDRectangle rect = request.visible().map(v -> v.rectangleOn(page)).orElseGet(PDRectangle::new);
        widget.setRectangle(rect);
        widget.setPage(page);
        List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
        annotations.add(widget);
        page.setAnnotations(annotations);
        form.getFields().add(field);
        return new Target(field, widget, page, rect, true);
    }

    /** The AcroForm, created when the document has none; never PDFBox's "fixed up" form, which would change fields. */
    private static PDAcroForm form(PDDocument doc) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
        }
        if (form.getCOSObject().getCOSArray(COSName.FIELDS) == null) {
            form.getCOSObject().setItem(COSName.FIELDS, new COSArray());
        }
        return form;
    }

    private static PDPage pageOf(PDDocument doc, PDAnnotationWidget widget) {
        if (widget.getPage() != null) {
            return widget.getPage();
        }
        for (PDPage page : doc.getPages()) {
            try {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a.getCOSObject() == widget.getCOSObject()) {
                        return page;
                    }
                }
            } catch (IOException e) {
                throw new SigningInputException("cannot read the annotations of a page: " + e.getMessage(), e);
            }
        }
        throw new SigningInputException("the signature field's widget is on no page of the document");
    }
}
