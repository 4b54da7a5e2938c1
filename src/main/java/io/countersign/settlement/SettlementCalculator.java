package io.countersign.settlement;

import io.countersign.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a settlement, exact to the minor unit: losses converted once each at their given
 * rate, the split by largest remainder, the compensation that evens out what each party paid and
 * bears, and its schedule. No rendering here: the PDF, the workbook and the server all print these.
 */
public final class SettlementCalculator {
    private SettlementCalculator() {
    }

    /** The figures, or {@link InvalidSettlementException} naming every problem. */
    public static SettlementFigures calculate(Settlement settlement) {
        ProblemList problems = new ProblemList();
        Optional<SettlementFigures> figures = calculate(settlement, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettlementException(problems.all());
        }
        return figures.orElseThrow();
    }

    /** Every problem of the settlement; empty when {@link #calculate(Settlement)} succeeds. */
    public static List<SettlementProblem> problems(Settlement settlement) {
        ProblemList problems = new ProblemList();
        calculate(settlement, problems);
        return problems.all();
    }

    private static Optional<SettlementFigures> calculate(Settlement s, ProblemList problems) {
        TermChecks terms = new TermChecks(s, problems);
        terms.run();
        List<Money> losses = convert(s, problems);
        if (s.losses().isEmpty() || losses.size() != s.losses().size()) {
            return Optional.empty();
        }
        Money total = Money.sum(losses, s.currency());
        Money sellerIncurred = incurredBy(Side.SELLER, s, losses);
        Money buyerIncurred = total.minus(sellerIncurred);
        Optional<List<Money>> shares = SplitRule.apply(s.split(), total, problems);
        if (shares.isEmpty()) {
            return Optional.empty();
        }
        Money sellerBears = shares.get().get(0);
        Money buyerBears = shares.get().get(1);
        // Whoever bears more than it paid out owes the difference to the other party.
        Money sellerOwes = sellerBears.minus(sellerIncurred);
        Optional<Side> payer = sellerOwes.isZero() ? Optional.empty()
                : Optional.of(sellerOwes.amount().signum() > 0 ? Side.SELLER : Side.BUYER);
        Money due = new Money(sellerOwes.amount().abs(), s.currency());
        List<PlanLine> plan = new PlanScheduler(s, problems).schedule(payer, due);
        terms.remainingDeductions(payer);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SettlementFigures(losses, total, sellerIncurred, buyerIncurred, sellerBears, buyerBears,
                payer, due, plan));
    }

    /** Each loss in the settlement currency; fewer than the items when one could not be converted (reported). */
    private static List<Money> convert(Settlement s, ProblemList problems) {
        if (s.losses().isEmpty()) {
            problems.add("losses", "no loss items", "list at least one cost the incident caused, with its amount and who paid it");
        }
        List<Money> converted = new ArrayList<>();
        for (int i = 0; i < s.losses().size(); i++) {
            LossItem item = s.losses().get(i);
            String path = "losses[" + i + "]";
            Money amount = item.amount();
            if (amount.amount().signum() <= 0) {
                problems.add(path + ".amount", "the amount " + amount + " is not positive",
                        "a loss is a cost; write it as a positive amount (a refund received lowers another item)");
                continue;
            }
            boolean foreign = !amount.currency().equals(s.currency());
            if (foreign && item.rate().isEmpty()) {
                problems.add(path + ".rate", "the amount is in " + amount.currency() + ", the settlement in " + s.currency() + ", and no rate is given",
                        "add rate: how many " + s.currency() + " one " + amount.currency() + " buys, as agreed (e.g. 0.1389)");
            } else if (!foreign && item.rate().isPresent()) {
                problems.add(path + ".rate", "a rate is given but the amount is already in " + s.currency(), "remove the rate");
            } else if (foreign && item.rate().get().signum() <= 0) {
                problems.add(path + ".rate", "the rate " + item.rate().get().toPlainString() + " is not positive", "write the agreed rate, e.g. 0.1389");
            } else {
                BigDecimal rate = item.rate().orElse(BigDecimal.ONE);
                converted.add(foreign ? Money.rounded(amount.amount().multiply(rate), s.currency()) : amount);
            }
        }
        return converted;
    }

    private static Money incurredBy(Side side, Settlement s, List<Money> losses) {
        Money sum = Money.zero(s.currency());
        for (int i = 0; i < losses.size(); i++) {
            if (s.losses().get(i).incurredBy() == side) {
                sum = sum.plus(losses.get(i));
            }
        }
        return sum;
    }
}
