package io.countersign.server.jobs;

import io.countersign.Countersign;
import io.countersign.CountersignException;
import io.countersign.input.InvalidInputException;
import io.countersign.input.SkuReader;
import io.countersign.labels.SheetRenderer;
import io.countersign.labels.SkuList;
import io.countersign.labels.batch.BatchProgress;
import io.countersign.labels.batch.BatchResult;
import io.countersign.labels.batch.LabelBatch;
import io.countersign.labels.batch.SheetFiles;
import io.countersign.server.store.Blob;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.DocumentRegistry;
import io.countersign.server.store.JobStore;
import io.countersign.server.store.Json;
import io.countersign.server.store.NewRevision;
import io.countersign.server.store.Records;
import io.countersign.server.store.RevisionRecord;
import io.countersign.server.store.Scratch;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.EmbeddedIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Label and carton batches as jobs: one batch renders at a time (on its own threads), a few wait, more
 * are refused (503). The upload stays under {@code data/jobs/<id>} until the job ends, and each list
 * renders into {@code data/batches/<kind>/<list>}, where the batch's journal lives: a server restarted
 * in the middle of a batch resumes it and renders only the SKUs not finished, and a list posted again
 * after an edit renders only the rows that changed. A finished batch is registered as a document
 * (combined PDF, index workbook, manifest) and its result zip is stored.
 */
public final class BatchJobs implements AutoCloseable {
    private final JobStore jobs;
    private final DocumentRegistry registry;
    private final ContentStore store;
    private final Records records;
    private final Path dataDir;
    private final int threads;
    private final ThreadPoolExecutor runner;
    private final Map<String, JobProgress> progress = new ConcurrentHashMap<>();
    private final PrintWriter log;
    private final java.time.Clock clock;
    private volatile boolean stopping;

