package io.countersign.cli;

import io.countersign.core.AtomicFiles;
import io.countersign.Countersign;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PiRendering;
import io.countersign.pi.PoFinding;
import io.countersign.pi.PoReconciliation;
import io.countersign.pi.PreparedPi;
import io.countersign.pi.ProformaInvoice;
import io.countersign.recap.Recap;
import io.countersign.recap.RecapMail;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    @CommandLine.Mixin
    PiOptionsMixin settings;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "pdf",
            description = "what to write, comma-separated: pdf, xlsx, eml (the recap email with the other files attached) (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--strict", description = "treat PO reconciliation findings as errors (exit 2, nothing written)")
    boolean strict;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    @Override
    public Integer call() {
        ProformaInvoice pi = Countersign.readPi(input);
        PiOptions options = settings.options(input, pi);
        Set<String> wanted = OutputFormats.parse(formats, List.of("pdf", "xlsx", "eml"));
        PrintWriter console = spec.commandLine().getOut();
        if (strict) {
            var findings = PoReconciliation.reconcile(pi);
            if (!findings.isEmpty()) {
                StringBuilder sb = new StringBuilder(input + ": " + findings.size() + " PO finding(s), and --strict is set; nothing written:");
                findings.forEach(f -> sb.append("\n  - ").append(f.message()));
                throw new UnusableInputException(sb.toString());
            }
        }
        // Each output is made only when asked for; the .eml attaches those made in this run.
        Optional<byte[]> pdf = Optional.empty();
        Optional<byte[]> xlsx = Optional.empty();
        PiRendering r = null;
        if (wanted.contains("pdf")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            r = Countersign.pi(pi).withOptions(options).toPdf(bytes);
            pdf = Optional.of(bytes.toByteArray());
            console.println(AtomicFiles.write(out.resolve(fileName(pi)), pdf.get()));
        }
        if (wanted.contains("xlsx")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            r = Countersign.pi(pi).withOptions(options).toXlsx(bytes);
            xlsx = Optional.of(bytes.toByteArray());
            console.println(AtomicFiles.write(out.resolve(baseName(pi) + ".xlsx"), xlsx.get()));
        }
        if (wanted.contains("eml")) {
            Recap recap = Recap.of(pi, options);
            console.println(AtomicFiles.write(out.resolve(baseName(pi) + ".eml"), RecapMail.bytes(recap, pdf, xlsx)));
        }
        if (r == null) {
            r = PreparedPi.of(pi, options).rendering();
        }
        long carried = r.identity().points().stream().filter(p -> !p.asked()).count();
        console.println(r.identity().points().size() + " sign-off points (one per style), document " + r.identity().documentId()
                + " r" + r.identity().revision()
                + (carried == 0 ? "" : "; " + carried + " unchanged and not asked again, " + (r.identity().points().size() - carried) + " to decide"));
        if (!r.lookAlikes().isEmpty()) {
            console.println(r.lookAlikes().pairs().size() + " look-alike pair(s) flagged on the PI");
        }
        for (PoFinding f : r.findings()) {
            console.println("PO finding: " + f.message());
        }
        return ExitCodes.OK;
    }

    static String fileName(ProformaInvoice pi) {
        return baseName(pi) + ".pdf";
    }

    /** The file name every output of one PI revision shares: number (made file-safe) and revision. */
    static String baseName(ProformaInvoice pi) {
        return pi.number().replaceAll("[^A-Za-z0-9._-]", "_") + "-r" + pi.revision();
    }
}
