package io.countersign.server.store;

import io.countersign.signoff.DocumentIdentity;
import java.util.List;
import java.util.Map;

/**
 * Everything about an issued revision that is not queried, kept as JSON in the content store:
 * its identity (with the sign-off points), what rendering it found (PO findings, look-alike pairs),
 * the file name of each output ({@code pdf}, {@code xlsx}, {@code eml}, {@code index} …), whether it
 * is signed, and for a PI the source it can be rendered again from ({@code null} for other kinds).
 */
public record RevisionRecord(DocumentIdentity identity, List<String> findings, int lookAlikePairs, Map<String, String> outputs,
                             boolean signed, PiSource pi) {

    public RevisionRecord {
        findings = List.copyOf(findings);
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs)); // in the order given: pdf first
    }

    /**
     * How a PI revision was made: the input text and pictures (by hash in the content store, pictures
     * under the relative paths the input names), the render settings, and the previous revision's
     * PDF it was compared with ({@code previousSha256} empty when none). Rendering the same source
     * again gives the same bytes, so the XLSX and the email are made only when first asked for.
     */
    public record PiSource(String inputSha256, String format, String displayName, Map<String, String> pictures, PiSettings settings,
                           String previousSha256) {
        public PiSource {
            pictures = Map.copyOf(pictures);
        }
    }
}
