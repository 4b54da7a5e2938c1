package io.countersign.server.documents;

import io.countersign.Countersign;
import io.countersign.input.InputFormat;
import io.countersign.input.PiReader;
import io.countersign.input.SentPictures;
import io.countersign.pi.PiIdentity;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PiRendering;
import io.countersign.pi.PoFinding;
import io.countersign.pi.PreviousRevision;
import io.countersign.pi.ProformaInvoice;
import io.countersign.server.jobs.KeyedLocks;
import io.countersign.server.jobs.RenderPool;
import io.countersign.server.store.Blob;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.DocumentRegistry;
import io.countersign.server.store.NewRevision;
import io.countersign.server.store.PiSettings;
import io.countersign.server.store.Records;
import io.countersign.server.store.RevisionConflictException;
import io.countersign.server.store.RevisionRecord;
import io.countersign.server.store.Rows;
import io.countersign.server.store.Scratch;
import io.countersign.signoff.DocumentIdentity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/pi}: reads the PI, renders its PDF in the render pool and registers the revision.
 * The same PI posted again — at once from two clients, or later — is the same revision, rendered once:
 * posts of one revision take turns, and the registry's fingerprint (canonical input + settings) finds
 * the earlier one. Another content under a revision number already issued is a conflict. A revision
 * after one this server issued is compared with it (with the buyer's decisions when a PDF came back),
 * so only what changed is asked again.
 */
public final class PiIssuer {
    private final DocumentRegistry registry;
    private final ContentStore store;
    private final Records records;
    private final RenderPool pool;
    private final KeyedLocks locks;
    private final Path scratchRoot;

    /** The posted PI: its text, format, the name problems call it by, and the pictures posted with it by the path the PI names them by. */
    public record Upload(String text, InputFormat format, String displayName, Map<String, byte[]> pictures) {
    }

    public PiIssuer(DocumentRegistry registry, ContentStore store, Records records, RenderPool pool, KeyedLocks locks, Path scratchRoot) {
        this.registry = registry;
        this.store = store;
        this.records = records;
        this.pool = pool;
        this.locks = locks;
        this.scratchRoot = scratchRoot;
    }

    public IssuedDocument issue(Upload upload, PiSettings settings) {
        SentPictures sent = new SentPictures(upload.pictures(), store::path);
        ProformaInvoice pi = PiReader.read(upload.text(), upload.format(), sent, upload.displayName());
        String id = PiIdentity.documentId(pi);
        String fingerprint = Fingerprints.of("pi", PiIdentity.inputSha256(pi), settings.canonical());
        return locks.with(id + "#" + pi.revision(), () -> {
            Optional<Rows.Revision> existing = registry.revision(id, pi.revision());
            if (existing.isPresent()) {
                return same(existing.get(), fingerprint, pi);
            }
            // A first revision has no previous one to read: no folder made and removed for it on every post.
            try (Scratch scratch = pi.revision() > 1 ? Scratch.in(scratchRoot, "previous") : null) {
                Optional<Previous> previous = scratch == null ? Optional.empty() : previous(id, pi, scratch.dir());
                PiOptions options = previous.map(p -> settings.options().withPrevious(p.revision())).orElse(settings.options());
                Map<String, String> pictures = keep(sent);
                ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 19);
                PiRendering rendering = pool.run("the PI " + pi.number() + " r" + pi.revision(),
                        () -> Countersign.pi(pi).withOptions(options).toPdf(pdf));
                return register(upload, pi, settings, fingerprint, rendering, store.put(pdf.toByteArray()), pictures,
                        previous.map(Previous::sha256).orElse(""));
            }
        });
    }

    private IssuedDocument same(Rows.Revision existing, String fingerprint, ProformaInvoice pi) {
        if (!existing.fingerprint().equals(fingerprint)) {
            throw new RevisionConflictException(existing.documentId(), existing.revision(), "PI " + pi.number() + " revision " + pi.revision()
                    + " was issued already with other content or settings; post it as revision " + (pi.revision() + 1)
                    + " (the server compares it with revision " + pi.revision() + ")");
        }
        Rows.Document doc = registry.document(existing.documentId()).orElseThrow();
        return new IssuedDocument(doc, existing, records.get(existing.recordSha256()), false);
    }

    private IssuedDocument register(Upload upload, ProformaInvoice pi, PiSettings settings, String fingerprint, PiRendering rendering,
                                    Blob pdf, Map<String, String> pictures, String previousSha) {
        DocumentIdentity identity = rendering.identity();
        String base = FileNames.safe(pi.number()) + "-r" + pi.revision();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("pdf", base + ".pdf");
        outputs.put("xlsx", base + ".xlsx");
        outputs.put("eml", base + ".eml");
        Blob input = store.put(upload.text().getBytes(StandardCharsets.UTF_8));
        RevisionRecord.PiSource source = new RevisionRecord.PiSource(input.sha256(), upload.format().name(), upload.displayName(),
                pictures, settings, previousSha);
        RevisionRecord record = new RevisionRecord(identity, rendering.findings().stream().map(PoFinding::message).toList(),
                rendering.lookAlikes().pairs().size(), outputs, false, source);
        Blob recordBlob = records.put(record);
        long asked = identity.points().stream().filter(p -> p.asked()).count();
        NewRevision n = new NewRevision(identity.documentId(), identity.kind(), pi.number(), pi.number(), pi.buyerPoReference(),
                identity.title(), pi.revision(), fingerprint, identity.inputSha256(), recordBlob.sha256(), identity.points().size(),
                identity.issuedAt(), List.of(new NewRevision.NewFile(outputs.get("pdf"), "application/pdf", pdf)),
                "PI " + pi.number() + " r" + pi.revision() + " issued: " + identity.points().size() + " sign-off points, " + asked + " to decide"
                        + (previousSha.isEmpty() ? "" : ", compared with the previous revision"));
        DocumentRegistry.Outcome o = registry.issue(n, false);
        if (!o.created()) {
            // Another server sharing the database issued it first: answer with what it registered.
            return same(o.revision(), fingerprint, pi);
        }
        return new IssuedDocument(registry.document(identity.documentId()).orElseThrow(), o.revision(), record, true);
    }

    /**
     * Stores each picture the PI uses that the store lacks, before the render: the PI refers to its
     * pictures at their place in the store, and a renderer reads a picture from there unless it has its
     * bytes cached. A render that fails leaves them stored, content-addressed, for the PI's next post.
     * Returns their SHA-256 by the relative path the input names them by.
     */
    private Map<String, String> keep(SentPictures sent) {
        Map<String, String> pictures = new LinkedHashMap<>();
        sent.named().forEach((path, sha256) -> {
            if (!store.contains(sha256)) {
                store.put(sent.bytes(path));
            }
            pictures.put(path.replace('\\', '/'), sha256);
        });
        return pictures;
    }

    private record Previous(String sha256, PreviousRevision revision) {
    }

    /**
     * The latest earlier revision this server issued, as the buyer returned it (the newest returned
     * PDF of it) or else as issued; empty for a first revision or one whose predecessors were issued elsewhere.
     */
    private Optional<Previous> previous(String id, ProformaInvoice pi, Path scratch) {
        if (pi.revision() <= 1) {
            return Optional.empty();
        }
        Optional<Rows.Revision> before = registry.revisions(id).stream().filter(r -> r.revision() < pi.revision())
                .max(Comparator.comparingInt(Rows.Revision::revision));
        if (before.isEmpty()) {
            return Optional.empty();
        }
        int rev = before.get().revision();
        List<Rows.File> files = registry.files(id);
        Optional<Rows.File> returned = registry.returns(id).stream().filter(r -> r.revision() == rev)
                .sorted(Comparator.comparingInt(Rows.Return::seq).reversed())
                .flatMap(r -> files.stream().filter(f -> f.sha256().equals(r.returnedSha256()) && f.contentType().equals("application/pdf")))
                .findFirst();
        String issuedPdf = records.get(before.get().recordSha256()).outputs().get("pdf");
        Rows.File issued = files.stream().filter(f -> f.name().equals(issuedPdf)).findFirst()
                .orElseThrow(() -> new IllegalStateException("revision " + rev + " of " + id + " has no PDF"));
        if (returned.isPresent()) {
            try {
                return Optional.of(read(returned.get(), scratch.resolve("returned")));
            } catch (io.countersign.CountersignException e) {
                // A return that cannot serve (flattened, its attachment stripped): compare with the PDF as issued instead.
            }
        }
        return Optional.of(read(issued, scratch.resolve("issued")));
    }

    private Previous read(Rows.File pdf, Path dir) {
        Path file = Links.place(store.path(pdf.sha256()), dir.resolve("previous.pdf"));
        return new Previous(pdf.sha256(), Countersign.readPrevious(file));
    }
}
