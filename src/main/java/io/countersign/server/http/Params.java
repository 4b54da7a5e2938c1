package io.countersign.server.http;

import io.countersign.input.Problem;
import io.countersign.labels.ItfPrint;
import io.countersign.labels.SheetKind;
import io.countersign.pi.PiOptions;
import io.countersign.render.Messages;
import io.countersign.server.jobs.BatchSettings;
import io.countersign.server.store.DocumentQuery;
import io.countersign.server.store.DocumentStatus;
import io.countersign.server.store.PiSettings;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Query parameters, checked all at once: every bad or unknown one is listed in the 400 answer with a
 * hint, the way bad input files are (file {@code query}, path = the parameter).
 */
final class Params {
    private final Context ctx;
    private final List<Problem> problems = new ArrayList<>();

    private Params(Context ctx, Set<String> known) {
        this.ctx = ctx;
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                problems.add(problem(name, "unknown parameter " + name, "known here: " + String.join(", ", new java.util.TreeSet<>(known))));
            } else if (ctx.queryParams(name).size() > 1) {
                problems.add(problem(name, "parameter " + name + " is given " + ctx.queryParams(name).size() + " times", "give it once"));
            }
        }
    }

    static Params of(Context ctx, String... known) {
        return new Params(ctx, Set.of(known));
    }

    static PiSettings pi(Context ctx) {
        Params p = of(ctx, "lang", "bilingual", "paper", "magnification", "issuedAt", "name");
        PiSettings s = new PiSettings(p.language().orElse(""), p.bool("bilingual", false),
                p.choice("paper", PiOptions.Paper.class, PiOptions.Paper.A4), p.integer("magnification", 80, 80, 200),
                p.time("issuedAt").map(Instant::toString).orElse(""));
        p.done();
        return s;
    }

    /** The settings of a batch; the issue time is empty when not given (the job then takes the list's previous one, or today). */
    static BatchSettings batch(Context ctx, SheetKind kind) {
        Params p = kind == SheetKind.STICKER ? of(ctx, "lang", "issuedAt", "magnification", "indexPictures", "name")
                : of(ctx, "lang", "issuedAt", "itfPrint", "itfMagnification", "indexPictures", "name");
        String lang = p.language().orElse("en");
        int upc = p.integer("magnification", 80, 80, 200);
        ItfPrint itf = p.choice("itfPrint", ItfPrint.class, ItfPrint.DIRECT);
        double minItf = itf.minMagnification() * 100;
        double itfMag = p.decimal("itfMagnification", minItf, minItf, 100);
        BatchSettings s = new BatchSettings(kind, lang, upc, itf, itfMag, p.time("issuedAt").map(Instant::toString).orElse(""),
                p.bool("indexPictures", false));
        p.done();
        return s;
    }

    static DocumentQuery documents(Context ctx) {
        Params p = of(ctx, "po", "pi", "status", "kind", "limit", "offset");
        Optional<DocumentStatus> status = p.text("status").flatMap(v -> {
            Optional<DocumentStatus> s = DocumentStatus.ofKey(v);
            if (s.isEmpty()) {
                p.problems.add(problem("status", "unknown status " + v, "one of: issued, confirmed, changes-requested, incomplete, altered"));
            }
            return s;
        });
        DocumentQuery q = new DocumentQuery(p.text("po"), p.text("pi"), status, p.text("kind"), p.integer("limit", 100, 1, DocumentQuery.MAX_LIMIT),
                p.integer("offset", 0, 0, Integer.MAX_VALUE));
        p.done();
        return q;
    }

    void done() {
        if (!problems.isEmpty()) {
            throw new ProblemException(ApiProblem.of("invalid-parameters", "Some query parameters cannot be used", 400,
                    problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the query").withErrors(problems));
        }
    }

    Optional<String> text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    Optional<String> language() {
        Optional<String> lang = text("lang");
        if (lang.isPresent() && !Messages.isKnown(lang.get())) {
            problems.add(problem("lang", "language " + lang.get() + " is not supported", "one of " + Messages.LANGUAGES));
            return Optional.empty();
        }
        return lang;
    }

    boolean bool(String name, boolean fallback) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        if (!v.get().equals("true") && !v.get().equals("false")) {
            problems.add(problem(name, name + "=" + v.get() + " is not true or false", "write " + name + "=true or " + name + "=false"));
            return fallback;
        }
        return Boolean.parseBoolean(v.get());
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem(name, name + "=" + v.get() + " is not known", "one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                problems.add(problem(name, name + "=" + n + " is outside " + min + ".." + max, "give a whole number from " + min + " to " + max));
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(problem(name, name + "=" + v.get() + " is not a whole number", "give a whole number from " + min + " to " + max));
            return fallback;
        }
    }

    double decimal(String name, double fallback, double min, double max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.get());
            if (!(d >= min && d <= max)) {
                problems.add(problem(name, name + "=" + v.get() + " is outside " + min + ".." + max, "give a number from " + min + " to " + max));
                return fallback;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(problem(name, name + "=" + v.get() + " is not a number", "give a number from " + min + " to " + max));
            return fallback;
        }
    }

    Optional<Instant> time(String name) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(v.get().length() == 10 ? LocalDate.parse(v.get()).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v.get()));
        } catch (DateTimeParseException e) {
            problems.add(problem(name, name + "=" + v.get() + " is not a date or UTC time", "e.g. 2026-08-15 or 2026-08-15T09:30:00Z"));
            return Optional.empty();
        }
    }

    private static Problem problem(String name, String message, String hint) {
        return new Problem("query", 0, 0, name, message, hint);
    }
}
