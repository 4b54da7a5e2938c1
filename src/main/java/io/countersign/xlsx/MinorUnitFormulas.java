package io.countersign.xlsx;

import io.countersign.CountersignException;
import io.countersign.core.CurrencyRules;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Spreadsheet formulas that compute money the way {@code SettlementCalculator} does, in whole minor
 * units of one currency, so that a recalculating spreadsheet arrives at the same cents.
 *
 * <p>Why integers: {@code ROUND(1.15*0.3,2)} rounds the binary product 0.344999… and depends on
 * how a program corrects for that (Excel and POI round to 15 digits first, others need not). Here
 * every rounding is {@code ROUND(n/d,0)} of integers {@code n < 10^15}: a half then lies exactly on
 * a binary fraction, and any other quotient is at least {@code 1/d} from one, far more than the
 * error of one division. Sums and differences of exact amounts are brought back with
 * {@code ROUND(x*100,0)/100}, whose error is far below half a unit. {@link #requireExact} refuses
 * amounts so large that this would no longer hold.
 */
final class MinorUnitFormulas {
    /** Integers below this have at most 15 digits: exact as doubles, and unchanged by 15-digit display rounding. */
    static final BigInteger LIMIT = BigInteger.TEN.pow(15);
    /** An instalment is {@code INT((units+n-k)/n)}; a quotient of up to 12 digits keeps its fraction under 15-digit rounding. */
    static final BigInteger PART_LIMIT = BigInteger.TEN.pow(12);

    private final int decimals;

    MinorUnitFormulas(String currency) {
        this.decimals = CurrencyRules.minorUnits(currency);
    }

    int decimals() {
        return decimals;
    }

    /** {@code ROUND(x*100,0)}: the amount {@code x} (a cell, or any expression) in whole minor units. */
    String units(String x) {
        return unitsOf(x, decimals);
    }

    /** Whole minor units {@code u} back as an amount: {@code (u)/100}. */
    String amount(String u) {
        return decimals == 0 ? u : operand(u) + "/" + power(decimals);
    }

    /** The exact amount of a sum or difference of amounts {@code x}: {@code ROUND((x)*100,0)/100}. */
    String exact(String x) {
        return amount(units(x));
    }

    /**
     * {@code amount} (a cell with {@code amountDecimals} decimals) × {@code rate} (a cell with
     * {@code rateDecimals} decimals), rounded half-up once to this currency's minor unit.
     */
    String converted(String amount, int amountDecimals, String rate, int rateDecimals) {
        String product = unitsOf(amount, amountDecimals) + "*" + unitsOf(rate, rateDecimals);
        int shift = amountDecimals + rateDecimals - decimals;
        String units = shift > 0 ? "ROUND(" + product + "/" + power(shift) + ",0)"
                : shift == 0 ? product : product + "*" + power(-shift);
        return amount(units);
    }

    /**
     * A percentage of {@code total} rounded half-up to the minor unit; {@code share} is a cell with
     * the fraction (0.5 for 50 %) written with {@code percentDecimals} decimals of the percentage.
     * For two parties this is the largest-remainder split with ties to the party named first: its
     * remainder is the larger exactly when its share's fraction of a unit is at least one half.
     */
    String percentOf(String total, String share, int percentDecimals) {
        String whole = power(percentDecimals + 2);
        return amount("ROUND(" + units(total) + "*ROUND(" + share + "*" + whole + ",0)/" + whole + ",0)");
    }

    /**
     * Payment {@code number} (a cell, 1-based) of {@code count} equal payments of {@code part}: the
     * k-th of n parts of u units is {@code floor((u+n-k)/n)}, so the first {@code u mod n} get one
     * unit more and all n sum to u (Hermite's identity). {@code INT}, not {@code QUOTIENT}: POI's
     * QUOTIENT returns at most 2^31−1, which 21,474,836.48 USD already exceeds.
     */
    String equalPart(String part, int count, String number) {
        return amount("INT((" + units(part) + "+" + count + "-" + number + ")/" + count + ")");
    }

    /** Refuses an integer the formulas would compute in that is too large to stay exact; {@code what} names it for the user. */
    static void requireExact(BigInteger value, BigInteger limit, String what, String hint) {
        if (value.abs().compareTo(limit) >= 0) {
            throw new CountersignException(what + " is too large for exact spreadsheet formulas (" + value
                    + " exceeds " + limit + " in whole units) — hint: " + hint);
        }
    }

    /** An amount with {@code scale} decimals as the integer of its smallest units: 12.34 → 1234. */
    static BigInteger unscaled(BigDecimal value, int scale) {
        return value.movePointRight(scale).toBigIntegerExact();
    }

    /** The number of decimals a value is written with, trailing zeros not counted (60.00 % → 0). */
    static int decimalsOf(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static String unitsOf(String x, int scale) {
        return scale == 0 ? "ROUND(" + x + ",0)" : "ROUND(" + operand(x) + "*" + power(scale) + ",0)";
    }

    /** {@code x} as the left operand of * or /: in parentheses when it is a sum or difference. */
    private static String operand(String x) {
        int depth = 0;
        boolean inText = false;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c == '"') {
                inText = !inText;
            } else if (!inText && c == '(') {
                depth++;
            } else if (!inText && c == ')') {
                depth--;
            } else if (!inText && depth == 0 && (c == '+' || c == '-') && i > 0) {
                return "(" + x + ")";
            }
        }
        return x;
    }

    static String power(int exponent) {
        return BigInteger.TEN.pow(exponent).toString();
    }
}
