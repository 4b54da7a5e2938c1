package io.countersign.gs1;

/**
 * A Global Trade Item Number with a verified check digit. Parsing is strict: an 11-digit
 * "UPC" is rejected rather than completed, and spaces or other separators are refused
 * rather than stripped, because a silently repaired number is how wrong labels get printed.
 */
public record Gtin(String digits) {

    /** The GTIN lengths and the symbol each is printed with on a retail unit. */
    public enum Kind {
        GTIN_8(8, "EAN-8"), GTIN_12(12, "UPC-A"), GTIN_13(13, "EAN-13"), GTIN_14(14, "GTIN-14");

        private final int length;
        private final String label;

        Kind(int length, String label) {
            this.length = length;
            this.label = label;
        }

        public int length() {
            return length;
        }

        public String label() {
            return label;
        }

        static Kind ofLength(int length) {
            for (Kind k : values()) {
                if (k.length == length) {
                    return k;
                }
            }
            return null;
        }
    }

    public Gtin {
        Kind kind = Kind.ofLength(digits.length());
        if (kind == null || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a GTIN: " + digits + " (use Gtin.parse for user input)");
        }
    }

    /** Parses any GTIN-8/12/13/14, verifying the check digit. */
    public static Gtin parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidGtinException("GTIN is empty", "write the 12-digit UPC-A or 13-digit EAN-13 printed under the barcode");
        }
        if (raw.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidGtinException("GTIN \"" + raw + "\" contains spaces",
                    "write the digits without spaces: " + raw.replaceAll("\\s", ""));
        }
        int bad = firstNonDigit(raw);
        if (bad >= 0) {
            throw new InvalidGtinException("GTIN \"" + raw + "\" contains '" + raw.charAt(bad) + "' at position " + (bad + 1),
                    "a GTIN has digits only; quote it in YAML so leading zeros are kept");
        }
        if (raw.length() == 11) {
            throw new InvalidGtinException("GTIN \"" + raw + "\" has 11 digits; a UPC-A has 12",
                    "copy all 12 digits including the check digit; countersign never completes a number (it would be "
                            + raw + checkDigit(raw) + " if the 11 digits are right)");
        }
        Kind kind = Kind.ofLength(raw.length());
        if (kind == null) {
            throw new InvalidGtinException("GTIN \"" + raw + "\" has " + raw.length() + " digits",
                    "use 12 digits (UPC-A), 13 (EAN-13), 8 (EAN-8) or 14 (GTIN-14)");
        }
        int expected = checkDigit(raw.substring(0, raw.length() - 1));
        int actual = raw.charAt(raw.length() - 1) - '0';
        if (expected != actual) {
            throw new InvalidGtinException("GTIN " + raw + " has check digit " + actual + " but the digits before it give " + expected,
                    "check the number against the GS1 allocation; if the first " + (raw.length() - 1)
                            + " digits are right it is " + raw.substring(0, raw.length() - 1) + expected);
        }
        return new Gtin(raw);
    }

    /** GS1 mod-10 check digit: weights 3,1,3,1 … from the rightmost data digit. */
    public static int checkDigit(String dataDigits) {
        int sum = 0;
        for (int i = dataDigits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (dataDigits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    public Kind kind() {
        return Kind.ofLength(digits.length());
    }

    @Override
    public String toString() {
        return digits;
    }

    private static int firstNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return i;
            }
        }
        return -1;
    }
}
