package io.countersign;

import io.countersign.input.PiReader;
import io.countersign.pi.CanonicalPi;
import io.countersign.pi.PiIdentity;
import io.countersign.pi.PreviousRevision;
import io.countersign.pi.ProformaInvoice;
import io.countersign.signoff.Decision;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.EmbeddedIdentity;
import io.countersign.signoff.PdfAttachments;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.ReturnReader;
import io.countersign.signoff.UnusableReturnException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the revision a new PI replaces from its input (YAML/JSON) or from its PDF — as issued, or
 * as the buyer returned it. A PDF carries the canonical input it was made from; a returned one
 * also says what the buyer decided, so a style that is unchanged but was not confirmed is asked
 * about again.
 */
final class PreviousRevisions {
    private static final int MAX_INPUT_BYTES = 5 * 1024 * 1024;

    private PreviousRevisions() {
    }

    static PreviousRevision read(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return PreviousRevision.of(PiReader.read(file));
        }
        // One parse for the identity, the attached input and the decisions; the previous revision's
        // integrity is not this revision's concern, so no issued file is looked for.
        return ReturnReader.withPdf(file, doc -> {
            DocumentIdentity identity = EmbeddedIdentity.of(doc).orElseThrow(() -> new UnusableReturnException(file
                    + ": not a countersign PI (no attached countersign.json); give the previous revision's YAML or JSON input"));
            byte[] json = PdfAttachments.read(doc, PiIdentity.INPUT_ATTACHMENT, MAX_INPUT_BYTES).orElseThrow(() ->
                    new UnusableReturnException(file + ": has no attached " + PiIdentity.INPUT_ATTACHMENT
                            + " (made by an older version, or attachments were removed); give the previous revision's YAML or JSON input"));
            ProformaInvoice pi;
            try {
                pi = CanonicalPi.parse(json, identity.inputSha256());
            } catch (IllegalArgumentException e) {
                throw new UnusableReturnException(file + ": " + e.getMessage() + "; give the previous revision's YAML or JSON input", e);
            }
            return new PreviousRevision(pi, decisions(ReturnReader.decisions(doc, identity)));
        });
    }

    /**
     * The buyer's decisions, when the file has any: a file with nothing decided is taken as the one
     * issued, whose decisions are not known. A point carried over to that revision stands as decided.
     */
    private static Map<String, Decision> decisions(List<PointDecision> points) {
        boolean anyDecided = points.stream()
                .anyMatch(p -> p.decision() == Decision.CONFIRMED || p.decision() == Decision.CHANGE_REQUESTED);
        if (!anyDecided) {
            return Map.of();
        }
        Map<String, Decision> decisions = new LinkedHashMap<>();
        for (PointDecision p : points) {
            decisions.put(p.point().id(), p.point().asked() ? p.decision() : Decision.CONFIRMED);
        }
        return decisions;
    }
}
