package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PreviousRevision;
import io.countersign.pi.ProformaInvoice;
import io.countersign.render.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The rendering options every PI output shares ({@code pi}, {@code recap}): language, paper, barcode size, issue time, templates, previous revision. */
final class PiOptionsMixin {

    @Option(names = "--lang", paramLabel = "LANG", description = "en, zh-CN, zh-TW or de (default: the input's language, else en)")
    String lang;

    @Option(names = "--bilingual", description = "print English labels with the --lang (or input) language after each")
    boolean bilingual;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4", description = "A4 or LETTER, landscape (default: ${DEFAULT-VALUE})")
    PiOptions.Paper paper;

    @Option(names = "--magnification", paramLabel = "PERCENT", defaultValue = "80",
            description = "UPC/EAN size, 80..200 percent of X = 0.33 mm (default: ${DEFAULT-VALUE})")
    int magnification;

    @Option(names = "--issued-at", paramLabel = "TIME",
            description = "issue time in metadata, e.g. 2026-08-15T09:30:00Z or 2026-08-15 (default: the PI's issue date)")
    String issuedAt;

    @Option(names = "--templates", paramLabel = "DIR", description = "use templates from DIR instead of the bundled ones")
    Path templates;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "the previous revision: its input (YAML or JSON) or its PDF, as issued or as returned by the buyer;"
                    + " every line then says what changed since, and only changed lines are asked about again")
    Path previous;

    /** The options for {@code pi} read from {@code input}; {@code --previous} is read and checked against it. */
    PiOptions options(Path input, ProformaInvoice pi) {
        PiOptions o = options();
        return previous == null ? o : o.withPrevious(previousRevision(input, pi));
    }

    private PiOptions options() {
        PiOptions o = PiOptions.defaults().withPaper(paper).withMagnification(upcMagnification(magnification));
        if (lang != null) {
            if (!Messages.isKnown(lang)) {
                throw new UnusableInputException("--lang " + lang + " is not supported; use one of " + Messages.LANGUAGES);
            }
            o = o.withLanguage(lang);
        }
        o = o.withBilingual(bilingual);
        if (issuedAt != null) {
            o = o.withIssuedAt(parseTime(issuedAt));
        }
        if (templates != null) {
            o = o.withTemplates(templates);
        }
        return o;
    }

    private PreviousRevision previousRevision(Path input, ProformaInvoice pi) {
        String name = previous.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            throw new UnusableInputException("--previous " + previous + ": give the previous revision's PDF (as issued or returned) "
                    + "or its YAML/JSON input; the workbook does not carry the values needed to show what changed");
        }
        PreviousRevision before = Countersign.readPrevious(previous);
        ProformaInvoice old = before.pi();
        if (!old.number().equals(pi.number()) || old.revision() >= pi.revision()) {
            throw new UnusableInputException("--previous " + previous + " is PI " + old.number() + " r" + old.revision()
                    + ", but " + input + " is PI " + pi.number() + " r" + pi.revision()
                    + "; pass an earlier revision of the same PI");
        }
        return before;
    }

    /** {@code --magnification} in percent as a factor of the nominal UPC/EAN module, checked against GS1's 80–200 %. */
    static double upcMagnification(int percent) {
        if (percent < 80 || percent > 200) {
            throw new UnusableInputException("--magnification " + percent + " is outside 80..200 (percent of the nominal 0.33 mm module)");
        }
        return percent / 100.0;
    }

    /** {@code --issued-at}: a date (00:00 UTC that day) or a UTC time; shared by every command that issues documents. */
    static Instant parseTime(String s) {
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new UnusableInputException("--issued-at " + s + " is not a date (2026-08-15) or UTC time (2026-08-15T09:30:00Z)");
        }
    }

}