    public BatchJobs(JobStore jobs, DocumentRegistry registry, ContentStore store, Records records, Path dataDir, int threads, int maxWaiting,
                     java.time.Clock clock, PrintWriter log) {
        this.jobs = jobs;
        this.clock = clock;
        this.registry = registry;
        this.store = store;
        this.records = records;
        this.dataDir = dataDir;
        this.threads = threads;
        this.log = log;
        this.runner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(maxWaiting), r -> {
            Thread t = new Thread(r, "countersign-batch-job");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a batch uploaded as {@code zip} (moved away from there). The same upload with the same
     * settings, while its job has not failed, is that job again ({@code created} false). The batch's
     * document will be {@code issuedByKey}'s.
     */
    public Submitted submit(Path zip, String fingerprint, BatchSettings settings, Optional<Long> issuedByKey) {
        Optional<JobStore.Job> same = jobs.sameRequest(fingerprint);
        if (same.isPresent()) {
            return new Submitted(same.get(), false);
        }
        if (runner.getQueue().remainingCapacity() == 0 || stopping) {
            throw new ServerBusyException("too many batches are waiting; try again when one has finished", 30, stopping);
        }
        String id = UUID.randomUUID().toString();
        Path jobDir = jobDir(id);
        String listName;
        try {
            Files.createDirectories(jobDir);
            listName = ZipInput.unpack(zip, jobDir.resolve("input"));
        } catch (RuntimeException | IOException e) {
            Scratch.deleteTree(jobDir);
            throw e instanceof RuntimeException r ? r : new CountersignException("cannot keep the upload: " + e.getMessage(), e);
        }
        BatchSettings fixed = settings.issuedAt().isEmpty() ? settings.withIssuedAt(defaultIssuedAt(settings, jobDir.resolve("input")
                .resolve(listName))) : settings;
        JobStore.Job job = jobs.create(id, settings.kind().kind(), fingerprint, listName, new String(Json.bytes(fixed),
                java.nio.charset.StandardCharsets.UTF_8), issuedByKey);
        enqueue(job);
        return new Submitted(job, true);
    }

    /** A submitted job and whether this request created it. */
    public record Submitted(JobStore.Job job, boolean created) {
    }

    /** Jobs that were queued or running when the server stopped are run (again); the batch journal skips what was finished. */
    public int resume() {
        int n = 0;
        for (JobStore.Job job : jobs.unfinished()) {
            if (Files.isDirectory(jobDir(job.id()).resolve("input"))) {
                enqueue(job);
                n++;
            } else {
                jobs.finish(job.id(), failed(job, "the upload of this job was lost before it ran; post the batch again"));
            }
        }
        return n;
    }

    public Optional<JobProgress> progress(String jobId) {
        return Optional.ofNullable(progress.get(jobId));
    }

    public Optional<JobStore.Job> job(String id) {
        return jobs.get(id);
    }

    /** The JSON of a finished job's bad rows, failures or errors, from the store. */
    public byte[] outcome(JobStore.Job job) {
        return job.outcomeSha256().map(store::read).orElse("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void enqueue(JobStore.Job job) {
        progress.put(job.id(), JobProgress.QUEUED);
        try {
            runner.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            progress.remove(job.id());
            throw new ServerBusyException("too many batches are waiting; try again when one has finished", 30, stopping);
        }
    }

    private void run(JobStore.Job job) {
        if (stopping) {
            return;
        }
        BatchSettings settings = Json.read(job.settings().getBytes(java.nio.charset.StandardCharsets.UTF_8), BatchSettings.class);
        Path input = jobDir(job.id()).resolve("input").resolve(job.listName());
        try {
            jobs.running(job.id());
            progress.put(job.id(), new JobProgress("reading", 0, 0, 0, List.of()));
            SkuList list = SkuReader.read(input);
            progress.put(job.id(), new JobProgress("rendering", 0, 0, 0, list.problems()));
            SheetFiles files = SheetFiles.of(batchDir(settings, input), input, settings.kind());
            LabelBatch batch = new LabelBatch(new SheetRenderer("countersign " + Countersign.VERSION)::render, Countersign.VERSION);
            BatchResult r = batch.run(list, files.dir(), new LabelBatch.Settings(settings.kind(), settings.options(), threads,
                    settings.indexPictures()), listener(job.id()));
            if (stopping) {
                return; // the server is stopping: the job stays running in the registry and is finished after the restart
            }
            jobs.finish(job.id(), register(job, list, files, r));
            cleanUp(job);
        } catch (InvalidInputException e) {
            jobs.finish(job.id(), new JobStore.Finish(JobStore.State.FAILED, Optional.empty(), Optional.empty(),
                    Optional.of(store.put(Json.bytes(Map.of("errors", e.problems()))).sha256()), 0, 0, 0, 0));
            cleanUp(job);
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            log.println("countersign: batch job " + job.id() + " failed: " + e);
            log.flush();
            jobs.finish(job.id(), failed(job, e instanceof CountersignException ? e.getMessage() : "the batch failed (" + e + ")"));
            cleanUp(job);
        } finally {
            progress.remove(job.id());
        }
    }

    private JobStore.Finish failed(JobStore.Job job, String message) {
        return new JobStore.Finish(JobStore.State.FAILED, Optional.empty(), Optional.empty(),
                Optional.of(store.put(Json.bytes(Map.of("message", message))).sha256()), 0, 0, 0, 0);
    }

    private JobStore.Finish register(JobStore.Job job, SkuList list, SheetFiles files, BatchResult r) {
        DocumentIdentity identity = identity(files.combined());
        Blob combined = store.putFile(files.combined());
        Blob index = store.putFile(files.index());
        Blob manifest = store.putFile(files.manifest());
        String resultName = files.base() + "-" + files.kind().kind() + "s.zip";
        Blob zip = store.put(out -> ResultZip.write(files, out));
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("pdf", files.combined().getFileName().toString());
        outputs.put("xlsx", files.index().getFileName().toString());
        outputs.put("manifest", files.manifest().getFileName().toString());
        outputs.put("zip", resultName);
        RevisionRecord record = new RevisionRecord(identity, List.of(), 0, outputs, false, null);
        List<String> pos = list.rows().stream().map(s -> s.marks().reference()).filter(s -> !s.isBlank()).distinct().toList();
        NewRevision n = new NewRevision(identity.documentId(), identity.kind(), files.base(), "", pos.size() == 1 ? pos.get(0) : "",
                identity.title(), identity.revision(), io.countersign.core.Sha256.hex((identity.inputSha256() + "\n" + job.settings()).getBytes(java.nio.charset.StandardCharsets.UTF_8)), identity.inputSha256(),
                records.put(record).sha256(), identity.points().size(), identity.issuedAt(), List.of(
                        new NewRevision.NewFile(outputs.get("pdf"), "application/pdf", combined),
                        new NewRevision.NewFile(outputs.get("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", index),
                        new NewRevision.NewFile(outputs.get("manifest"), "application/json", manifest),
                        new NewRevision.NewFile(resultName, "application/zip", zip)),
                "batch job " + job.id() + ": " + (r.rendered() + r.unchanged()) + " sheets (" + r.rendered() + " rendered, " + r.unchanged()
                        + " unchanged), " + r.badRows().stream().map(SkuList.RowProblem::row).distinct().count() + " bad rows, "
                        + r.failures().size() + " failed");
        registry.issue(n, true);
        job.issuedByKey().ifPresent(key -> registry.claim(identity.documentId(), key));
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("badRows", r.badRows());
        outcome.put("failures", r.failures());
        return new JobStore.Finish(JobStore.State.DONE, Optional.of(identity.documentId()), Optional.of(zip.sha256()),
                Optional.of(store.put(Json.bytes(outcome)).sha256()), r.rendered(), r.unchanged(), r.failures().size(),
                (int) r.badRows().stream().map(SkuList.RowProblem::row).distinct().count());
    }

    /** The combined PDF's identity, read without loading the whole file into memory (a batch's PDF can be hundreds of MB). */
    private static DocumentIdentity identity(Path combined) {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(combined))) {
            return EmbeddedIdentity.of(doc).orElseThrow(() -> new CountersignException(combined + " has no identity"));
        } catch (IOException e) {
            throw new CountersignException("cannot read the combined PDF " + combined + ": " + e.getMessage(), e);
        }
    }

    private BatchProgress listener(String jobId) {
        return new BatchProgress() {
            @Override
            public void start(int total, int unchanged) {
                progress.computeIfPresent(jobId, (k, old) -> new JobProgress("rendering", total, 0, unchanged, old.badRows()));
            }

            @Override
            public void advance(int done, int total) {
                progress.computeIfPresent(jobId, (k, old) -> old.done() >= done ? old
                        : new JobProgress("rendering", total, done, old.unchanged(), old.badRows()));
            }

            @Override
            public void finishing(String what) {
                progress.computeIfPresent(jobId, (k, old) -> new JobProgress("finishing", old.total(), old.total(), old.unchanged(), old.badRows()));
            }
        };
    }

    private Path jobDir(String id) {
        return dataDir.resolve("jobs").resolve(id);
    }

    /** One folder per kind and list name: a list posted again re-renders only what changed, as the command line does in one out folder. */
    private Path batchDir(BatchSettings settings, Path list) {
        return dataDir.resolve("batches").resolve(settings.kind().kind()).resolve(SheetFiles.of(dataDir, list, settings.kind()).base());
    }

    /**
     * The issue time of a batch that does not give one: the previous batch of the same list's (so unchanged
     * sheets keep their bytes and are not rendered again), else today at 00:00 UTC — as the command line does.
     */
    private String defaultIssuedAt(BatchSettings settings, Path list) {
        Path manifest = SheetFiles.of(batchDir(settings, list), list, settings.kind()).manifest();
        try {
            if (Files.isRegularFile(manifest)) {
                String previous = Json.MAPPER.readTree(manifest.toFile()).path("options").path("issuedAt").asText("");
                if (!previous.isEmpty()) {
                    return java.time.Instant.parse(previous).toString();
                }
            }
        } catch (IOException | java.time.format.DateTimeParseException e) {
            // an unreadable manifest is rewritten by the next run
        }
        return java.time.LocalDate.now(clock).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString();
    }

    private void cleanUp(JobStore.Job job) {
        Scratch.deleteTree(jobDir(job.id()));
    }

    /** Stops taking jobs; a running batch is interrupted and resumed from its journal at the next start. */
    @Override
    public void close() {
        stopping = true;
        runner.shutdownNow();
        try {
            runner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
