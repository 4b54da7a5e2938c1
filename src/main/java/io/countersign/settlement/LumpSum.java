package io.countersign.settlement;

import io.countersign.core.Money;
import java.time.LocalDate;
import java.util.Optional;

/** Paid in one amount by a date. */
public record LumpSum(Optional<Money> amount, LocalDate due) implements PlanPart {
    @Override
    public String key() {
        return "lumpSum";
    }
}
