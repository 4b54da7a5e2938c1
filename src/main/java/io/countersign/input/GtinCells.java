package io.countersign.input;

import io.countersign.gs1.CartonGtin;
import io.countersign.gs1.Gtin;
import io.countersign.gs1.InvalidGtinException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The GTIN cells of a row: the unit's GTIN-12/13, and the carton's GTIN-14 or the indicator to derive it. */
final class GtinCells {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d([.,]\\d+)?[eE]\\+?\\d+");
    private final RowCells row;

    GtinCells(RowCells row) {
        this.row = row;
    }

    Optional<Gtin> item(SkuColumn c) {
        Optional<String> digits = digits(c, true, 12);
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            Gtin gtin = Gtin.parse(digits.get());
            switch (gtin.kind()) {
                case GTIN_8 -> row.add(c, "GTIN " + gtin + " is an EAN-8; a sticker here carries a UPC-A (12 digits) or EAN-13",
                        "write the 12- or 13-digit number of the selling unit");
                case GTIN_14 -> row.add(c, "GTIN " + gtin + " is a GTIN-14, which identifies a carton, not the selling unit",
                        "write the UPC-A or EAN-13 here and the GTIN-14 in the carton GTIN column");
                default -> {
                    return Optional.of(gtin);
                }
            }
        } catch (InvalidGtinException e) {
            row.add(c, e.getMessage(), e.hint() + leadingZeroHint(digits.get(), 12));
        }
        return Optional.empty();
    }

    Optional<Gtin> carton(Optional<Gtin> item) {
        Optional<Gtin> given = Optional.empty();
        Optional<String> digits = digits(SkuColumn.CARTON_GTIN, false, 14);
        if (digits.isPresent()) {
            try {
                given = Optional.of(CartonGtin.parse(digits.get()));
            } catch (InvalidGtinException e) {
                row.add(SkuColumn.CARTON_GTIN, e.getMessage(), e.hint() + leadingZeroHint(digits.get(), 14));
                return Optional.empty();
            }
        }
        Optional<Integer> indicator = Optional.empty();
        Optional<String> raw = row.present(SkuColumn.INDICATOR, false);
        if (raw.isPresent()) {
            try {
                indicator = Optional.of(CartonGtin.parseIndicator(raw.get()));
            } catch (InvalidGtinException e) {
                row.add(SkuColumn.INDICATOR, e.getMessage(), e.hint());
                return Optional.empty();
            }
        }
        if (given.isEmpty() && indicator.isEmpty()) {
            if (row.cell(SkuColumn.CARTON_GTIN).isEmpty()) {
                row.add(row.has(SkuColumn.CARTON_GTIN) ? SkuColumn.CARTON_GTIN : SkuColumn.INDICATOR, "no carton GTIN-14 and no indicator",
                        "write the carton's GTIN-14, or an indicator digit 1–8 to derive it from the unit's GTIN");
            }
            return Optional.empty();
        }
        if (item.isEmpty()) {
            return given;
        }
        if (given.isEmpty()) {
            return Optional.of(CartonGtin.derive(item.get(), indicator.orElseThrow()));
        }
        try {
            CartonGtin.checkAgainstItem(given.get(), item.get());
        } catch (InvalidGtinException e) {
            row.add(SkuColumn.CARTON_GTIN, e.getMessage(), e.hint());
            return Optional.empty();
        }
        if (indicator.isPresent()) {
            Gtin derived = CartonGtin.derive(item.get(), indicator.get());
            if (!derived.equals(given.get())) {
                row.add(SkuColumn.CARTON_GTIN, "carton GTIN " + given.get() + " does not match indicator " + indicator.get()
                                + ", which with GTIN " + item.get() + " gives " + derived,
                        "correct one of them; leave the indicator empty if the carton has a GTIN-14 of its own");
                return Optional.empty();
            }
        }
        return given;
    }

    /**
     * The cell's digits as the GTIN parser should see them. A spreadsheet number has lost its
     * leading zeros; it is accepted only when its digit count shows nothing is missing (at least
     * {@code fullLength} digits), and never padded. A YAML number is refused, as in a PI.
     */
    private Optional<String> digits(SkuColumn c, boolean required, int fullLength) {
        Optional<String> text = row.present(c, required);
        if (text.isEmpty()) {
            return text;
        }
        Cell cell = row.cell(c);
        String t = text.get();
        if (cell.kind() == Cell.Kind.NUMBER) {
            if (row.isYaml()) {
                row.add(c, c.label() + " " + t + " is written as a number",
                        "put it in quotes, \"" + t + "\", so no program drops a leading zero");
                return Optional.empty();
            }
            if (!DIGITS.matcher(t).matches()) {
                row.add(c, c.label() + " cell holds the number " + cell.shown() + ", not the digits of a GTIN",
                        "format the " + c.label() + " column as Text and type the digits again");
                return Optional.empty();
            }
            if (t.length() < fullLength) {
                String shows = cell.shown().equals(t) ? "" : " (the cell shows " + cell.shown() + " only through its number format)";
                row.add(c, c.label() + " cell holds the number " + t + " (" + t.length() + " digits)" + shows
                                + "; a spreadsheet drops the leading zeros of numbers",
                        "format the " + c.label() + " column as Text and type all the digits" + leadingZeroHint(t, fullLength));
                return Optional.empty();
            }
            return text;
        }
        if (SCIENTIFIC.matcher(t).matches()) {
            row.add(c, c.label() + " \"" + t + "\" is in scientific notation: a spreadsheet turned it into a rounded number",
                    "format the " + c.label() + " column as Text and type all the digits again; the last digits may be lost");
            return Optional.empty();
        }
        return text;
    }

    /** When zeros in front of {@code digits} give a valid GTIN, says so: a spreadsheet may have dropped them. */
    private String leadingZeroHint(String digits, int fullLength) {
        if (!DIGITS.matcher(digits).matches() || digits.length() >= fullLength || (fullLength == 12 && digits.length() < 11)) {
            return "";
        }
        String padded = "0".repeat(fullLength - digits.length()) + digits;
        int check = Gtin.checkDigit(padded.substring(0, padded.length() - 1));
        return check == padded.charAt(padded.length() - 1) - '0'
                ? "; if a spreadsheet dropped a leading zero it was " + padded + " (a valid check digit), so format the column as Text"
                : "";
    }
}
