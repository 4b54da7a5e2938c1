package io.countersign.pi;

import io.countersign.signoff.Decision;
import java.util.Map;

/**
 * The revision a new PI replaces: its content and, when it was read from the buyer's returned
 * file, the decision on each of its sign-off points (by point id). {@code decisions} is empty when
 * they are not known (the previous input or the file as issued); then every unchanged style is
 * taken as decided on the previous revision. When they are known, an unchanged style that was not
 * confirmed is asked about again.
 */
public record PreviousRevision(ProformaInvoice pi, Map<String, Decision> decisions) {

    public PreviousRevision {
        decisions = Map.copyOf(decisions);
    }

    public static PreviousRevision of(ProformaInvoice pi) {
        return new PreviousRevision(pi, Map.of());
    }

    public boolean decisionsKnown() {
        return !decisions.isEmpty();
    }
}
