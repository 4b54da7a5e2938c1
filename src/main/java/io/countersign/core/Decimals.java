package io.countersign.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Plain numbers (quantities, volumes, weights) written the way a document's language writes them. */
public final class Decimals {

    private Decimals() {
    }

    /** {@code d} with grouping and exactly its own decimals in {@code locale}: "1,234.50" in English, "1.234,50" in German. */
    public static String format(BigDecimal d, Locale locale) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        f.setMaximumFractionDigits(Math.max(0, d.scale()));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(d);
    }

    /** A quantity without trailing zeros: 1200 as "1,200", 12.50 as "12.5". */
    public static String quantity(BigDecimal q, Locale locale) {
        return format(q.stripTrailingZeros().scale() <= 0 ? q.setScale(0) : q.stripTrailingZeros(), locale);
    }
}
