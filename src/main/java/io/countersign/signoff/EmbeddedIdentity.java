package io.countersign.signoff;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Reads the {@code countersign.json} identity attached to an issued PDF. */
final class EmbeddedIdentity {
    static final String ATTACHMENT = "countersign.json";
    private static final int MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EmbeddedIdentity() {
    }

    /** The identity, when the document carries a well-formed one of a format this version reads. */
    static Optional<DocumentIdentity> of(PDDocument doc) {
        try {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return Optional.empty();
            }
            PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> files = tree.getNames();
            PDComplexFileSpecification spec = files == null ? null : files.get(ATTACHMENT);
            if (spec == null || spec.getEmbeddedFile() == null) {
                return Optional.empty();
            }
            PDEmbeddedFile file = spec.getEmbeddedFile();
            byte[] bytes = file.toByteArray();
            if (bytes.length > MAX_BYTES) {
                return Optional.empty();
            }
            var tree2 = JSON.readTree(bytes);
            if (!DocumentIdentity.FORMAT.equals(tree2.path("format").asText())) {
                return Optional.empty();
            }
            return Optional.of(JSON.treeToValue(tree2, DocumentIdentity.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
