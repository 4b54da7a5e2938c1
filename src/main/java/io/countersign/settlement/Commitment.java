package io.countersign.settlement;

import io.countersign.core.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The buyer's promise of further business: at least {@code orders} orders of at least
 * {@code minOrderValue} each, placed from {@code from} to {@code from + withinMonths}. If it is not
 * met: {@code dueIfNotMet} (when given) becomes payable to the seller within {@code dueWithinDays}
 * days of the deadline, and order deductions not yet taken become due at once ({@code DUE}, when the
 * buyer owes them) or lapse ({@code LAPSE}, when the seller owes them).
 */
public record Commitment(int orders, Money minOrderValue, LocalDate from, int withinMonths,
                         Optional<Money> dueIfNotMet, int dueWithinDays, RemainingDeductions remaining) {

    public enum RemainingDeductions { UNCHANGED, DUE, LAPSE }

    /** The last day on which an order still counts. */
    public LocalDate deadline() {
        return from.plusMonths(withinMonths);
    }
}
