package io.countersign.settlement;

import io.countersign.core.Money;
import java.time.LocalDate;

/** Checks the terms that carry no computed figures: the order, the commitment, the rework and the outstanding payment. */
final class TermChecks {
    private final Settlement s;
    private final ProblemList problems;

    TermChecks(Settlement settlement, ProblemList problems) {
        this.s = settlement;
        this.problems = problems;
    }

    void run() {
        positive(s.order().value(), "order.value");
        sameCurrency(s.order().value(), "order.value");
        s.commitment().ifPresent(this::commitment);
        s.rework().ifPresent(this::rework);
        s.outstanding().ifPresent(this::outstanding);
    }

    private void commitment(Commitment c) {
        if (c.orders() < 1) {
            problems.add("commitment.orders", "a commitment to " + c.orders() + " orders commits to nothing",
                    "write the number of further orders, at least 1");
        }
        positive(c.minOrderValue(), "commitment.minOrderValue");
        sameCurrency(c.minOrderValue(), "commitment.minOrderValue");
        if (c.withinMonths() < 1 || c.withinMonths() > 60) {
            problems.add("commitment.withinMonths", c.withinMonths() + " months is not between 1 and 60", "write e.g. withinMonths: 6");
        }
        c.dueIfNotMet().ifPresent(m -> {
            positive(m, "commitment.ifNotMet.amount");
            sameCurrency(m, "commitment.ifNotMet.amount");
        });
        if (c.dueWithinDays() < 0) {
            problems.add("commitment.ifNotMet.dueWithinDays", "a negative number of days", "write 0 or more");
        }
        boolean deductions = s.compensation().stream().anyMatch(p -> p instanceof OrderDeductions);
        if (c.remaining() != Commitment.RemainingDeductions.UNCHANGED && !deductions) {
            problems.add("commitment.ifNotMet.remainingDeductions", "the plan has no order deductions that could become due or lapse",
                    "remove remainingDeductions, or recover the compensation by deductions");
        }
        if (c.dueIfNotMet().isEmpty() && c.remaining() == Commitment.RemainingDeductions.UNCHANGED) {
            problems.add("commitment.ifNotMet", "nothing happens if the commitment is not met",
                    "add an amount that becomes due, or remainingDeductions: due (buyer owes) / lapse (seller owes)");
        }
    }

    /** Deductions become due only when the buyer owes them, and lapse only when the seller does. */
    void remainingDeductions(java.util.Optional<Side> payer) {
        s.commitment().ifPresent(c -> {
            if (c.remaining() == Commitment.RemainingDeductions.DUE && payer.filter(p -> p == Side.BUYER).isEmpty()) {
                problems.add("commitment.ifNotMet.remainingDeductions", "deductions can become due only when the buyer owes the compensation",
                        "write lapse when the seller owes it");
            } else if (c.remaining() == Commitment.RemainingDeductions.LAPSE && payer.filter(p -> p == Side.SELLER).isEmpty()) {
                problems.add("commitment.ifNotMet.remainingDeductions", "deductions can lapse only when the seller owes the compensation",
                        "write due when the buyer owes it");
            }
        });
    }

    private void rework(Rework r) {
        if (r.shipment().isBefore(r.exFactory())) {
            problems.add("rework.shipment", "shipment " + r.shipment() + " is before ex-factory " + r.exFactory(),
                    "dates out of order: goods ship after they leave the factory");
        }
        if (r.exFactory().isBefore(s.date())) {
            problems.add("rework.exFactory", "ex-factory " + r.exFactory() + " is before the agreement's date (" + s.date() + ")",
                    "dates out of order: the rework starts after the agreement");
        }
    }

    private void outstanding(OutstandingPayment p) {
        positive(p.amount(), "outstanding.amount");
        sameCurrency(p.amount(), "outstanding.amount");
        if (p.amount().amount().compareTo(s.order().value().amount()) > 0 && p.amount().currency().equals(s.order().value().currency())) {
            problems.add("outstanding.amount", p.amount() + " outstanding is more than the order's value " + s.order().value(),
                    "check the amount; it is what is still unpaid of this order");
        }
        if (p.due().isBefore(s.date())) {
            problems.add("outstanding.due", p.due() + " is before the agreement's date (" + s.date() + ")",
                    "dates out of order: give the new date agreed for the payment");
        }
        p.originallyDue().filter(o -> o.isAfter(p.due())).ifPresent(o -> problems.add("outstanding.originallyDue",
                "originally due " + o + " is after the new due date " + p.due(), "dates out of order: the new date is the later one"));
        if (p.reworkWaitsForIt() && s.rework().isPresent()) {
            LocalDate shipment = s.rework().get().shipment();
            if (shipment.isBefore(p.due())) {
                problems.add("outstanding.reworkWaitsForIt", "the rework ships " + shipment + ", before the payment it waits for is due ("
                        + p.due() + ")", "dates out of order: move the payment earlier or the shipment later");
            }
        }
    }

    private void positive(Money m, String path) {
        if (m.amount().signum() <= 0) {
            problems.add(path, "the amount " + m + " is not positive", "write a positive amount");
        }
    }

    private void sameCurrency(Money m, String path) {
        if (!m.currency().equals(s.currency())) {
            problems.add(path, "the amount is in " + m.currency() + ", the settlement in " + s.currency(),
                    "write it in " + s.currency());
        }
    }
}
