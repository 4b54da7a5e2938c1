package io.countersign.labels.batch;

import io.countersign.CountersignException;
import io.countersign.core.AtomicFiles;
import io.countersign.core.Sha256;
import io.countersign.labels.LabelOptions;
import io.countersign.labels.RenderedSheet;
import io.countersign.labels.SheetException;
import io.countersign.labels.SheetKind;
import io.countersign.labels.Sku;
import io.countersign.labels.SkuList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Renders the sheets of a SKU list: one PDF per SKU on all cores, the combined PDF and the index
 * workbook written alongside as the sheets finish, then the manifest. Memory stays flat however long the list: each
 * sheet goes to disk as soon as it is rendered (atomically) and only its identity is kept; the
 * combined PDF is streamed from those files. Every finished SKU is journaled, so a re-run after a crash or Ctrl-C renders
 * only what is missing or changed.
 */
public final class LabelBatch {
    private final SheetMaker maker;
    private final String version;

    public LabelBatch(SheetMaker maker, String version) {
        this.maker = maker;
        this.version = version;
    }

    /** The batch's settings: which sheet, how, on how many threads, and whether the index shows pictures. */
    public record Settings(SheetKind kind, LabelOptions options, int threads, boolean indexPictures) {
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }
    }

    /** A SKU's sheet after this run: kept or rendered ({@code done}), or failed ({@code failure}). */
    record Outcome(Sku sku, Optional<BatchJournal.Done> done, Optional<BatchResult.Failure> failure, boolean unchanged) {
    }

    /** A SKU to render: its place in the list and its fingerprint, computed once when deciding whether to render it. */
    private record Pending(int index, Sku sku, String fingerprint) {
    }

    public BatchResult run(SkuList list, Path outDir, Settings settings, BatchProgress progress) {
        long started = System.nanoTime();
        SheetFiles files = SheetFiles.of(outDir, list.source(), settings.kind());
        createSheetsDir(outDir, files);
        Map<String, BatchJournal.Done> earlier = BatchJournal.read(files.journal());
        List<Outcome> outcomes = new ArrayList<>(list.rows().size());
        List<Pending> todo = new ArrayList<>();
        Map<String, BatchJournal.Done> kept = new LinkedHashMap<>();
        for (Sku sku : list.rows()) {
            String fingerprint = SkuFingerprint.of(sku, settings.kind(), settings.options(), version);
            BatchJournal.Done before = earlier.get(sku.sku());
            if (before != null && before.fingerprint().equals(fingerprint) && before.file().equals(files.sheet(sku))
                    && fileHasHash(outDir.resolve(before.file()), before.sha256())) {
                kept.put(sku.sku(), before);
                outcomes.add(new Outcome(sku, Optional.of(before), Optional.empty(), true));
            } else {
                todo.add(new Pending(outcomes.size(), sku, fingerprint));
                outcomes.add(null);
            }
        }
        progress.start(todo.size(), kept.size());
        List<BatchJournal.Done> sheets;
        List<BatchResult.Failure> failures;
        String combinedSha256;
        SheetFeed feed = new SheetFeed(outcomes.size());
        try (CombinedAppender combined = new CombinedAppender(files, settings, feed);
             IndexAppender index = new IndexAppender(files, settings, list.rows(), feed)) {
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) != null) {
                    feed.ready(i, outcomes.get(i).done());
                }
            }
            try (BatchJournal journal = BatchJournal.open(files.journal(), kept.values())) {
                renderAll(todo, outcomes, outDir, files, settings, journal, progress, feed);
            }
            sheets = outcomes.stream().flatMap(o -> o.done().stream()).toList();
            failures = outcomes.stream().flatMap(o -> o.failure().stream()).toList();
            if (sheets.isEmpty()) {
                combinedSha256 = null; // closing the combined appender unfinished deletes its file
            } else {
                progress.finishing(files.combined().getFileName().toString() + " and " + files.index().getFileName());
                combinedSha256 = combined.finish(sheets);
                index.finish();
            }
        }
        if (sheets.isEmpty()) {
            // the index lists every row, failed ones too, so it may be complete: an index of no sheet is not kept either
            deleteQuietly(files.index());
            throw new NothingRenderedException(list.source().getFileName().toString(), list.problems(), failures);
        }
        progress.finishing(files.manifest().getFileName().toString());
        BatchOutputs.manifest(files, list, outcomes, settings, version, combinedSha256);
        int unchanged = (int) outcomes.stream().filter(Outcome::unchanged).count();
        return new BatchResult(sheets.size() - unchanged, unchanged, list.problems(), failures, files.combined(), files.index(),
                files.manifest(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void renderAll(List<Pending> todo, List<Outcome> outcomes, Path outDir, SheetFiles files, Settings settings,
                           BatchJournal journal, BatchProgress progress, SheetFeed feed) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "countersign-batch");
            t.setDaemon(true);
            return t;
        });
        // At most two sheets per thread in flight: rendered bytes never pile up in memory.
        Semaphore inFlight = new Semaphore(settings.threads() * 2);
        AtomicInteger done = new AtomicInteger();
        try {
            for (Pending pending : todo) {
                inFlight.acquire();
                pool.execute(() -> {
                    Outcome outcome = null;
                    try {
                        outcome = renderOne(pending, outDir, files, settings, journal);
                        outcomes.set(pending.index(), outcome);
                    } finally {
                        // always told, so the combined PDF and the index never wait for a sheet that will not come
                        feed.ready(pending.index(), outcome == null ? Optional.empty() : outcome.done());
                        inFlight.release();
                        progress.advance(done.incrementAndGet(), todo.size());
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(7, TimeUnit.DAYS)) {
                throw new CountersignException("the batch did not finish");
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new CountersignException("the batch was interrupted; run it again to finish the remaining SKUs", e);
        }
    }

    private Outcome renderOne(Pending pending, Path outDir, SheetFiles files, Settings settings, BatchJournal journal) {
        Sku sku = pending.sku();
        try {
            RenderedSheet sheet = maker.render(sku, settings.kind(), settings.options());
            String file = files.sheet(sku);
            AtomicFiles.write(outDir.resolve(file), sheet.pdf());
            BatchJournal.Done done = new BatchJournal.Done(sku.sku(), pending.fingerprint(),
                    file, Sha256.hex(sheet.pdf()), sheet.identity(), sheet.shows());
            journal.append(done);
            return new Outcome(sku, Optional.of(done), Optional.empty(), false);
        } catch (SheetException e) {
            String why = e.getMessage() + (e.hint().isEmpty() ? "" : " — hint: " + e.hint());
            return new Outcome(sku, Optional.empty(), Optional.of(new BatchResult.Failure(sku.row(), sku.sku(), why)), false);
        } catch (CountersignException e) {
            return new Outcome(sku, Optional.empty(), Optional.of(new BatchResult.Failure(sku.row(), sku.sku(), e.getMessage())), false);
        } catch (RuntimeException e) {
            return new Outcome(sku, Optional.empty(), Optional.of(new BatchResult.Failure(sku.row(), sku.sku(),
                    "could not be rendered (" + e + "); please report this with the row")), false);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // left behind; the next run overwrites it
        }
    }

    /**
     * Creates {@code sheets/} and clears the temp files a killed run left behind (they are never renamed
     * into place): sheets' and, since it is written while the sheets render, the index workbook's.
     */
    private static void createSheetsDir(Path outDir, SheetFiles files) {
        Path sheets = outDir.resolve("sheets");
        String index = "." + files.index().getFileName();
        try {
            Files.createDirectories(sheets);
            try (Stream<Path> leftovers = Stream.concat(Files.list(sheets), Files.list(outDir)
                    .filter(p -> p.getFileName().toString().startsWith(index)))) {
                for (Path p : leftovers.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new CountersignException("cannot create " + sheets + ": " + e.getMessage(), e);
        }
    }

    private static boolean fileHasHash(Path file, String sha256) {
        try {
            return Files.isRegularFile(file) && Sha256.hex(file).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }
}
