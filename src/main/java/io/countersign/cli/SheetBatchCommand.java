package io.countersign.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.Countersign;
import io.countersign.input.SkuReader;
import io.countersign.labels.batch.BatchResult;
import io.countersign.labels.batch.LabelBatch;
import io.countersign.labels.batch.NothingRenderedException;
import io.countersign.labels.LabelOptions;
import io.countersign.labels.batch.SheetFiles;
import io.countersign.labels.SheetKind;
import io.countersign.labels.SheetRenderer;
import io.countersign.labels.SkuList;
import io.countersign.render.Messages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code labels} and {@code cartons} share: read the SKU list, render every good row's sheet
 * on all cores with a progress bar, then the combined PDF, index and manifest; list the bad rows.
 * Exit 0 when every row made it, 1 when some did not (the good ones are rendered), 2 when the
 * list cannot be used at all.
 */
abstract class SheetBatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SKUS", description = "the SKU list: .csv, .xlsx (first sheet) or .yaml")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en, zh-CN, zh-TW or de (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--issued-at", paramLabel = "TIME",
            description = "issue time, e.g. 2026-08-15 or 2026-08-15T09:30:00Z (default: the previous run's, else today 00:00 UTC)")
    String issuedAt;

    @Option(names = "--threads", paramLabel = "N", description = "render on N threads (default: all cores)")
    Integer threads;

    @Option(names = "--index-pictures", description = "put each SKU's picture into the index workbook")
    boolean indexPictures;

    @Option(names = "--templates", paramLabel = "DIR", description = "use templates from DIR instead of the bundled ones")
    Path templates;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    abstract SheetKind kind();

    /** The kind's own options on top of the shared ones. */
    abstract LabelOptions options(LabelOptions shared);

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Messages.isKnown(lang)) {
            throw new UnusableInputException("--lang " + lang + " is not supported; use one of " + Messages.LANGUAGES);
        }
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (cores < 1 || cores > 256) {
            throw new UnusableInputException("--threads must be 1..256");
        }
        SkuList list = SkuReader.read(input);
        if (list.rows().isEmpty()) {
            // Nothing to render: say why per row instead of writing an empty combined PDF and index.
            printBadRows(list.problems(), err);
            err.println(input.getFileName() + ": no row can be rendered; nothing written");
            err.flush();
            return ExitCodes.FAILED;
        }
        Instant issued = issuedAt(SheetFiles.of(out, input, kind()).manifest());
        LabelOptions defaults = LabelOptions.defaults(issued);
        LabelOptions options = options(new LabelOptions(lang, defaults.upcMagnification(), defaults.itfPrint(), defaults.itfMagnification(),
                issued, Optional.ofNullable(templates)));
        err.println("issued at " + issued + (issuedAt != null ? "" : " (use --issued-at to set it; a re-run keeps the first run's)"));
        LabelBatch batch = new LabelBatch(new SheetRenderer("countersign " + Countersign.VERSION)::render, Countersign.VERSION);
        BatchResult r;
        try {
            r = batch.run(list, out, new LabelBatch.Settings(kind(), options, cores, indexPictures), ProgressBar.onStderr(err));
        } catch (NothingRenderedException e) {
            printBadRows(e.badRows(), err);
            printFailures(e.failures(), err);
            err.println(input.getFileName() + ": no sheet could be made; nothing written");
            err.flush();
            return ExitCodes.FAILED;
        }
        console.println(r.combined());
        console.println(r.index());
        console.println(r.manifest());
        console.printf("%d sheets rendered, %d unchanged since the last run, %d bad rows, %d failed, in %.1f s%n", r.rendered(),
                r.unchanged(), r.badRows().stream().map(p -> p.row()).distinct().count(), r.failures().size(), r.wall().toMillis() / 1000.0);
        printBadRows(r.badRows(), err);
        printFailures(r.failures(), err);
        console.flush();
        err.flush();
        return r.complete() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private void printFailures(java.util.List<BatchResult.Failure> failures, PrintWriter err) {
        for (BatchResult.Failure f : failures) {
            err.println(input.getFileName() + " row " + f.row() + " (" + f.sku() + "): " + f.message());
        }
    }

    private void printBadRows(java.util.List<SkuList.RowProblem> problems, PrintWriter err) {
        for (SkuList.RowProblem p : problems) {
            err.println(input.getFileName() + " row " + p.row() + (p.sku().isEmpty() ? "" : " (" + p.sku() + ")") + ", column "
                    + p.column() + ": " + p.message() + (p.hint().isEmpty() ? "" : " — hint: " + p.hint()));
        }
    }

    private Instant issuedAt(Path manifest) {
        if (issuedAt != null) {
            return PiOptionsMixin.parseTime(issuedAt);
        }
        // A re-run keeps the first run's issue time, so unchanged SKUs keep their bytes and are skipped.
        try {
            if (Files.isRegularFile(manifest)) {
                String previous = new ObjectMapper().readTree(manifest.toFile()).path("options").path("issuedAt").asText("");
                if (!previous.isEmpty()) {
                    return Instant.parse(previous);
                }
            }
        } catch (java.io.IOException | DateTimeParseException e) {
            // an unreadable manifest is rewritten at the end of this run
        }
        return LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
