package io.countersign.signing;

import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * The changes a certification signature permits after it (DocMDP, ISO 32000-1 §12.8.2.2): its
 * transform parameters' {@code /P} value. A document has at most one certification signature,
 * and it must be the first.
 */
public enum DocMdp {
    /** P=1: no change at all, not even another signature. */
    NO_CHANGES(1, "no changes allowed"),
    /** P=2: filling in form fields and signing. */
    FORM_FILLING(2, "form filling and signing allowed"),
    /** P=3: as P=2, plus adding, changing and deleting annotations. */
    ANNOTATIONS(3, "form filling, signing and annotations allowed");

    private final int p;
    private final String meaning;

    DocMdp(int p, String meaning) {
        this.p = p;
        this.meaning = meaning;
    }

    public int p() {
        return p;
    }

    /** What the level permits, in words. */
    public String meaning() {
        return meaning;
    }

    public static DocMdp of(int p) {
        for (DocMdp level : values()) {
            if (level.p == p) {
                return level;
            }
        }
        throw new SigningInputException("DocMDP level must be 1, 2 or 3, found " + p);
    }

    /**
     * The level {@code signature} certifies with, or empty for an approval signature. A /P outside
     * 1–3 or missing counts as 2, as the specification says.
     */
    public static Optional<DocMdp> of(PDSignature signature) {
        COSArray refs = signature.getCOSObject().getCOSArray(COSName.REFERENCE);
        if (refs == null) {
            return Optional.empty();
        }
        for (int i = 0; i < refs.size(); i++) {
            COSBase ref = refs.getObject(i);
            if (ref instanceof COSDictionary dict && COSName.DOCMDP.equals(dict.getCOSName(COSName.TRANSFORM_METHOD))) {
                COSDictionary params = dict.getCOSDictionary(COSName.TRANSFORM_PARAMS);
                int p = params == null ? 2 : params.getInt(COSName.P, 2);
                return Optional.of(p >= 1 && p <= 3 ? of(p) : FORM_FILLING);
            }
        }
        return Optional.empty();
    }

    /** The level of the document's certification signature (named by the catalog's /Perms /DocMDP), or empty. */
    public static Optional<DocMdp> ofDocument(PDDocument doc) {
        COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        COSDictionary sig = perms == null ? null : perms.getCOSDictionary(COSName.DOCMDP);
        return sig == null ? Optional.empty() : of(new PDSignature(sig));
    }

    /**
     * Makes {@code signature} a certification signature at this level: the DocMDP reference in the
     * signature dictionary and the catalog's /Perms pointing at it. Call before the signature is saved.
     */
    void certify(PDDocument doc, PDSignature signature) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.TRANSFORM_PARAMS);
        params.setInt(COSName.P, p);
        params.setName(COSName.V, "1.2");
        params.setDirect(true);

        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.SIG_REF);
        reference.setItem(COSName.TRANSFORM_METHOD, COSName.DOCMDP);
        // ISO 32000-1 requires a DigestMethod name for the (obsolete) object digest; nothing
        // computes it any more — the document digest is the CMS's SHA-256.
        reference.setItem(COSName.DIGEST_METHOD, COSName.getPDFName("SHA1"));
        reference.setItem(COSName.TRANSFORM_PARAMS, params);
        reference.setDirect(true);

        COSArray references = new COSArray();
        references.add(reference);
        references.setDirect(true);
        signature.getCOSObject().setItem(COSName.REFERENCE, references);

        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.DOCMDP, signature);
        perms.setDirect(true);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, perms);
    }
}
