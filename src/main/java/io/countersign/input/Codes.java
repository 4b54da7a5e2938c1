package io.countersign.input;

import io.countersign.pi.Incoterms;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks the coded values of a PI: ISO 4217 currency, Incoterms 2020 rule, document language, SWIFT/BIC. */
final class Codes {
    /** Document languages the templates exist for. */
    static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-TW", "de");

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    /** What people write instead of the ISO code. */
    private static final Map<String, String> CURRENCY_NAMES = Map.of(
            "RMB", "CNY", "US$", "USD", "$", "USD", "€", "EUR", "EURO", "EUR", "£", "GBP", "NTD", "TWD",
            "NT$", "TWD", "HK$", "HKD", "YEN", "JPY");
    /** Rules of older Incoterms editions and common misspellings, with their Incoterms 2020 replacement. */
    private static final Map<String, String> OLD_RULES = Map.of(
            "DAT", "DPU (DAT was renamed DPU in Incoterms 2020)",
            "DDU", "DAP (DDU was replaced by DAP in Incoterms 2010)",
            "DAF", "DAP (DAF was replaced by DAP in Incoterms 2010)",
            "DES", "DAP (DES was replaced by DAP in Incoterms 2010)",
            "DEQ", "DAT/DPU (DEQ was replaced in Incoterms 2010)",
            "C&F", "CFR", "CNF", "CFR", "C+F", "CFR");
    private static final List<String> RULES = Arrays.stream(Incoterms.Rule.values()).map(Enum::name).toList();
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private Codes() {
    }

    /** An ISO 4217 currency with a minor unit (so prices can be checked against it). */
    static Optional<Currency> currency(String code, Position at, String path, ProblemSink sink) {
        if (CURRENCIES.contains(code)) {
            Currency c = Currency.getInstance(code);
            if (c.getDefaultFractionDigits() < 0) {
                sink.add(at, path, code + " is not a money currency (it has no minor unit)",
                        "write the ISO 4217 code of the currency the buyer pays in, e.g. USD or EUR");
                return Optional.empty();
            }
            return Optional.of(c);
        }
        String upper = code.toUpperCase(Locale.ROOT);
        String guess = CURRENCIES.contains(upper) ? upper : CURRENCY_NAMES.get(upper);
        if (guess == null) {
            List<String> near = CURRENCIES.stream().filter(c -> Suggest.distance(c, upper) == 1).toList();
            List<String> swapped = near.stream().filter(c -> sameLetters(c, upper)).toList();
            guess = near.size() == 1 ? near.get(0) : swapped.size() == 1 ? swapped.get(0) : null;
        }
        String hint = guess != null ? "did you mean " + guess + "?"
                : "write the three-letter ISO 4217 code in capitals, e.g. USD, EUR, CNY";
        sink.add(at, path, "\"" + code + "\" is not an ISO 4217 currency code", hint);
        return Optional.empty();
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    static Optional<Incoterms.Rule> incotermsRule(String rule, Position at, String path, ProblemSink sink) {
        if (RULES.contains(rule)) {
            return Optional.of(Incoterms.Rule.valueOf(rule));
        }
        String upper = rule.toUpperCase(Locale.ROOT);
        String hint;
        if (RULES.contains(upper)) {
            hint = "did you mean " + upper + "?";
        } else if (OLD_RULES.containsKey(upper)) {
            hint = "use " + OLD_RULES.get(upper);
        } else if (upper.length() > 3 && RULES.contains(upper.substring(0, 3)) && !Character.isLetter(upper.charAt(3))) {
            hint = "write the rule and the place separately: rule: " + upper.substring(0, 3)
                    + ", place: " + rule.substring(3).strip();
        } else {
            hint = Suggest.closest(upper, RULES).map(r -> "did you mean " + r + "? ").orElse("")
                    + "Incoterms 2020 rules are " + String.join(", ", RULES);
        }
        sink.add(at, path, "\"" + rule + "\" is not an Incoterms 2020 rule", hint);
        return Optional.empty();
    }

    static Optional<String> language(String tag, Position at, String path, ProblemSink sink) {
        if (LANGUAGES.contains(tag)) {
            return Optional.of(tag);
        }
        String normal = tag.replace('_', '-').toLowerCase(Locale.ROOT);
        Optional<String> same = LANGUAGES.stream().filter(l -> l.toLowerCase(Locale.ROOT).equals(normal)).findFirst();
        String hint = same.map(l -> "did you mean " + l + "?")
                .orElse("write one of " + String.join(", ", LANGUAGES) + (normal.startsWith("zh")
                        ? " (zh-CN for simplified, zh-TW for traditional Chinese)" : ""));
        sink.add(at, path, "no document template for language \"" + tag + "\"", hint);
        return Optional.empty();
    }

    /** A SWIFT/BIC code: 8 or 11 letters and digits (ISO 9362). */
    static Optional<String> swift(String code, Position at, String path, ProblemSink sink) {
        if (BIC.matcher(code).matches()) {
            return Optional.of(code);
        }
        String compact = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        String hint = BIC.matcher(compact).matches() ? "write it as " + compact
                : "a SWIFT/BIC has 8 or 11 characters: 4 letters (bank), 2 letters (country), 2 letters or digits "
                        + "(location), optionally 3 more (branch); copy it from the bank's letter";
        sink.add(at, path, "\"" + code + "\" is not a SWIFT/BIC code", hint);
        return Optional.empty();
    }
}
