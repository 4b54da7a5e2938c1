package io.countersign.settlement;

import io.countersign.core.Money;
import java.util.List;
import java.util.Optional;

/**
 * The exact numbers of a settlement. Each loss converted into the settlement currency
 * ({@code losses.get(i)} is item i); the total; what each party paid out and what it bears under the
 * split (the shares sum exactly to the total); and the compensation that evens them out: the party
 * that bears more than it paid out ({@code payer}) pays the difference to the other, by the plan's
 * lines, which sum exactly to {@code compensationDue}. No payer when the shares equal what each paid.
 */
public record SettlementFigures(List<Money> losses, Money totalLoss,
                                Money sellerIncurred, Money buyerIncurred,
                                Money sellerBears, Money buyerBears,
                                Optional<Side> payer, Money compensationDue, List<PlanLine> plan) {

    public SettlementFigures {
        losses = List.copyOf(losses);
        plan = List.copyOf(plan);
    }

    public Money incurred(Side side) {
        return side == Side.SELLER ? sellerIncurred : buyerIncurred;
    }

    public Money bears(Side side) {
        return side == Side.SELLER ? sellerBears : buyerBears;
    }

    /** The party the compensation is paid to. */
    public Optional<Side> payee() {
        return payer.map(Side::other);
    }
}
