package io.countersign.settlement;

import io.countersign.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Recovered over the next {@code orders} orders between the parties: deducted from the buyer's
 * payments when the seller owes, added to the invoices when the buyer owes. Either in equal
 * instalments per order ({@code percentOfOrder} empty), or as a percentage of each order's value,
 * at most {@code capPerOrder} an order; what is not recovered after the last of those orders is paid
 * by {@code balanceDue}.
 */
public record OrderDeductions(Optional<Money> amount, int orders, Optional<BigDecimal> percentOfOrder,
                              Optional<Money> capPerOrder, Optional<LocalDate> balanceDue) implements PlanPart {
    @Override
    public String key() {
        return "deductions";
    }

    public boolean equalInstalments() {
        return percentOfOrder.isEmpty();
    }
}
