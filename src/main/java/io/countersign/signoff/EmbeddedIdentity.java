package io.countersign.signoff;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Reads the {@code countersign.json} identity attached to an issued PDF. */
public final class EmbeddedIdentity {
    static final String ATTACHMENT = "countersign.json";
    /** A combined batch PDF lists every sheet's points (about 320 bytes each): 32 MB is some 100,000 points. */
    private static final int MAX_BYTES = 32 << 20;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EmbeddedIdentity() {
    }

    /** The identity, when the document carries a well-formed one of a format this version reads. */
    public static Optional<DocumentIdentity> of(PDDocument doc) {
        Optional<byte[]> bytes = PdfAttachments.read(doc, ATTACHMENT, MAX_BYTES);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            var tree = JSON.readTree(bytes.get());
            if (!DocumentIdentity.FORMAT.equals(tree.path("format").asText())) {
                return Optional.empty();
            }
            return Optional.of(JSON.treeToValue(tree, DocumentIdentity.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
