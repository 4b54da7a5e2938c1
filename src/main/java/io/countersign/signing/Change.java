package io.countersign.signing;

/**
 * One thing that changed after a signature, in words ("field signoff.KB-5A filled in: confirm",
 * "page 2 content changed"), and whether the signature's rules permit it.
 */
public record Change(Kind kind, boolean allowed, String description) {

    /** What sort of change it is; the DocMDP level decides which sorts are allowed. */
    public enum Kind {
        /** A form field's value (and its appearance with it). */
        FORM_FILLING,
        /** A signature added, or an empty signature field added. */
        SIGNING,
        /** A non-widget annotation added, changed or removed. */
        ANNOTATION,
        /** The document information dictionary (ModDate, Producer …). */
        DOCUMENT_INFORMATION,
        /** Long-term validation data (the catalog's /DSS). */
        VALIDATION_DATA,
        /** Anything else: page content, resources, fields removed or redefined, catalog entries … */
        OTHER
    }

    /** Whether a change of this kind is permitted after a signature governed by {@code level} (null: an approval signature in an uncertified document). */
    static boolean permitted(Kind kind, DocMdp level) {
        if (kind == Kind.VALIDATION_DATA) {
            return true;
        }
        if (kind == Kind.OTHER || level == DocMdp.NO_CHANGES) {
            return false;
        }
        if (kind == Kind.ANNOTATION) {
            return level == DocMdp.ANNOTATIONS;
        }
        return true;
    }
}
