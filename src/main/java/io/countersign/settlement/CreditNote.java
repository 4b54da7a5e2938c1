package io.countersign.settlement;

import io.countersign.core.Money;
import java.time.LocalDate;
import java.util.Optional;

/** The seller issues a credit note the buyer may set against any invoice until {@code validUntil}. */
public record CreditNote(Optional<Money> amount, LocalDate issuedBy, Optional<LocalDate> validUntil) implements PlanPart {
    @Override
    public String key() {
        return "creditNote";
    }
}
