package io.countersign.settlement;

import io.countersign.core.Money;
import java.time.LocalDate;
import java.util.Optional;

/** One payment of a schedule: its number (1-based), its date when it has one (order deductions have none), its amount. */
public record Instalment(int number, Optional<LocalDate> date, Money amount) {
}
