package io.countersign.labels;

import io.countersign.Countersign;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import io.countersign.render.IdentityEmbedding;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.EmbeddedIdentity;
import io.countersign.signoff.SignOffPoint;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;

/**
 * Countersign PDFs with forms to combine: the PI samples rendered with every style id (which is
 * the point id) prefixed, so each copy's points are its own, and cheap copies of a rendered sheet
 * with its points renamed in the fields and the attached identity, for runs of hundreds of sheets.
 */
final class TestSheets {
    private static final Map<String, byte[]> RENDERED = new HashMap<>();

    private TestSheets() {
    }

    /**
     * {@code samples/pi/<sample>} rendered as PI number {@code <number>-<prefix>} with style ids
     * {@code <prefix>-<id>}, written to {@code dir/<prefix>.pdf}; rendered once per JVM.
     */
    static Path pi(String sample, String prefix, Path dir) {
        byte[] pdf;
        synchronized (RENDERED) {
            pdf = RENDERED.computeIfAbsent(sample + "|" + prefix, k -> render(sample, prefix));
        }
        return write(dir.resolve(prefix + ".pdf"), pdf);
    }

    private static byte[] render(String sample, String prefix) {
        ProformaInvoice p = Countersign.readPi(RenderedPi.SAMPLES.resolve(sample));
        List<Style> styles = p.styles().stream().map(s -> new Style(prefix + "-" + s.id(), s.buyerCode(), s.name(), s.attributes(),
                s.images(), s.gtin(), s.quantity(), s.unit(), s.unitPrice(), s.packing())).toList();
        ProformaInvoice copy = new ProformaInvoice(p.number() + "-" + prefix, p.revision(), p.issueDate(), p.validUntil(),
                p.buyerPoReference(), p.currency(), p.incoterms(), p.paymentTerms(), p.shipmentDate(), p.portOfLoading(),
                p.portOfDischarge(), p.seller(), p.buyer(), p.bank(), p.remarks(), p.language(), styles, List.of());
        return RenderedPi.pdf(copy, RenderedPi.ISSUED_AT);
    }

    /** A copy of {@code pdf} whose sign-off points are renamed by {@code rename}, in the field names and in the attached identity. */
    static byte[] renamed(byte[] pdf, UnaryOperator<String> rename) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDField group : doc.getDocumentCatalog().getAcroForm().getFields()) {
                if (group instanceof PDNonTerminalField g && CombinedForm.POINT_GROUPS.contains(g.getPartialName())) {
                    g.getChildren().forEach(f -> f.setPartialName(rename.apply(f.getPartialName())));
                }
            }
            DocumentIdentity id = EmbeddedIdentity.of(doc).orElseThrow();
            DocumentIdentity renamed = new DocumentIdentity(id.documentId(), id.kind(), id.revision(), id.title(), id.issuedAt(),
                    id.inputSha256(), id.points().stream()
                    .map(p -> new SignOffPoint(rename.apply(p.id()), p.label(), p.sha256(), p.carriedFrom())).toList());
            byte[] json = IdentityEmbedding.json(renamed);
            PDEmbeddedFile file = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(IdentityEmbedding.ATTACHMENT).getEmbeddedFile();
            try (OutputStream out = file.getCOSObject().createOutputStream()) {
                out.write(json);
            }
            file.setSize(json.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code count} copies of {@code sheet} in {@code dir}, {@code 00001.pdf} …, the points of copy n
     * prefixed {@code Cn-}; one PDFBox load and save each (tens of ms), where a render takes hundreds.
     */
    static void copies(byte[] sheet, int count, Path dir) {
        for (int n = 1; n <= count; n++) {
            String prefix = "C" + n + "-";
            write(dir.resolve(String.format("%05d.pdf", n)), renamed(sheet, id -> prefix + id));
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
