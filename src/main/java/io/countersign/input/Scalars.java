package io.countersign.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Converts scalar nodes to values, reporting a wrong type or a malformed value. Numbers are
 * read exactly from their text (never through {@code double}) and may be written as numbers
 * or as strings. Text fields take any scalar verbatim, so {@code buyerCode: 0100234} keeps its zero.
 */
final class Scalars {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d{1,2}");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}([,' ]\\d{3})+(\\.\\d+)?");
    private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Numbers beyond these bounds are refused before any arithmetic on them. */
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_DECIMALS = 15;

    private Scalars() {
    }

    /** Any scalar as stripped text; empty for an absent value or a non-scalar (reported). */
    static Optional<String> text(Node node, String path, ProblemSink sink) {
        if (node instanceof Node.Scalar s) {
            return s.kind() == Node.Scalar.Kind.INVALID || s.isEmpty() ? Optional.empty() : Optional.of(s.text().strip());
        }
        wrongType(node, path, "text", "write a single value on the line, in quotes if it contains ': ' or ' #'", sink);
        return Optional.empty();
    }

    /** A decimal number, normalised without trailing zeros and with a scale of at least 0 ("2.350" → 2.35, "1e3" → 1000). */
    static Optional<BigDecimal> decimal(Node node, String path, ProblemSink sink) {
        if (!(node instanceof Node.Scalar s) || s.kind() == Node.Scalar.Kind.BOOLEAN) {
            wrongType(node, path, "a number", "write a number such as 1200 or 2.35", sink);
            return Optional.empty();
        }
        if (s.kind() == Node.Scalar.Kind.INVALID || s.isEmpty()) {
            return Optional.empty();
        }
        String raw = s.text().strip();
        String digits = s.isNumber() ? raw.replace("_", "") : raw;
        if (!DECIMAL.matcher(digits).matches()) {
            sink.add(s.position(), path, "\"" + raw + "\" is not a number", numberHint(raw));
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(digits).stripTrailingZeros();
        if (value.scale() > MAX_DECIMALS || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            sink.add(s.position(), path, "the number " + raw + " is out of range",
                    "use at most " + MAX_INTEGER_DIGITS + " digits before and " + MAX_DECIMALS + " after the decimal point");
            return Optional.empty();
        }
        return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
    }

    /** A whole number that fits an {@code int}; "20" and "20.0" are both 20. */
    static Optional<Integer> integer(Node node, String path, ProblemSink sink) {
        Optional<BigDecimal> value = decimal(node, path, sink);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().scale() > 0 || value.get().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            sink.add(node.position(), path, "expected a whole number, found " + value.get().toPlainString(),
                    "write a whole number such as 20");
            return Optional.empty();
        }
        return Optional.of(value.get().intValueExact());
    }

    /** An ISO date, YYYY-MM-DD. */
    static Optional<LocalDate> date(Node node, String path, ProblemSink sink) {
        if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.TEXT && s.kind() != Node.Scalar.Kind.INVALID) {
            wrongType(node, path, "a date", "write the date as YYYY-MM-DD, e.g. 2026-08-15", sink);
            return Optional.empty();
        }
        if (s.kind() == Node.Scalar.Kind.INVALID || s.isEmpty()) {
            return Optional.empty();
        }
        String raw = s.text().strip();
        try {
            return Optional.of(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            if (ISO_DATE_SHAPE.matcher(raw).matches()) {
                sink.add(s.position(), path, raw + " is not a day of the calendar", "check the month and the day");
            } else {
                sink.add(s.position(), path, "\"" + raw + "\" is not a date in the form YYYY-MM-DD",
                        "write the date as YYYY-MM-DD, e.g. 2026-08-15, so that day and month cannot be mixed up");
            }
            return Optional.empty();
        }
    }

    /** true or false (YAML and JSON booleans; yes/no are not taken, they read as text in YAML 1.2 and JSON). */
    static Optional<Boolean> bool(Node node, String path, ProblemSink sink) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text().strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (node instanceof Node.Scalar s && (s.kind() == Node.Scalar.Kind.INVALID || s.isEmpty())) {
            return Optional.empty();
        }
        wrongType(node, path, "true or false", "write true or false", sink);
        return Optional.empty();
    }

    static void wrongType(Node node, String path, String expected, String hint, ProblemSink sink) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.INVALID) {
            return;
        }
        sink.add(node.position(), path, "expected " + expected + ", found " + node.describe(), hint);
    }

    static String numberHint(String raw) {
        if (DECIMAL_COMMA.matcher(raw).matches()) {
            return "use a decimal point, not a comma: " + raw.replace(',', '.');
        }
        if (THOUSANDS.matcher(raw).matches()) {
            return "write the number without thousands separators: " + raw.replaceAll("[,' ]", "");
        }
        return "write digits with an optional decimal point, e.g. 1200 or 2.35, without units or currency signs";
    }
}
