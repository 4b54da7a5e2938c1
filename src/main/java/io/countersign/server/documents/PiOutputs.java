package io.countersign.server.documents;

import io.countersign.Countersign;
import io.countersign.CountersignException;
import io.countersign.input.InputFormat;
import io.countersign.input.PiReader;
import io.countersign.pi.PiIdentity;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PreparedPi;
import io.countersign.pi.ProformaInvoice;
import io.countersign.recap.RecapMail;
import io.countersign.server.jobs.KeyedLocks;
import io.countersign.server.jobs.RenderPool;
import io.countersign.server.store.Blob;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.DocumentRegistry;
import io.countersign.server.store.NewRevision;
import io.countersign.server.store.Records;
import io.countersign.server.store.RevisionRecord;
import io.countersign.server.store.Rows;
import io.countersign.server.store.Scratch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * A document's files, made when first asked for. Posting a PI renders its PDF, the issued document;
 * its Excel PI and recap email are rendered from the stored source on the first download and kept.
 * The source gives the same bytes every time, so they are what an eager render would have made —
 * and a post costs one render, not three.
 */
public final class PiOutputs {
    private final DocumentRegistry registry;
    private final ContentStore store;
    private final Records records;
    private final RenderPool pool;
    private final KeyedLocks locks;
    private final Path scratchRoot;

    public PiOutputs(DocumentRegistry registry, ContentStore store, Records records, RenderPool pool, KeyedLocks locks, Path scratchRoot) {
        this.registry = registry;
        this.store = store;
        this.records = records;
        this.pool = pool;
        this.locks = locks;
        this.scratchRoot = scratchRoot;
    }

    /** The file {@code name} of the document, rendered now if it is an output not made yet; empty when the document has no such file. */
    public Optional<Rows.File> file(String documentId, String name) {
        Optional<Rows.File> registered = registry.file(documentId, name);
        if (registered.isPresent()) {
            return registered;
        }
        for (Rows.Revision r : registry.revisions(documentId).stream().sorted(Comparator.comparingInt(Rows.Revision::revision).reversed()).toList()) {
            RevisionRecord record = records.get(r.recordSha256());
            Optional<String> output = record.outputs().entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst();
            if (output.isPresent() && record.pi() != null) {
                return Optional.of(locks.with(documentId + "/" + name, () -> registry.file(documentId, name)
                        .orElseGet(() -> make(r, record, output.get()))));
            }
        }
        return Optional.empty();
    }

    private Rows.File make(Rows.Revision revision, RevisionRecord record, String output) {
        String name = record.outputs().get(output);
        byte[] bytes = switch (output) {
            case "xlsx" -> render(revision, record, (pi, options) -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
                Countersign.pi(pi).withOptions(options).toXlsx(out);
                return out.toByteArray();
            });
            case "eml" -> {
                byte[] pdf = store.read(file(revision.documentId(), record.outputs().get("pdf")).orElseThrow().sha256());
                byte[] xlsx = store.read(file(revision.documentId(), record.outputs().get("xlsx")).orElseThrow().sha256());
                yield render(revision, record, (pi, options) ->
                        RecapMail.bytes(Countersign.pi(pi).withOptions(options).recap(), Optional.of(pdf), Optional.of(xlsx)));
            }
            default -> throw new IllegalStateException("the " + output + " of a PI is made when it is issued");
        };
        Blob blob = store.put(bytes);
        return registry.addFile(revision.documentId(), revision.revision(), new NewRevision.NewFile(name, FileNames.contentType(name), blob));
    }

    @FunctionalInterface
    private interface Output {
        byte[] render(ProformaInvoice pi, PiOptions options) throws Exception;
    }

    /**
     * The PI of an issued revision planned again from its source, as its PDF shows it (texts in its
     * language, look-alikes, revision notes): what the online sign-off page shows.
     */
    public PreparedPi prepared(Rows.Revision revision) {
        RevisionRecord record = records.get(revision.recordSha256());
        if (record.pi() == null) {
            throw new IllegalArgumentException(revision.documentId() + " is not a PI");
        }
        return rebuilt(revision, record, PreparedPi::of);
    }

    /** Rebuilds the PI from its source in a scratch folder and renders {@code output} from it in the render pool. */
    private byte[] render(Rows.Revision revision, RevisionRecord record, Output output) {
        return rebuilt(revision, record, (pi, options) -> pool.run("the " + record.identity().title() + " r" + revision.revision(),
                () -> output.render(pi, options)));
    }

    private <T> T rebuilt(Rows.Revision revision, RevisionRecord record, java.util.function.BiFunction<ProformaInvoice, PiOptions, T> use) {
        RevisionRecord.PiSource source = record.pi();
        try (Scratch scratch = Scratch.in(scratchRoot, "rerender")) {
            for (Map.Entry<String, String> picture : source.pictures().entrySet()) {
                Links.place(store.path(picture.getValue()), scratch.dir().resolve(picture.getKey()).normalize());
            }
            String text = new String(store.read(source.inputSha256()), StandardCharsets.UTF_8);
            ProformaInvoice pi = PiReader.read(text, InputFormat.valueOf(source.format()), scratch.dir(), source.displayName());
            if (!PiIdentity.of(pi, "", java.time.Instant.EPOCH).inputSha256().equals(revision.inputSha256())) {
                throw new CountersignException("the stored source of " + revision.documentId() + " r" + revision.revision()
                        + " no longer gives the issued input; its outputs cannot be made again");
            }
            PiOptions options = source.settings().options();
            if (!source.previousSha256().isEmpty()) {
                Path previous = Links.place(store.path(source.previousSha256()), scratch.dir().resolve(".previous").resolve("previous.pdf"));
                options = options.withPrevious(Countersign.readPrevious(previous));
            }
            return use.apply(pi, options);
        }
    }
}
