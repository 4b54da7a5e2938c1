package io.countersign.settlement.agreement;

import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import java.util.ArrayList;
import java.util.List;

/**
 * The clauses an agreement has, in order; their ids are the sign-off point ids. Facts, losses, split
 * and law are always there; the others only when the settlement has them.
 */
final class ClauseIds {
    static final String FACTS = "facts";
    static final String LOSSES = "losses";
    static final String SPLIT = "split";
    static final String COMPENSATION = "compensation";
    static final String COMMITMENT = "commitment";
    static final String REWORK = "rework";
    static final String PAYMENT = "payment";
    static final String LAW = "law";

    private ClauseIds() {
    }

    static List<String> of(Settlement s, SettlementFigures f) {
        List<String> ids = new ArrayList<>(List.of(FACTS, LOSSES, SPLIT));
        if (f.payer().isPresent()) {
            ids.add(COMPENSATION);
        }
        s.commitment().ifPresent(c -> ids.add(COMMITMENT));
        s.rework().ifPresent(r -> ids.add(REWORK));
        s.outstanding().ifPresent(o -> ids.add(PAYMENT));
        ids.add(LAW);
        return List.copyOf(ids);
    }
}
