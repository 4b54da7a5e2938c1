package io.countersign.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/** A buyer filling in an issued PDF with PDFBox: decisions by point id, a signer name. */
public final class Buyers {
    private Buyers() {
    }

    public static byte[] fill(byte[] issued, Map<String, String> decisions, String signer) {
        try (PDDocument doc = Loader.loadPDF(issued); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (Map.Entry<String, String> d : decisions.entrySet()) {
                form.getField("signoff." + d.getKey()).setValue(d.getValue());
            }
            if (!signer.isEmpty()) {
                form.getField("signer.name").setValue(signer);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
