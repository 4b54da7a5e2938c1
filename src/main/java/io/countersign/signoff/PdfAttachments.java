package io.countersign.signoff;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Files attached to a PDF, read by name with a size cap (returned documents are untrusted). */
public final class PdfAttachments {
    private PdfAttachments() {
    }

    /** The bytes of the attachment {@code name}, when there is one of at most {@code maxBytes}. */
    public static Optional<byte[]> read(PDDocument doc, String name, int maxBytes) {
        try {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> files = tree == null ? null : tree.getNames();
            PDComplexFileSpecification spec = files == null ? null : files.get(name);
            PDEmbeddedFile file = spec == null ? null : spec.getEmbeddedFile();
            if (file == null || file.getLength() > maxBytes) {
                return Optional.empty();
            }
            byte[] bytes = file.toByteArray();
            return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
