package io.countersign.settlement;

import io.countersign.core.Money;
import java.time.LocalDate;
import java.util.Optional;

/** Paid in {@code count} equal instalments (to the minor unit), the first on {@code first}, then every {@code everyMonths} months. */
public record Instalments(Optional<Money> amount, int count, LocalDate first, int everyMonths) implements PlanPart {
    @Override
    public String key() {
        return "instalments";
    }
}
