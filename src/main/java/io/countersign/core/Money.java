package io.countersign.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount in one currency, held at the currency's scale (USD 12.50, JPY 1250, KWD 1.250).
 * Amounts with more decimals than the currency has are rejected, never silently rounded; only
 * multiplication rounds, half-up (away from zero) to the minor unit.
 */
public record Money(BigDecimal amount, String currency) {

    /** Normalises the scale, so {@code 2.5} and {@code 2.50} USD are equal. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        int minorUnits = CurrencyRules.minorUnits(currency);
        if (!CurrencyRules.fitsMinorUnits(amount, currency)) {
            throw new InvalidMoneyException(amount.toPlainString() + " " + currency + " has "
                    + amount.stripTrailingZeros().scale() + " decimals but " + currency + " has " + minorUnits,
                    "round it to " + minorUnits + " decimals, or give the unit price separately and let the line amount round");
        }
        amount = amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
    }

    /** Parses a plain decimal such as "12345.60" (dot as decimal separator, no grouping). */
    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount), currency);
        } catch (NumberFormatException e) {
            throw new InvalidMoneyException("amount \"" + amount + "\" is not a number",
                    "write amounts with a dot and without grouping, e.g. 12345.60");
        }
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** {@code amount} rounded half-up to the currency's minor unit. */
    public static Money rounded(BigDecimal amount, String currency) {
        return new Money(amount.setScale(CurrencyRules.minorUnits(currency), RoundingMode.HALF_UP), currency);
    }

    /**
     * A line amount: quantity × unit price, rounded once. Unit prices in trade often have more
     * decimals than the currency (USD 0.1255 per piece), so the price is not a {@code Money}.
     */
    public static Money line(BigDecimal quantity, BigDecimal unitPrice, String currency) {
        return rounded(quantity.multiply(unitPrice), currency);
    }

    /** The exact sum; all amounts must be in {@code currency}. An empty list sums to zero. */
    public static Money sum(List<Money> amounts, String currency) {
        Money total = zero(currency);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount × {@code quantity}, rounded half-up to the minor unit. */
    public Money times(BigDecimal quantity) {
        return rounded(amount.multiply(quantity), currency);
    }

    /** Symbols per locale; looking them up costs more than formatting (DecimalFormat copies what it is given). */
    private static final java.util.Map<Locale, DecimalFormatSymbols> SYMBOLS = new java.util.concurrent.ConcurrentHashMap<>();

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * The amount with the decimal and grouping symbols of {@code locale} and exactly the currency's
     * decimals: "12,345.60" in English, "12.345,60" in German. The default locale is never used.
     */
    public String format(Locale locale) {
        int scale = amount.scale();
        String pattern = scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS.computeIfAbsent(locale, DecimalFormatSymbols::getInstance));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /** Plain form for logs and messages, e.g. "12345.60 USD". */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidMoneyException("cannot combine " + this + " with " + other,
                    "convert to one currency first; a document has one currency");
        }
    }
}
