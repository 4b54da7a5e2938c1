package io.countersign;

import io.countersign.input.PiReader;
import io.countersign.pi.CanonicalPi;
import io.countersign.pi.PiIdentity;
import io.countersign.pi.PreviousRevision;
import io.countersign.pi.ProformaInvoice;
import io.countersign.signoff.Decision;
import io.countersign.signoff.PdfAttachments;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.ReturnReader;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.UnusableReturnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

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
        SignOffReport report = ReturnReader.read(file, Optional.empty());
        ProformaInvoice pi = canonicalInput(file, report.identity().inputSha256());
        return new PreviousRevision(pi, decisions(report));
    }

    private static ProformaInvoice canonicalInput(Path file, String inputSha256) {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            byte[] json = PdfAttachments.read(doc, PiIdentity.INPUT_ATTACHMENT, MAX_INPUT_BYTES).orElseThrow(() ->
                    new UnusableReturnException(file + ": has no attached " + PiIdentity.INPUT_ATTACHMENT
                            + " (made by an older version, or attachments were removed); give the previous revision's YAML or JSON input"));
            return CanonicalPi.parse(json, inputSha256);
        } catch (IllegalArgumentException e) {
            throw new UnusableReturnException(file + ": " + e.getMessage() + "; give the previous revision's YAML or JSON input", e);
        } catch (IOException e) {
            throw new UnusableReturnException(file + ": cannot be read as a PDF (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The buyer's decisions, when the file has any: a file with nothing decided is taken as the one
     * issued, whose decisions are not known. A point carried over to that revision stands as decided.
     */
    private static Map<String, Decision> decisions(SignOffReport report) {
        boolean anyDecided = report.points().stream()
                .anyMatch(p -> p.decision() == Decision.CONFIRMED || p.decision() == Decision.CHANGE_REQUESTED);
        if (!anyDecided) {
            return Map.of();
        }
        Map<String, Decision> decisions = new LinkedHashMap<>();
        for (PointDecision p : report.points()) {
            decisions.put(p.point().id(), p.decision() == Decision.CARRIED_OVER ? Decision.CONFIRMED : p.decision());
        }
        return decisions;
    }
}
