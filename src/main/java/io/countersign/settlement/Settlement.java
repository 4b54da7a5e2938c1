package io.countersign.settlement;

import io.countersign.core.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A settlement agreement as written by the supplier: who, which order, what happened, what it cost,
 * how the cost is shared and paid, what the buyer commits to, the rework, the outstanding payment of
 * the original order and the law. {@link SettlementCalculator} turns it into exact figures; the
 * parts that are not agreed (no commitment, no rework …) are empty.
 */
public record Settlement(String number, LocalDate date, String currency, Languages languages,
                         Party seller, Party buyer, OriginalOrder order, String incident,
                         List<LossItem> losses, Split split, List<PlanPart> compensation,
                         Optional<Commitment> commitment, Optional<Rework> rework,
                         Optional<OutstandingPayment> outstanding, Law law) {

    public Settlement {
        losses = List.copyOf(losses);
        compensation = List.copyOf(compensation);
    }

    public Party party(Side side) {
        return side == Side.SELLER ? seller : buyer;
    }
}
