package io.countersign.cli;

import io.countersign.core.AtomicFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign bench pi --styles 20}: warm rendering speed on one thread and on all cores; {@code bench server}: the HTTP API under load. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure rendering. pi: warm median and p90 ms per document, documents/s on 1 thread and all cores. "
                + "labels: a whole batch of --skus sticker (or --sheet carton) sheets: wall time, SKUs/s, peak heap. "
                + "server: an in-process server and --clients posting the --styles PI: PIs/s, p50/p99, then 10x overload and recovery.")
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "what to measure: pi, labels or server")
    String kind;

    @Option(names = "--skus", defaultValue = "1000", description = "labels: SKUs in the batch (default: ${DEFAULT-VALUE})")
    int skus;

    @Option(names = "--sheet", defaultValue = "STICKER", description = "labels: STICKER or CARTON sheets (default: ${DEFAULT-VALUE})")
    io.countersign.labels.SheetKind sheet;

    @Option(names = "--styles", defaultValue = "20", description = "styles per PI (default: ${DEFAULT-VALUE})")
    int styles;

    @Option(names = "--warmup", description = "documents rendered before measuring (default: 300; server: 4000 posted, the JIT takes"
            + " that long to settle on the whole request path of 2 shared cores)")
    Integer warmup;

    @Option(names = "--documents", defaultValue = "200", description = "documents measured per run (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--save-sample", paramLabel = "FILE", description = "also write one rendered workload PDF to FILE, to look at what is measured")
    java.nio.file.Path saveSample;

    @Option(names = "--threads", description = "threads for the parallel run; server: render threads (default: all cores)")
    Integer threads;

    @Option(names = "--clients", defaultValue = "16", description = "server: concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "server: length of the sustained phase (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--overload", defaultValue = "10", description = "server: clients times this in the overload phase (default: ${DEFAULT-VALUE})")
    int overload;

    @Override
    public Integer call() throws Exception {
        if (kind.equals("labels")) {
            return labels();
        }
        if (kind.equals("server")) {
            if (clients < 1 || clients > 1000 || seconds < 1 || overload < 1 || overload > 100 || styles < 1 || styles > 2000) {
                throw new UnusableInputException("--clients must be 1..1000, --seconds at least 1, --overload 1..100, --styles 1..2000");
            }
            return new ServerBenchmark(spec.commandLine().getOut(), styles).run(clients, seconds, overload, warmup == null ? 4000 : warmup, threads);
        }
        if (!kind.equals("pi")) {
            throw new UnusableInputException("no benchmark for \"" + kind + "\"; known: pi, labels, server");
        }
        int warmup = this.warmup == null ? 300 : this.warmup;
        if (styles < 1 || styles > 2000 || documents < 1 || warmup < 0) {
            throw new UnusableInputException("--styles must be 1..2000, --documents at least 1, --warmup at least 0");
        }
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try (PiBenchmark bench = PiBenchmark.create(styles)) {
            var out = spec.commandLine().getOut();
            out.printf("workload: PI with %d styles, %d distinct 800x600 JPEG photos, %d UPC-A, Chinese and Latin text; %d KB PDF%n",
                    styles, styles, styles, bench.sampleSize() / 1024);
            out.flush();
            if (saveSample != null) {
                AtomicFiles.write(saveSample, bench::renderTo);
                out.println("sample written to " + saveSample);
            }
            bench.warmUp(warmup);
            PiBenchmark.Result one = bench.run(1, documents);
            out.printf("1 thread:  median %.1f ms, p90 %.1f ms per document, %.1f documents/s (median CPU %.1f ms)%n",
                    one.medianMs(), one.p90Ms(), one.documentsPerSecond(), one.medianCpuMs());
            out.flush();
            PiBenchmark.Result all = bench.run(cores, documents * cores);
            out.printf("%d threads: median %.1f ms, p90 %.1f ms per document, %.1f documents/s (median CPU %.1f ms)%n",
                    cores, all.medianMs(), all.p90Ms(), all.documentsPerSecond(), all.medianCpuMs());
            out.flush();
        }
        return ExitCodes.OK;
    }

    private int labels() throws Exception {
        if (skus < 1 || skus > 99_999) {
            throw new UnusableInputException("--skus must be 1..99999");
        }
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        var out = spec.commandLine().getOut();
        try (LabelBenchmark bench = LabelBenchmark.create(skus)) {
            out.printf("workload: %d SKUs in a CSV, %d distinct 800x600 JPEG photos, a vector PDF line drawing; %s sheets on %d threads%n",
                    skus, 8, sheet.kind(), cores);
            out.flush();
            LabelBenchmark.Result r = bench.run(sheet, cores, ProgressBar.onStderr(spec.commandLine().getErr()));
            out.printf(java.util.Locale.ROOT, "%d %s sheets + combined PDF (%d MB) + index + manifest: %.1f s wall, %.1f SKUs/s%n",
                    r.skus(), sheet.kind(), r.combinedMb(), r.wallSeconds(), r.skusPerSecond());
            out.printf("heap: peak in use %d MB, peak live after GC %d MB, max heap %d MB%n", r.peakHeapMb(), r.peakLiveMb(), r.maxHeapMb());
            if (!r.batch().complete()) {
                out.printf("NOT COMPLETE: %d failed, %d bad rows%n", r.batch().failures().size(), r.batch().badRows().size());
                return ExitCodes.FAILED;
            }
        }
        return ExitCodes.OK;
    }
}
