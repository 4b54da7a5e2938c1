package io.countersign.barcode;

import io.countersign.gs1.Gtin;

/**
 * Encodes the 14 digits of a GTIN-14 as Interleaved 2 of 5 (ISO/IEC 16390), the symbology of
 * ITF-14: a start pattern, seven digit pairs, a stop pattern. Each pair is ten elements — the
 * first digit in the five bars, the second in the five spaces between them, two of each five wide.
 *
 * <p>The result is a string of elements, {@code 'n'} narrow and {@code 'w'} wide, alternately a
 * bar and a space, starting (and ending) with a bar. Widths are left to the symbol, which knows X
 * and the wide:narrow ratio.
 */
final class ItfEncoder {
    static final char NARROW = 'n';
    static final char WIDE = 'w';

    private static final String START = "nnnn";
    private static final String STOP = "wnn";
    /** The five elements of each digit 0–9. */
    private static final String[] DIGITS = {
        "nnwwn", "wnnnw", "nwnnw", "wwnnn", "nnwnw", "wnwnn", "nwwnn", "nnnww", "wnnwn", "nwnwn",
    };

    private ItfEncoder() {
    }

    /** The elements for {@code digits}, which must be an even number of digits 0–9. */
    static String elements(String digits) {
        StringBuilder elements = new StringBuilder(START.length() + digits.length() * 5 + STOP.length());
        elements.append(START);
        for (int i = 0; i < digits.length(); i += 2) {
            String bars = DIGITS[digits.charAt(i) - '0'];
            String spaces = DIGITS[digits.charAt(i + 1) - '0'];
            for (int e = 0; e < 5; e++) {
                elements.append(bars.charAt(e)).append(spaces.charAt(e));
            }
        }
        return elements.append(STOP).toString();
    }

    /** The elements of the ITF-14 for {@code gtin}, which the caller has checked is a GTIN-14. */
    static String elements(Gtin gtin) {
        return elements(gtin.digits());
    }

    /**
     * Width of a pattern of {@code narrow} narrow and {@code wide} wide elements in X at the given
     * ratio. An ITF-14 has 48 narrow and 29 wide elements, so it is 48 + 29 × ratio X between its
     * quiet zones (120.5 X at 2.5:1).
     */
    static double widthInX(String elements, double ratio) {
        double width = 0;
        for (int i = 0; i < elements.length(); i++) {
            width += elements.charAt(i) == WIDE ? ratio : 1;
        }
        return width;
    }
}
