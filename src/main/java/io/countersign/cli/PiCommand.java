package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PiRendering;
import io.countersign.pi.PoFinding;
import io.countersign.pi.ProformaInvoice;
import io.countersign.render.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign pi INPUT -o DIR}: renders a proforma invoice in which every style is its own decision. */
@Command(name = "pi", mixinStandardHelpOptions = true,
        description = "Render a proforma invoice (YAML or JSON) to PDF with a Confirm / Change-needed decision per style.")
final class PiCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "PI input file (.yaml, .yml or .json)")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

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

    @Option(names = "--strict", description = "treat PO reconciliation findings as errors (exit 2, nothing written)")
    boolean strict;

    @Option(names = "--templates", paramLabel = "DIR", description = "use templates from DIR instead of the bundled ones")
    Path templates;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "the previous revision's input (YAML or JSON): every line then says what changed since")
    Path previous;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    @Override
    public Integer call() {
        ProformaInvoice pi = Countersign.readPi(input);
        PiOptions options = previous == null ? options() : options().withPrevious(previousRevision(pi));
        PrintWriter console = spec.commandLine().getOut();
        if (strict) {
            var findings = io.countersign.pi.PoReconciliation.reconcile(pi);
            if (!findings.isEmpty()) {
                StringBuilder sb = new StringBuilder(input + ": " + findings.size() + " PO finding(s), and --strict is set; nothing written:");
                findings.forEach(f -> sb.append("\n  - ").append(f.message()));
                throw new UnusableInputException(sb.toString());
            }
        }
        Path target = out.resolve(fileName(pi));
        PiRendering r = AtomicFiles.write(target, stream -> Countersign.pi(pi).withOptions(options).toPdf(stream));
        console.println(target);
        console.println(r.identity().points().size() + " sign-off points (one per style), document " + r.identity().documentId()
                + " r" + r.identity().revision());
        if (!r.lookAlikes().isEmpty()) {
            console.println(r.lookAlikes().pairs().size() + " look-alike pair(s) flagged on the PI");
        }
        for (PoFinding f : r.findings()) {
            console.println("PO finding: " + f.message());
        }
        return ExitCodes.OK;
    }

    private PiOptions options() {
        if (magnification < 80 || magnification > 200) {
            throw new UnusableInputException("--magnification " + magnification + " is outside 80..200 (percent of the nominal 0.33 mm module)");
        }
        PiOptions o = PiOptions.defaults().withPaper(paper).withMagnification(magnification / 100.0);
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

    private ProformaInvoice previousRevision(ProformaInvoice pi) {
        if (previous.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new UnusableInputException("--previous " + previous + ": give the previous revision's YAML or JSON input; "
                    + "a previous PDF does not carry the values needed to show what changed");
        }
        ProformaInvoice old = Countersign.readPi(previous);
        if (!old.number().equals(pi.number()) || old.revision() >= pi.revision()) {
            throw new UnusableInputException("--previous " + previous + " is PI " + old.number() + " r" + old.revision()
                    + ", but " + input + " is PI " + pi.number() + " r" + pi.revision()
                    + "; pass an earlier revision of the same PI");
        }
        return old;
    }

    private static Instant parseTime(String s) {
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new UnusableInputException("--issued-at " + s + " is not a date (2026-08-15) or UTC time (2026-08-15T09:30:00Z)");
        }
    }

    static String fileName(ProformaInvoice pi) {
        return pi.number().replaceAll("[^A-Za-z0-9._-]", "_") + "-r" + pi.revision() + ".pdf";
    }
}
