package io.countersign.server.documents;

import io.countersign.Countersign;
import io.countersign.core.Sha256;
import io.countersign.server.jobs.RenderPool;
import io.countersign.server.store.Blob;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.DocumentRegistry;
import io.countersign.server.store.Json;
import io.countersign.server.store.NewRevision;
import io.countersign.server.store.Records;
import io.countersign.server.store.RevisionRecord;
import io.countersign.server.store.Rows;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.UnusableReturnException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/documents/{id}/returns}: reads what the buyer sent back against the file this
 * server issued for that revision and stores both the returned file and the sign-off report with the
 * document. The revision is the one the returned file names; the same file sent twice is one return.
 */
public final class ReturnIntake {
    private final DocumentRegistry registry;
    private final ContentStore store;
    private final Records records;
    private final RenderPool pool;
    private final PiOutputs outputs;

    /** A stored return: the document, the row, the report, and whether this request stored it. */
    public record Received(Rows.Document document, Rows.Return row, SignOffReport report, boolean created) {
    }

    public ReturnIntake(DocumentRegistry registry, ContentStore store, Records records, RenderPool pool, PiOutputs outputs) {
        this.registry = registry;
        this.store = store;
        this.records = records;
        this.pool = pool;
        this.outputs = outputs;
    }

    /** Reads {@code returned} (a file in a scratch folder) for document {@code id}; {@code displayName} is what the report calls it. */
    public Received accept(String id, Path returned, String displayName) {
        try {
            return read(id, returned, displayName);
        } catch (UnusableReturnException e) {
            // The library names files by path; the client knows its file by the name it sent, and the server's folders are its own.
            String message = e.getMessage().replace(returned.toString(), displayName).replace(returned.getParent() + "/", "")
                    .replaceAll("/\\S*/store/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}", "the issued file");
            throw new UnusableReturnException(message, e);
        }
    }

    private Received read(String id, Path returned, String displayName) {
        Rows.Document doc = registry.document(id).orElseThrow(() -> new NotFoundException("no document " + id));
        String returnedSha;
        try {
            returnedSha = Sha256.hex(returned);
        } catch (IOException e) {
            throw new io.countersign.CountersignException("cannot read the upload: " + e.getMessage(), e);
        }
        Optional<Rows.Return> before = registry.returns(id).stream().filter(r -> r.returnedSha256().equals(returnedSha)).findFirst();
        if (before.isPresent()) {
            return new Received(doc, before.get(), report(before.get()), false);
        }
        boolean workbook = ReturnedIdentity.isZip(returned);
        Optional<DocumentIdentity> named = ReturnedIdentity.peek(returned);
        if (named.isPresent() && !named.get().documentId().equals(id)) {
            throw new UnusableReturnException(displayName + " is document " + named.get().documentId() + " (" + named.get().title()
                    + "), not " + id + " (" + doc.title() + "); post it to /api/v1/documents/" + named.get().documentId() + "/returns");
        }
        int revisionNumber = named.map(DocumentIdentity::revision).orElse(doc.latestRevision());
        Rows.Revision revision = registry.revision(id, revisionNumber).orElseThrow(() -> new UnusableReturnException(displayName
                + " is revision " + revisionNumber + " of " + doc.title() + ", which this server did not issue"));
        RevisionRecord record = records.get(revision.recordSha256());
        String issuedName = record.outputs().get(workbook ? "xlsx" : "pdf");
        if (issuedName == null) {
            throw new UnusableReturnException(displayName + " is " + (workbook ? "a workbook" : "a PDF") + ", but " + doc.title()
                    + " was issued without one; send back the " + (workbook ? "PDF" : "workbook"));
        }
        Rows.File issued = outputs.file(id, issuedName).orElseThrow();
        Path issuedPath = store.path(issued.sha256());
        SignOffReport read = pool.run("the return of " + doc.title(), () -> Countersign.check(returned, Optional.of(issuedPath)));
        SignOffReport report = new SignOffReport(displayName, read.identity(), read.points(), read.signer(), read.integrity(), read.verdict());
        Blob returnedBlob = store.putFile(returned);
        Blob reportBlob = store.put(Json.bytes(report));
        String base = FileNames.base(record.outputs().get("pdf") == null ? issuedName : record.outputs().get("pdf"));
        String extension = workbook ? ".xlsx" : ".pdf";
        DocumentRegistry.ReturnOutcome o = registry.recordReturn(id, revision.revision(), returnedBlob.sha256(), report.verdict().name(),
                reportBlob.sha256(), seq -> List.of(
                        new NewRevision.NewFile(base + "-return-" + seq + extension, FileNames.contentType(extension), returnedBlob),
                        new NewRevision.NewFile(base + "-return-" + seq + "-report.json", "application/json", reportBlob)),
                displayName + " read: " + report.verdict() + ", " + report.with(io.countersign.signoff.Decision.CONFIRMED).size() + " of "
                        + report.points().size() + " points confirmed" + (report.signer().name().isBlank() ? "" : ", signed by "
                        + report.signer().name()));
        return new Received(registry.document(id).orElseThrow(), o.row(), o.created() ? report : report(o.row()), o.created());
    }

    public SignOffReport report(Rows.Return row) {
        return Json.read(store.read(row.reportSha256()), SignOffReport.class);
    }
}
