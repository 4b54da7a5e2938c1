package io.countersign.settlement;

import io.countersign.core.Allocation;
import io.countersign.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Gives each part of the compensation plan its exact amount (the part without one takes the rest)
 * and its schedule; equal instalments differ by at most one minor unit, earlier ones first.
 */
final class PlanScheduler {
    /** More instalments than this is a typing mistake, not a plan (ten years monthly). */
    static final int MAX_INSTALMENTS = 120;
    static final int MAX_ORDERS = 24;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Settlement settlement;
    private final ProblemList problems;

    PlanScheduler(Settlement settlement, ProblemList problems) {
        this.settlement = settlement;
        this.problems = problems;
    }

    List<PlanLine> schedule(Optional<Side> payer, Money due) {
        List<PlanPart> plan = settlement.compensation();
        if (payer.isEmpty()) {
            if (!plan.isEmpty()) {
                problems.add("compensation", "nothing is owed (each party bears exactly what it paid out), but a plan is given",
                        "remove compensation:, or change the split");
            }
            return List.of();
        }
        if (plan.isEmpty()) {
            problems.add("compensation", "the " + payer.get().key() + " owes " + due + " but no plan says how it is paid",
                    "add compensation: with a lumpSum, instalments, deductions or creditNote");
            return List.of();
        }
        int before = problems.size();
        for (int i = 0; i < plan.size(); i++) {
            checkPart(plan.get(i), pathOf(i, plan.get(i)), payer.get());
        }
        List<Money> amounts = amounts(plan, due);
        if (problems.size() != before || amounts.isEmpty()) {
            return List.of();
        }
        List<PlanLine> lines = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            lines.add(new PlanLine(plan.get(i), amounts.get(i), payments(plan.get(i), amounts.get(i), pathOf(i, plan.get(i)))));
        }
        return lines;
    }

    static String pathOf(int index, PlanPart part) {
        return "compensation[" + index + "]." + part.key();
    }

    /** Each part's amount; the one without an amount gets what the others leave. Empty after a problem. */
    private List<Money> amounts(List<PlanPart> plan, Money due) {
        List<Integer> open = new ArrayList<>();
        Money fixed = Money.zero(due.currency());
        for (int i = 0; i < plan.size(); i++) {
            Optional<Money> amount = plan.get(i).amount();
            if (amount.isPresent()) {
                fixed = fixed.plus(amount.get());
            } else {
                open.add(i);
            }
        }
        if (open.size() > 1) {
            problems.add(pathOf(open.get(1), plan.get(open.get(1))), open.size() + " parts of the plan have no amount; only one can take the rest",
                    "give an amount to all parts but one");
            return List.of();
        }
        Money rest = due.minus(fixed);
        if (open.isEmpty() && !rest.isZero()) {
            problems.add("compensation", "the plan's amounts add up to " + fixed + ", but " + due + " is owed",
                    "leave the amount out of one part so that it takes the rest");
            return List.of();
        }
        if (!open.isEmpty() && rest.amount().signum() <= 0) {
            problems.add(pathOf(open.get(0), plan.get(open.get(0))), "the other parts already cover " + fixed + " of the " + due
                    + " owed; nothing is left for this part", "lower the other amounts or remove this part");
            return List.of();
        }
        List<Money> amounts = new ArrayList<>(Collections.nCopies(plan.size(), rest));
        for (int i = 0; i < plan.size(); i++) {
            int index = i;
            plan.get(i).amount().ifPresent(a -> amounts.set(index, a));
        }
        return amounts;
    }

    private List<Instalment> payments(PlanPart part, Money amount, String path) {
        if (part instanceof LumpSum l) {
            return List.of(new Instalment(1, Optional.of(l.due()), amount));
        }
        if (part instanceof CreditNote c) {
            return List.of(new Instalment(1, Optional.of(c.issuedBy()), amount));
        }
        if (part instanceof Instalments n) {
            return equalParts(amount, n.count(), k -> Optional.of(n.first().plusMonths((long) k * n.everyMonths())));
        }
        OrderDeductions d = (OrderDeductions) part;
        return d.equalInstalments() ? equalParts(amount, d.orders(), k -> Optional.empty()) : percentage(d, amount, path);
    }

    private static List<Instalment> equalParts(Money amount, int count, java.util.function.IntFunction<Optional<LocalDate>> date) {
        List<Money> parts = Allocation.split(amount, Collections.nCopies(count, BigDecimal.ONE));
        List<Instalment> schedule = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            schedule.add(new Instalment(k + 1, date.apply(k), parts.get(k)));
        }
        return schedule;
    }

    /** No fixed schedule: the orders' values are not known yet. Checks that a balance date covers what the orders may not. */
    private List<Instalment> percentage(OrderDeductions d, Money amount, String path) {
        if (d.balanceDue().isEmpty()) {
            problems.add(path + ".balanceDue", "a percentage of each order may recover less than " + amount + " in " + d.orders() + " orders",
                    "add balanceDue: the date by which what is left is paid");
        }
        return List.of();
    }

    private void checkPart(PlanPart part, String path, Side payer) {
        part.amount().filter(a -> a.amount().signum() <= 0).ifPresent(a ->
                problems.add(path + ".amount", "the amount " + a + " is not positive", "write a positive amount, or leave it out to take the rest"));
        part.amount().filter(a -> !a.currency().equals(settlement.currency())).ifPresent(a ->
                problems.add(path + ".amount", "the amount is in " + a.currency() + ", the settlement in " + settlement.currency(),
                        "write plan amounts in " + settlement.currency()));
        if (part instanceof LumpSum l) {
            notBeforeAgreement(l.due(), path + ".due");
        } else if (part instanceof CreditNote c) {
            checkCreditNote(c, path, payer);
        } else if (part instanceof Instalments n) {
            countBetween(n.count(), 1, MAX_INSTALMENTS, path + ".count", "instalments");
            countBetween(n.everyMonths(), 1, 12, path + ".everyMonths", "months between instalments");
            notBeforeAgreement(n.first(), path + ".first");
        } else if (part instanceof OrderDeductions d) {
            checkDeductions(d, path);
        }
    }

    private void checkCreditNote(CreditNote c, String path, Side payer) {
        if (payer != Side.SELLER) {
            problems.add(path, "a credit note is issued by the seller, but here the buyer owes the compensation",
                    "use a lumpSum, instalments or deductions instead");
        }
        notBeforeAgreement(c.issuedBy(), path + ".issuedBy");
        c.validUntil().filter(v -> v.isBefore(c.issuedBy())).ifPresent(v -> problems.add(path + ".validUntil",
                "valid until " + v + " is before it is issued (" + c.issuedBy() + ")", "dates out of order: check the year and month"));
    }

    private void checkDeductions(OrderDeductions d, String path) {
        countBetween(d.orders(), 1, MAX_ORDERS, path + ".orders", "orders");
        d.percentOfOrder().filter(p -> p.signum() <= 0 || p.compareTo(HUNDRED) > 0).ifPresent(p ->
                problems.add(path + ".percentOfOrder", p.toPlainString() + " % of an order is not between 0 and 100 %", "write e.g. 10%"));
        d.capPerOrder().filter(c -> c.amount().signum() <= 0).ifPresent(c ->
                problems.add(path + ".capPerOrder", "a cap of " + c + " is not positive", "write the most deducted from one order"));
        if (d.capPerOrder().isPresent() && d.percentOfOrder().isEmpty()) {
            problems.add(path + ".capPerOrder", "a cap needs a percentage of each order", "add percentOfOrder, or remove the cap for equal instalments");
        }
        if (d.balanceDue().isPresent() && d.percentOfOrder().isEmpty()) {
            problems.add(path + ".balanceDue", "equal deductions recover everything; there is no balance", "remove balanceDue, or add percentOfOrder");
        }
        d.balanceDue().ifPresent(b -> notBeforeAgreement(b, path + ".balanceDue"));
    }

    private void countBetween(int value, int min, int max, String path, String what) {
        if (value < min || value > max) {
            problems.add(path, value + " " + what + " is not between " + min + " and " + max,
                    value < min ? "write at least " + min : "check the number; more than " + max + " is not a plan");
        }
    }

    private void notBeforeAgreement(LocalDate date, String path) {
        if (date.isBefore(settlement.date())) {
            problems.add(path, date + " is before the agreement's date (" + settlement.date() + ")",
                    "dates out of order: a payment agreed now cannot be due earlier");
        }
    }
}
