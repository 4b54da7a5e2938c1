package io.countersign.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The "amount in words" line of a proforma invoice, e.g.
 * "SAY US DOLLARS TWELVE THOUSAND THREE HUNDRED FORTY-FIVE AND CENTS SIXTY ONLY".
 * Covers 0 to 999,999,999,999 major units; a zero minor part is left out.
 */
public final class AmountInWords {
    private static final long LIMIT = 1_000_000_000_000L;

    private static final String[] BELOW_TWENTY = {
        "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
        "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN",
    };
    private static final String[] TENS = {
        "", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY",
    };
    private static final String[] SCALES = {"", "THOUSAND", "MILLION", "BILLION"};
    private static final long[] SCALE_UNITS = {1L, 1_000L, 1_000_000L, 1_000_000_000L};

    /** English currency nouns whose plural is the singular. */
    private static final Set<String> INVARIANT_PLURALS = Set.of("YEN", "YUAN", "WON", "BAHT", "RAND");

    /** Minor-unit names where "CENTS" would be wrong; the 3-decimal currencies all have their own. */
    private static final Map<String, String> MINOR_UNIT_NAMES = Map.of(
            "GBP", "PENCE", "CNY", "FEN",
            "BHD", "FILS", "IQD", "FILS", "JOD", "FILS", "KWD", "FILS",
            "LYD", "DIRHAMS", "OMR", "BAISA", "TND", "MILLIMES");

    private AmountInWords() {
    }

    /** The amount in English words, upper case, framed by "SAY … ONLY" as PIs print it. */
    public static String english(Money money) {
        BigDecimal amount = money.amount();
        if (amount.signum() < 0) {
            throw new InvalidMoneyException("cannot write " + money + " in words: it is negative",
                    "amounts in words are for payable totals; state a credit as a positive amount");
        }
        BigDecimal major = amount.setScale(0, RoundingMode.DOWN);
        if (major.compareTo(BigDecimal.valueOf(LIMIT)) >= 0) {
            throw new InvalidMoneyException("cannot write " + money + " in words: it is a trillion or more",
                    "amounts in words go up to 999,999,999,999");
        }
        long minor = amount.subtract(major).movePointRight(amount.scale()).longValueExact();

        StringBuilder words = new StringBuilder("SAY ").append(currencyName(money.currency()))
                .append(' ').append(words(major.longValueExact()));
        if (minor > 0) {
            words.append(" AND ").append(MINOR_UNIT_NAMES.getOrDefault(money.currency(), "CENTS"))
                    .append(' ').append(words(minor));
        }
        return words.append(" ONLY").toString();
    }

    /** A whole number below one trillion in words, e.g. "THREE HUNDRED FORTY-FIVE". */
    static String words(long n) {
        if (n == 0) {
            return BELOW_TWENTY[0];
        }
        List<String> parts = new ArrayList<>();
        for (int scale = SCALES.length - 1; scale >= 0; scale--) {
            int group = (int) (n / SCALE_UNITS[scale] % 1000);
            if (group > 0) {
                parts.add(belowThousand(group));
                if (!SCALES[scale].isEmpty()) {
                    parts.add(SCALES[scale]);
                }
            }
        }
        return String.join(" ", parts);
    }

    private static String belowThousand(int n) {
        List<String> parts = new ArrayList<>();
        if (n >= 100) {
            parts.add(BELOW_TWENTY[n / 100]);
            parts.add("HUNDRED");
        }
        int rest = n % 100;
        if (rest >= 20) {
            parts.add(rest % 10 == 0 ? TENS[rest / 10] : TENS[rest / 10] + "-" + BELOW_TWENTY[rest % 10]);
        } else if (rest > 0) {
            parts.add(BELOW_TWENTY[rest]);
        }
        return String.join(" ", parts);
    }

    // PIs write the plural ("US DOLLARS", "EUROS"); the JDK only has the singular display name.
    private static String currencyName(String code) {
        String name = CurrencyRules.require(code).getDisplayName(Locale.ENGLISH).toUpperCase(Locale.ROOT);
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        return name.endsWith("S") || INVARIANT_PLURALS.contains(lastWord) ? name : name + "S";
    }
}
