package io.countersign.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * ISO 4217 currency codes and their minor units (USD 2, JPY 0, KWD 3), as the JDK's currency
 * data gives them. Codes are accepted exactly as ISO writes them: three capital letters.
 */
public final class CurrencyRules {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private CurrencyRules() {
    }

    /** The currency for an ISO 4217 code such as "USD"; rejects unknown, lower-case and non-monetary codes. */
    public static Currency require(String code) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            // Locale.ROOT: under a Turkish default locale "idr" would upper-case to "İDR".
            String upper = code.toUpperCase(Locale.ROOT);
            if (CODE.matcher(upper).matches() && lookup(upper) != null) {
                throw new InvalidMoneyException("currency \"" + code + "\" is not written as an ISO 4217 code",
                        "write currency codes in capitals: " + upper);
            }
            throw unknown(code);
        }
        Currency currency = lookup(code);
        if (currency == null) {
            throw unknown(code);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidMoneyException("currency " + code + " (" + currency.getDisplayName(Locale.ENGLISH)
                    + ") has no minor unit and cannot be invoiced",
                    "use the currency the goods are paid in, e.g. USD, EUR or CNY");
        }
        return currency;
    }

    /** Number of decimals the currency is counted in: 2 for USD, 0 for JPY, 3 for KWD. */
    public static int minorUnits(String code) {
        return require(code).getDefaultFractionDigits();
    }

    /** Whether {@code amount} has no more decimals than the currency allows; trailing zeros do not count. */
    public static boolean fitsMinorUnits(BigDecimal amount, String code) {
        return amount.stripTrailingZeros().scale() <= minorUnits(code);
    }

    private static Currency lookup(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException notIso) {
            return null;
        }
    }

    private static InvalidMoneyException unknown(String code) {
        return new InvalidMoneyException("currency \"" + code + "\" is not an ISO 4217 code",
                "use a three-letter code such as USD, EUR, CNY, JPY or GBP");
    }
}
