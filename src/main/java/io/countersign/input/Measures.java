package io.countersign.input;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, sizes and weights as written in a cell of a SKU list: {@code 9.5}, {@code 9.5 kg},
 * {@code 50x30}, {@code 60 × 40 × 35 cm}. Read exactly (never through {@code double}); the
 * column's own unit may follow the number, another unit is refused with the converted value
 * as a hint — never converted silently.
 */
final class Measures {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(?i)^(.*?)\\s*(kgs?|g|lbs?|mm|cm|m|in|inch|inches|\")$");
    private static final Pattern TIMES = Pattern.compile("\\s*[xX×*]\\s*");
    private static final int MAX_INTEGER_DIGITS = 9;
    private static final int MAX_DECIMALS = 6;
    /** Factors from a unit people write to the unit a column is in. */
    private static final Map<String, Map<String, BigDecimal>> TO = Map.of(
            "kg", Map.of("g", new BigDecimal("0.001"), "lb", new BigDecimal("0.45359237")),
            "cm", Map.of("mm", new BigDecimal("0.1"), "m", new BigDecimal("100"), "in", new BigDecimal("2.54")),
            "mm", Map.of("cm", BigDecimal.TEN, "m", new BigDecimal("1000"), "in", new BigDecimal("25.4")));

    /** A value, or why there is none. */
    record Parsed<T>(T value, String message, String hint) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, "", "");
        }

        static <T> Parsed<T> bad(String message, String hint) {
            return new Parsed<>(null, message, hint);
        }

        boolean isOk() {
            return value != null;
        }
    }

    private Measures() {
    }

    /** A decimal number, optionally followed by {@code unit} (the column's unit, "" for none). */
    static Parsed<BigDecimal> decimal(String text, String unit, String what) {
        Parsed<List<BigDecimal>> one = numbers(text, 1, unit, what, "");
        return one.isOk() ? Parsed.ok(one.value().get(0)) : Parsed.bad(one.message(), one.hint());
    }

    /** A whole number without unit. */
    static Parsed<Integer> whole(String text, String what) {
        Parsed<BigDecimal> d = decimal(text, "", what);
        if (!d.isOk()) {
            return Parsed.bad(d.message(), d.hint());
        }
        if (d.value().scale() > 0 || d.value().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Parsed.bad(what + " must be a whole number, found " + d.value().toPlainString(), "write a whole number such as 20");
        }
        return Parsed.ok(d.value().intValueExact());
    }

    /** {@code parts} numbers joined by x (or ×, *), e.g. 50x30 or 60x40x35, optionally followed by {@code unit}. */
    static Parsed<List<BigDecimal>> dimensions(String text, int parts, String unit, String what, String example) {
        return numbers(text, parts, unit, what, example);
    }

    private static Parsed<List<BigDecimal>> numbers(String text, int parts, String unit, String what, String example) {
        String body = text;
        boolean mayHaveUnit = !unit.isEmpty() && !text.isEmpty() && !Character.isDigit(text.charAt(text.length() - 1));
        Matcher suffix = UNIT_SUFFIX.matcher(text);
        if (mayHaveUnit && suffix.matches() && !suffix.group(1).isEmpty()) {
            String written = normalUnit(suffix.group(2));
            body = suffix.group(1);
            if (!written.equals(unit)) {
                return Parsed.bad(what + " \"" + text + "\" is in " + written + "; countersign reads it in " + unit,
                        converted(body, written, unit, parts).map(v -> "write " + v).orElse("convert it to " + unit));
            }
        }
        String[] pieces = TIMES.split(body, -1);
        if (pieces.length != parts) {
            String shape = parts == 1 ? "a number" : parts == 2 ? "width x height" : "length x width x height";
            return Parsed.bad(what + " \"" + text + "\" is not " + shape + (unit.isEmpty() ? "" : " in " + unit),
                    parts == 1 ? Scalars.numberHint(text) : "write it as " + example + " (" + shape + " in " + unit + ")");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String piece : pieces) {
            String p = piece.strip();
            if (!DECIMAL.matcher(p).matches()) {
                String shape = parts == 2 ? "width x height" : "length x width x height";
                return Parsed.bad(what + " \"" + text + "\" is not " + (parts == 1 ? "a number" : shape + " in " + unit),
                        parts == 1 ? Scalars.numberHint(p) : "write it as " + example + " (" + shape + " in " + unit
                                + ", a decimal point, no other text)");
            }
            BigDecimal v = new BigDecimal(p).stripTrailingZeros();
            if (v.scale() > MAX_DECIMALS || v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
                return Parsed.bad(what + " \"" + text + "\" is out of range",
                        "use at most " + MAX_INTEGER_DIGITS + " digits before and " + MAX_DECIMALS + " after the decimal point");
            }
            values.add(v.scale() < 0 ? v.setScale(0) : v);
        }
        return Parsed.ok(values);
    }

    private static String normalUnit(String written) {
        String u = written.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "kgs" -> "kg";
            case "lbs" -> "lb";
            case "inch", "inches", "\"" -> "in";
            default -> u;
        };
    }

    /** The value converted to {@code unit} as the user should write it, when the numbers can be read. */
    private static java.util.Optional<String> converted(String body, String from, String unit, int parts) {
        BigDecimal factor = TO.getOrDefault(unit, Map.of()).get(from);
        String[] pieces = TIMES.split(body, -1);
        if (factor == null || pieces.length != parts) {
            return java.util.Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String p : pieces) {
            if (!DECIMAL.matcher(p.strip()).matches()) {
                return java.util.Optional.empty();
            }
            BigDecimal v = new BigDecimal(p.strip()).multiply(factor, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            out.add(v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString());
        }
        return java.util.Optional.of(String.join("x", out) + " " + unit);
    }
}
