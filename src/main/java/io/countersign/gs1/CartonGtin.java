package io.countersign.gs1;

/**
 * The GTIN-14 of a fixed-count carton (the number its ITF-14 encodes), derived from the
 * selling unit's GTIN or checked as given. GS1: indicator digit 1–8, then the unit's GTIN
 * without its check digit, left-padded with zeros to 12 digits (a UPC-A gets one "0"), then a
 * new check digit. Indicator 9 is reserved for variable-measure items, and 0 would give the
 * carton the unit's own number, so a carton scanned at receiving would count as one piece.
 */
public final class CartonGtin {
    private static final int DATA_DIGITS = 12;

    private CartonGtin() {
    }

    /** The carton's GTIN-14 for {@code item} (a GTIN-8, -12 or -13) packed with indicator {@code indicator} (1–8). */
    public static Gtin derive(Gtin item, int indicator) {
        checkIndicator(indicator);
        if (item.kind() == Gtin.Kind.GTIN_14) {
            throw new InvalidGtinException("GTIN " + item + " is already a GTIN-14; a carton GTIN is derived from the selling unit's GTIN",
                    "derive the carton's number from the unit's UPC-A or EAN-13");
        }
        String data = item.digits().substring(0, item.digits().length() - 1);
        String body = indicator + "0".repeat(DATA_DIGITS - data.length()) + data;
        return new Gtin(body + Gtin.checkDigit(body));
    }

    /**
     * Reads an indicator digit as written (one digit, 1–8).
     *
     * @throws InvalidGtinException for anything else, saying why 0 and 9 are wrong for a carton
     */
    public static int parseIndicator(String raw) {
        if (raw == null || raw.length() != 1 || raw.charAt(0) < '0' || raw.charAt(0) > '9') {
            throw new InvalidGtinException("indicator \"" + raw + "\" is not a single digit",
                    "write one digit 1–8: 1 for the first carton configuration of the item, 2 for a second one, …");
        }
        int indicator = raw.charAt(0) - '0';
        checkIndicator(indicator);
        return indicator;
    }

    /**
     * Checks a carton GTIN-14 as given (e.g. copied from the GS1 allocation): 14 digits, the check
     * digit, and an indicator that a fixed-count carton may have.
     */
    public static Gtin parse(String raw) {
        Gtin gtin = Gtin.parse(raw);
        if (gtin.kind() != Gtin.Kind.GTIN_14) {
            throw new InvalidGtinException("carton GTIN " + raw + " has " + raw.length() + " digits; a GTIN-14 has 14",
                    "write the 14 digits printed under the carton's ITF-14, or leave it empty and give an indicator digit (1–8) to derive it"
                            + " from the unit's GTIN");
        }
        if (gtin.digits().charAt(0) == '9') {
            throw new InvalidGtinException("carton GTIN " + gtin + " starts with indicator 9, which marks a variable-measure item",
                    "a carton of a fixed number of pieces has indicator 1–8; ask whoever allocated the number, or derive it from the unit's GTIN");
        }
        return gtin;
    }

    /**
     * Checks that {@code carton} is a number the carton may carry beside {@code item}: not the
     * item's own GTIN padded to 14 digits (the carton would scan as one piece).
     */
    public static void checkAgainstItem(Gtin carton, Gtin item) {
        if (carton.digits().equals(padded(item))) {
            throw new InvalidGtinException("carton GTIN " + carton + " is the unit's own GTIN " + item
                    + " (indicator 0): a carton scanned at receiving would count as one piece",
                    "use indicator 1–8 for the carton, e.g. " + derive(item, 1));
        }
    }

    /** True when {@code carton} is {@code item} packed with some indicator 1–8, as {@link #derive} makes it. */
    public static boolean isDerivedFrom(Gtin carton, Gtin item) {
        if (carton.kind() != Gtin.Kind.GTIN_14 || item.kind() == Gtin.Kind.GTIN_14) {
            return false;
        }
        char indicator = carton.digits().charAt(0);
        return indicator >= '1' && indicator <= '8' && derive(item, indicator - '0').equals(carton);
    }

    private static String padded(Gtin gtin) {
        return "0".repeat(14 - gtin.digits().length()) + gtin.digits();
    }

    private static void checkIndicator(int indicator) {
        if (indicator == 9) {
            throw new InvalidGtinException("indicator 9 marks a variable-measure item (sold by weight or length); a carton of a fixed"
                    + " number of pieces needs 1–8", "use 1 for the first carton configuration of the item, 2 for a second one, …");
        }
        if (indicator == 0) {
            throw new InvalidGtinException("indicator 0 would give the carton the unit's own GTIN, so a carton scanned at receiving"
                    + " would count as one piece", "use 1–8: 1 for the first carton configuration of the item, 2 for a second one, …");
        }
        if (indicator < 0 || indicator > 9) {
            throw new InvalidGtinException("indicator " + indicator + " is not a digit", "use one digit 1–8");
        }
    }
}
