package io.countersign.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.core.Sha256;
import io.countersign.labels.SheetKind;
import io.countersign.server.jobs.BatchJobs;
import io.countersign.server.jobs.BatchSettings;
import io.countersign.server.jobs.JobProgress;
import io.countersign.server.jobs.ServerBusyException;
import io.countersign.server.jobs.ZipInput;
import io.countersign.server.store.Json;
import io.countersign.server.store.JobStore;
import io.countersign.server.store.Scratch;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code POST /api/v1/labels} and {@code /cartons}: a SKU list with its pictures and drawings as a ZIP
 * (or a bare .csv/.xlsx/.yaml list with {@code name=}) becomes a job, answered 202 with its link;
 * {@code GET /api/v1/jobs/{id}} shows progress and bad rows; {@code GET /api/v1/jobs/{id}/result} is the zip.
 */
final class BatchEndpoints {
    private final Services s;

    BatchEndpoints(Services s) {
        this.s = s;
    }

    void post(Context ctx, SheetKind kind) {
        BatchSettings settings = Params.batch(ctx, kind);
        if (s.draining().getAsBoolean()) {
            throw Admission.refuse(ctx, new ServerBusyException("the server is shutting down", 5, true));
        }
        String type = Bodies.mediaType(ctx);
        try (Scratch scratch = Scratch.in(s.scratch(), "batch")) {
            Path zip;
            if (type.equals("application/zip") || type.equals("application/x-zip-compressed")) {
                zip = Bodies.spool(ctx, scratch.dir().resolve("upload.zip"), s.limits().batchBytes(), "the batch");
            } else {
                String name = Bodies.displayName(ctx.queryParam("name"), "");
                if (name.isEmpty() || !ZipInput.isList(name)) {
                    throw ProblemException.unsupported("send the SKU list and its pictures as application/zip, or the list alone with"
                            + " name=<list>.csv (.xlsx, .yaml)");
                }
                Path list = Bodies.spool(ctx, scratch.dir().resolve(name), s.limits().batchBytes(), "the SKU list");
                zip = zipOf(list, scratch.dir().resolve("upload.zip"));
            }
            String fingerprint;
            try {
                fingerprint = Sha256.hex((kind.kind() + "\n" + Sha256.hex(zip) + "\n" + new String(Json.bytes(settings), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw Bodies.unreadable(e);
            }
            BatchJobs.Submitted sub = s.batches().submit(zip, fingerprint, settings, java.util.Optional.of(ApiKeyFilter.caller(ctx).keyId()));
            ctx.header("Location", Views.API + "/jobs/" + sub.job().id());
            Responses.json(ctx, sub.created() ? 202 : 200, job(sub.job()));
        }
    }

    void get(Context ctx) {
        Responses.json(ctx, 200, job(find(ctx)));
    }

    void result(Context ctx, boolean head) {
        JobStore.Job job = find(ctx);
        if (job.state() != JobStore.State.DONE || job.resultSha256().isEmpty()) {
            throw new ProblemException(ApiProblem.of("job-not-done", "The job has no result yet", 409, "job " + job.id() + " is "
                    + job.state().key() + (job.state() == JobStore.State.FAILED ? "; see its errors" : "; ask again when its state is done")));
        }
        String sha = job.resultSha256().get();
        long size = s.store().find(sha).orElseThrow().size();
        String name = io.countersign.server.documents.FileNames.base(job.listName()) + "-" + job.kind() + "s.zip";
        FileResponses.send(ctx, s.store(), sha, size, "application/zip", name, head);
    }

    private JobStore.Job find(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f-]{36}")) {
            throw ProblemException.notFound("no job " + id);
        }
        return s.batches().job(id).orElseThrow(() -> ProblemException.notFound("no job " + id));
    }

    private ObjectNode job(JobStore.Job job) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", job.id()).put("kind", job.kind()).put("state", job.state().key()).put("list", job.listName())
                .put("createdAt", job.createdAt().toString());
        job.finishedAt().ifPresent(t -> n.put("finishedAt", t.toString()));
        Optional<JobProgress> running = s.batches().progress(job.id());
        ObjectNode progress = n.putObject("progress");
        JsonNode outcome = Json.MAPPER.createObjectNode();
        if (running.isPresent() && (job.state() == JobStore.State.QUEUED || job.state() == JobStore.State.RUNNING)) {
            JobProgress p = running.get();
            progress.put("phase", p.phase()).put("total", p.total()).put("done", p.done()).put("unchanged", p.unchanged()).put("percent", p.percent());
            n.set("badRows", Json.MAPPER.valueToTree(p.badRows()));
        } else {
            boolean finished = job.state() == JobStore.State.DONE || job.state() == JobStore.State.FAILED;
            progress.put("phase", finished ? job.state().key() : job.state() == JobStore.State.RUNNING ? "resuming" : "queued")
                    .put("total", job.rendered() + job.failed()).put("done", job.rendered() + job.failed()).put("unchanged", job.unchanged())
                    .put("percent", job.state() == JobStore.State.DONE ? 100 : 0);
            try {
                outcome = Json.MAPPER.readTree(s.batches().outcome(job));
            } catch (IOException e) {
                throw new io.countersign.CountersignException("the outcome of job " + job.id() + " cannot be read", e);
            }
            n.set("badRows", outcome.has("badRows") ? outcome.get("badRows") : Json.MAPPER.createArrayNode());
        }
        n.put("rendered", job.rendered()).put("unchanged", job.unchanged()).put("failed", job.failed()).put("badRowCount", job.badRows());
        n.set("failures", outcome.has("failures") ? outcome.get("failures") : Json.MAPPER.createArrayNode());
        if (outcome.has("errors")) {
            n.set("errors", outcome.get("errors"));
        }
        if (outcome.has("message")) {
            n.put("message", outcome.get("message").asText());
        }
        ObjectNode links = n.putObject("links").put("self", Views.API + "/jobs/" + job.id());
        if (job.state() == JobStore.State.DONE) {
            links.put("result", Views.API + "/jobs/" + job.id() + "/result");
        }
        job.documentId().ifPresent(d -> links.put("document", Views.documentHref(d)));
        return n;
    }

    /** A bare list posted alone, as the one entry of a zip. */
    private static Path zipOf(Path list, Path target) {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(list.getFileName().toString()));
            Files.copy(list, zip);
            zip.closeEntry();
            return target;
        } catch (IOException e) {
            throw new io.countersign.CountersignException("cannot keep the upload: " + e.getMessage(), e);
        }
    }
}
