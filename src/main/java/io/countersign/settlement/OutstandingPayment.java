package io.countersign.settlement;

import io.countersign.core.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the buyer still owes on the original order, when it was due under the order
 * ({@code originallyDue}, to show it is overdue), the new date agreed here, and whether the rework
 * shipment waits for it.
 */
public record OutstandingPayment(Money amount, Optional<LocalDate> originallyDue, LocalDate due, boolean reworkWaitsForIt) {
}
