package io.countersign.barcode;

import io.countersign.gs1.Gtin;

/**
 * Encodes a GTIN-8, -12 or -13 into the module pattern of its EAN-8, UPC-A or EAN-13 symbol
 * (ISO/IEC 15420): start guard, left half, centre guard, right half, end guard.
 */
public final class EanUpcEncoder {
    private static final String START_END_GUARD = "101";
    private static final String CENTRE_GUARD = "01010";
    private static final int CHARACTER_MODULES = 7;

    /** Number set A ("L" code) for digits 0–9; sets B and C are derived from it. */
    private static final String[] L_CODES = {
        "0001101", "0011001", "0010011", "0111101", "0100011",
        "0110001", "0101111", "0111011", "0110111", "0001011",
    };

    /**
     * Which of the six left-half characters of an EAN-13 use set B ("G"), by leading digit.
     * The leading digit has no bars of its own; it is carried only by this choice.
     */
    private static final String[] EAN13_PARITY = {
        "LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
        "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL",
    };

    private EanUpcEncoder() {
    }

    /** The module pattern of the symbol for {@code gtin}; rejects a GTIN-14. */
    public static ModulePattern encode(Gtin gtin) {
        Symbology symbology = Symbology.of(gtin);
        String digits = gtin.digits();
        // UPC-A is an EAN-13 whose invisible leading digit is 0: all six left characters use set A.
        String parity = switch (symbology) {
            case EAN_13 -> EAN13_PARITY[digits.charAt(0) - '0'];
            case UPC_A -> EAN13_PARITY[0];
            case EAN_8 -> "LLLL";
        };
        String encoded = symbology == Symbology.EAN_13 ? digits.substring(1) : digits;
        int half = encoded.length() / 2;

        StringBuilder modules = new StringBuilder(symbology.modules());
        StringBuilder extended = new StringBuilder(symbology.modules());
        append(modules, extended, START_END_GUARD, true);
        for (int i = 0; i < encoded.length(); i++) {
            if (i == half) {
                append(modules, extended, CENTRE_GUARD, true);
            }
            int digit = encoded.charAt(i) - '0';
            String code = i < half
                    ? (parity.charAt(i) == 'G' ? gCode(digit) : L_CODES[digit])
                    : rCode(digit);
            // A real UPC-A draws its number-system and check digit with guard-length bars.
            boolean longBars = symbology == Symbology.UPC_A && (i == 0 || i == encoded.length() - 1);
            append(modules, extended, code, longBars);
        }
        append(modules, extended, START_END_GUARD, true);

        boolean[] dark = new boolean[modules.length()];
        boolean[] ext = new boolean[modules.length()];
        for (int m = 0; m < dark.length; m++) {
            dark[m] = modules.charAt(m) == '1';
            ext[m] = extended.charAt(m) == '1';
        }
        return new ModulePattern(symbology, dark, ext);
    }

    /**
     * First module (counted from the start guard) of the {@code index}-th symbol character,
     * counting only characters that have bars (an EAN-13's leading digit has none).
     */
    static int characterStart(Symbology symbology, int index) {
        int half = (symbology == Symbology.EAN_8 ? 8 : 12) / 2;
        int start = START_END_GUARD.length() + index * CHARACTER_MODULES;
        return index < half ? start : start + CENTRE_GUARD.length();
    }

    static int characterModules() {
        return CHARACTER_MODULES;
    }

    // Set C ("R" code) is set A with dark and light swapped, so a right-half character starts with a bar.
    private static String rCode(int digit) {
        StringBuilder r = new StringBuilder(CHARACTER_MODULES);
        for (char c : L_CODES[digit].toCharArray()) {
            r.append(c == '1' ? '0' : '1');
        }
        return r.toString();
    }

    // Set B ("G" code) is set C mirrored, which gives it the opposite parity to set A.
    private static String gCode(int digit) {
        return new StringBuilder(rCode(digit)).reverse().toString();
    }

    private static void append(StringBuilder modules, StringBuilder extended, String code, boolean longBars) {
        modules.append(code);
        extended.append((longBars ? "1" : "0").repeat(code.length()));
    }
}
