package io.countersign.settlement;

import io.countersign.core.Money;
import java.util.List;

/**
 * A part of the compensation plan with the exact amount it covers and, for fixed schedules, every
 * payment; the schedule's amounts always sum to {@code amount}. A percentage-of-order deduction has
 * no fixed schedule (the orders' values are not known yet): its schedule is empty.
 */
public record PlanLine(PlanPart part, Money amount, List<Instalment> schedule) {
    public PlanLine {
        schedule = List.copyOf(schedule);
    }
}
