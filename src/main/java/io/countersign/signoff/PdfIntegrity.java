package io.countersign.signoff;

import io.countersign.core.Sha256;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Compares a returned PDF with the issued one. The expected return is the issued bytes plus
 * incremental updates that only fill fields; a file rewritten by another tool is accepted when
 * every page still shows the same text and pictures and looks the same. Anything else — other
 * text (a price, a quantity, a term), other pictures, something painted over the page (a white
 * box over a quantity has no text to compare; see {@link PageDrawings}), another page count, a
 * drawing annotation laid over the page, another embedded identity — makes the document altered,
 * with the page, the points on it and the old/new text named. The one page addition accepted is
 * the certificate of completion an online sign-off appends after the issued pages ({@link CertificatePages}).
 */
final class PdfIntegrity {
    /** Annotation kinds that only comment (a sticky note and its popup) rather than draw on the page. */
    private static final Set<String> COMMENTS = Set.of("Text", "Popup");
    private static final int MAX_LINES = 4;

    private PdfIntegrity() {
    }

    /**
     * @param flattened the returned form is gone: filled-in values were drawn into the pages, so text
     *                  added to a page is expected there; text removed or changed still is an alteration
     */
    static Integrity compare(byte[] issuedBytes, PDDocument issued, byte[] returnedBytes, PDDocument returned,
                             DocumentIdentity issuedId, DocumentIdentity returnedId, boolean flattened) throws IOException {
        List<String> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!issuedId.equals(returnedId)) {
            findings.add("the embedded document identity differs from the issued one");
        }
        int certificatePages = certificatePages(issued, returned, issuedId);
        if (issued.getNumberOfPages() + certificatePages != returned.getNumberOfPages()) {
            findings.add("the issued document has " + issued.getNumberOfPages() + " pages, the returned one "
                    + returned.getNumberOfPages());
            return Integrity.altered(findings);
        }
        boolean rewritten = false;
        for (int i = 0; i < issued.getNumberOfPages(); i++) {
            PDPage a = issued.getPage(i);
            PDPage b = returned.getPage(i);
            String where = "page " + (i + 1) + pointsOn(b, issuedId);
            if (!Arrays.equals(content(a), content(b))) {
                rewritten = true;
                TextDifference diff = textDifference(issued, returned, i + 1);
                if (!diff.removed().isEmpty() || (!diff.added().isEmpty() && !flattened)) {
                    findings.add(where + ": text changed: " + diff);
                } else if (!diff.added().isEmpty()) {
                    notes.add(where + ": filled-in text drawn into the page: \"" + String.join(" | ", diff.added()) + "\"");
                }
                if (!images(a.getResources()).equals(images(b.getResources()))) {
                    findings.add(where + ": pictures changed");
                }
                String page = "page " + (i + 1) + ": ";
                PageDrawings.difference(issued, returned, i, flattened, issuedId).ifPresent(d -> findings.add(page + d));
            }
            for (PDAnnotation annotation : b.getAnnotations()) {
                String kind = annotation.getSubtype();
                if (!(annotation instanceof PDAnnotationWidget) && !COMMENTS.contains(kind)) {
                    findings.add(where + ": a " + kind + " annotation was drawn over the page");
                }
            }
        }
        if (!findings.isEmpty()) {
            return Integrity.altered(findings);
        }
        if (flattened) {
            List<String> all = new ArrayList<>(List.of("the form was flattened into the pages; nothing issued was removed or changed"));
            all.addAll(notes);
            return new Integrity(true, false, all);
        }
        boolean incremental = returnedBytes.length >= issuedBytes.length
                && Arrays.equals(issuedBytes, 0, issuedBytes.length, returnedBytes, 0, issuedBytes.length);
        String certificate = certificatePages == 0 ? ""
                : "; " + certificatePages + " certificate-of-completion page(s) of the online sign-off appended after the issued pages"
                        + " (only the server's seal vouches for what they say: countersign verify)";
        if (incremental) {
            return Integrity.intact("the returned file is the issued file with updates appended; pages unchanged" + certificate);
        }
        return Integrity.intact((rewritten
                ? "the returned file was rewritten by another tool; every page shows the issued text and pictures"
                : "the returned file was rewritten by another tool; page contents are identical") + certificate);
    }

    /**
     * How many pages after the issued ones are marked as this document's certificate of completion
     * ({@link CertificatePages}): the one addition an online sign-off makes. Counted only when every
     * extra page is marked; one unmarked extra page leaves the page count to tell the alteration.
     */
    private static int certificatePages(PDDocument issued, PDDocument returned, DocumentIdentity issuedId) {
        int extra = returned.getNumberOfPages() - issued.getNumberOfPages();
        for (int i = issued.getNumberOfPages(); i < returned.getNumberOfPages(); i++) {
            if (!CertificatePages.isCertificate(returned.getPage(i), issuedId)) {
                return 0;
            }
        }
        return Math.max(extra, 0);
    }

    /** " (KB-5A, KB-5B)": the points whose decision buttons sit on the page. */
    private static String pointsOn(PDPage page, DocumentIdentity id) throws IOException {
        Set<String> on = new LinkedHashSet<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationWidget w && w.getCOSObject().getCOSDictionary(COSName.PARENT) != null) {
                var parent = w.getCOSObject().getCOSDictionary(COSName.PARENT);
                String partial = parent.getString(COSName.T);
                var grand = parent.getCOSDictionary(COSName.PARENT);
                if (partial != null && grand != null && "signoff".equals(grand.getString(COSName.T))) {
                    id.points().stream().filter(p -> p.id().equals(partial)).forEach(p -> on.add(p.id()));
                }
            }
        }
        return on.isEmpty() ? "" : " (" + String.join(", ", on) + ")";
    }

    private static byte[] content(PDPage page) throws IOException {
        try (var in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    /** Lines of a page's text found only in the issued page and only in the returned page (first few of each). */
    private record TextDifference(List<String> removed, List<String> added) {
        @Override
        public String toString() {
            return "issued \"" + String.join(" | ", removed) + "\" → returned \"" + String.join(" | ", added) + "\"";
        }
    }

    private static TextDifference textDifference(PDDocument issued, PDDocument returned, int page) throws IOException {
        List<String> before = lines(issued, page);
        List<String> after = lines(returned, page);
        return new TextDifference(before.stream().filter(l -> !after.contains(l)).limit(MAX_LINES).toList(),
                after.stream().filter(l -> !before.contains(l)).limit(MAX_LINES).toList());
    }

    private static List<String> lines(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        // Text drawn over other text must show up, not be merged away as a duplicate.
        stripper.setSuppressDuplicateOverlappingText(false);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return Arrays.stream(stripper.getText(doc).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Content hashes of the page's pictures, in forms too, as a set. */
    private static Set<String> images(PDResources resources) throws IOException {
        Set<String> hashes = new LinkedHashSet<>();
        collect(resources, hashes, 0);
        return hashes;
    }

    private static void collect(PDResources resources, Set<String> hashes, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                try (var in = image.getCOSObject().createRawInputStream()) {
                    hashes.add(Sha256.hex(in.readAllBytes()));
                }
            } else if (x instanceof PDFormXObject form) {
                collect(form.getResources(), hashes, depth + 1);
            }
        }
    }

}
