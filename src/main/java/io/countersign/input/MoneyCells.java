package io.countersign.input;

import io.countersign.core.CurrencyRules;
import io.countersign.core.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads amounts of money, refusing more decimals than the currency has at the place they were written. */
final class MoneyCells {
    private final ProblemSink sink;

    MoneyCells(ProblemSink sink) {
        this.sink = sink;
    }

    Optional<Money> money(MappingReader m, String field, Optional<String> currency) {
        Optional<BigDecimal> amount = m.decimal(field);
        if (amount.isEmpty() || currency.isEmpty()) {
            return Optional.empty();
        }
        if (!CurrencyRules.fitsMinorUnits(amount.get(), currency.get())) {
            int decimals = CurrencyRules.minorUnits(currency.get());
            sink.add(m.value(field).orElseThrow().position(), m.pathOf(field),
                    amount.get().toPlainString() + " has more decimals than " + currency.get() + " has (" + decimals + ")",
                    "round it to " + decimals + " decimals");
            return Optional.empty();
        }
        return Optional.of(new Money(amount.get(), currency.get()));
    }
}
