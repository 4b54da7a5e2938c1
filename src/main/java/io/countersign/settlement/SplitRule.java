package io.countersign.settlement;

import io.countersign.core.Allocation;
import io.countersign.core.CurrencyRules;
import io.countersign.core.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Turns the two shares of a {@link Split} into amounts that sum exactly to the total loss. */
final class SplitRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SplitRule() {
    }

    /** [seller's part, buyer's part], or empty after reporting why the shares cannot divide {@code total}. */
    static Optional<List<Money>> apply(Split split, Money total, ProblemList problems) {
        int before = problems.size();
        for (Side side : Side.values()) {
            check(split.of(side), total, "split." + side.key(), problems);
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        Share seller = split.seller();
        Share buyer = split.buyer();
        if (seller.kind() == Share.Kind.REST && buyer.kind() == Share.Kind.REST) {
            problems.add("split", "both parties bear \"the rest\"", "give one party a percentage or an amount, e.g. seller: 50%");
            return Optional.empty();
        }
        if (buyer.kind() == Share.Kind.REST) {
            Money sellerPart = fixedPart(seller, total);
            return Optional.of(List.of(sellerPart, total.minus(sellerPart)));
        }
        if (seller.kind() == Share.Kind.REST) {
            Money buyerPart = fixedPart(buyer, total);
            return Optional.of(List.of(total.minus(buyerPart), buyerPart));
        }
        if (seller.kind() == Share.Kind.PERCENT && buyer.kind() == Share.Kind.PERCENT) {
            BigDecimal sum = seller.value().add(buyer.value());
            if (sum.compareTo(HUNDRED) != 0) {
                problems.add("split", "the percentages add up to " + sum.stripTrailingZeros().toPlainString() + " %, not 100 %",
                        "make them add up to 100, or write rest for one party");
                return Optional.empty();
            }
            return Optional.of(Allocation.split(total, List.of(seller.value(), buyer.value())));
        }
        Money sellerPart = fixedPart(seller, total);
        Money buyerPart = fixedPart(buyer, total);
        Money sum = sellerPart.plus(buyerPart);
        if (!sum.equals(total)) {
            problems.add("split", "the shares add up to " + sum + ", but the losses total " + total,
                    "write rest for one party so that the shares always add up");
            return Optional.empty();
        }
        return Optional.of(List.of(sellerPart, buyerPart));
    }

    /** A percentage of the total, rounded so that it and its complement split the total exactly; or the amount itself. */
    private static Money fixedPart(Share share, Money total) {
        if (share.kind() == Share.Kind.AMOUNT) {
            return new Money(share.value(), total.currency());
        }
        return Allocation.split(total, List.of(share.value(), HUNDRED.subtract(share.value()))).get(0);
    }

    private static void check(Share share, Money total, String path, ProblemList problems) {
        if (share.kind() == Share.Kind.PERCENT && (share.value().signum() < 0 || share.value().compareTo(HUNDRED) > 0)) {
            problems.add(path, "a share of " + share.value().toPlainString() + " % is not between 0 and 100 %",
                    "write a percentage from 0% to 100%");
        } else if (share.kind() == Share.Kind.AMOUNT && share.value().signum() < 0) {
            problems.add(path, "a share of " + share.value().toPlainString() + " is negative",
                    "a share is what the party bears; write 0 for nothing");
        } else if (share.kind() == Share.Kind.AMOUNT && !CurrencyRules.fitsMinorUnits(share.value(), total.currency())) {
            problems.add(path, "a share of " + share.value().toPlainString() + " has more decimals than " + total.currency() + " has",
                    "round it to " + CurrencyRules.minorUnits(total.currency()) + " decimals");
        } else if (share.kind() == Share.Kind.AMOUNT && share.value().compareTo(total.amount()) > 0) {
            problems.add(path, "a share of " + share.value().toPlainString() + " is more than the losses total (" + total + ")",
                    "a party cannot bear more than the whole loss");
        }
    }
}
