package io.countersign.server.documents;

import io.countersign.Countersign;
import io.countersign.input.InputFormat;
import io.countersign.input.SettlementReader;
import io.countersign.server.PdfSigner;
import io.countersign.server.jobs.KeyedLocks;
import io.countersign.server.jobs.RenderPool;
import io.countersign.server.store.Blob;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.DocumentRegistry;
import io.countersign.server.store.NewRevision;
import io.countersign.server.store.Records;
import io.countersign.server.store.RevisionConflictException;
import io.countersign.server.store.RevisionRecord;
import io.countersign.server.store.Rows;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.agreement.AgreementOptions;
import io.countersign.signoff.DocumentIdentity;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/settlements}: reads the agreement, checks its figures, renders the PDF (one
 * decision per clause), signs it with the server's key when asked and one is configured, and registers
 * it. Like a PI, the same agreement posted again is the same document; other content under a number
 * already issued is a conflict.
 */
public final class SettlementIssuer {
    private final DocumentRegistry registry;
    private final ContentStore store;
    private final Records records;
    private final RenderPool pool;
    private final KeyedLocks locks;
    private final Optional<PdfSigner> signer;

    /** A registered agreement and its figures. */
    public record Issued(IssuedDocument document, SettlementFigures figures) {
    }

    /** Asked to sign while the server has no signing key. */
    public static final class NoSigningKeyException extends io.countersign.CountersignException {
        NoSigningKeyException() {
            super("this server has no signing key configured; post without sign=true, or start the server with a signing key");
        }
    }

    public SettlementIssuer(DocumentRegistry registry, ContentStore store, Records records, RenderPool pool, KeyedLocks locks,
                            Optional<PdfSigner> signer) {
        this.registry = registry;
        this.store = store;
        this.records = records;
        this.pool = pool;
        this.locks = locks;
        this.signer = signer;
    }

    public boolean canSign() {
        return signer.isPresent();
    }

    /**
     * {@code sign}: empty signs when the server has a key; true requires one ({@link NoSigningKeyException});
     * {@code issuedAt} empty means the agreement's date.
     */
    public Issued issue(String text, InputFormat format, String displayName, Optional<Boolean> sign, Optional<Instant> issuedAt) {
        Settlement settlement = SettlementReader.read(text, format, displayName);
        SettlementFigures figures = Countersign.figures(settlement);
        boolean signing = sign.orElse(signer.isPresent());
        if (signing && signer.isEmpty()) {
            throw new NoSigningKeyException();
        }
        AgreementOptions options = new AgreementOptions(issuedAt, Optional.empty());
        String lockKey = "settlement|" + settlement.seller().name() + "|" + settlement.number();
        return locks.with(lockKey, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
            // The identity (document id) is known only from the render; the render is cheap next to a PI.
            DocumentIdentity identity = pool.run("the settlement " + settlement.number(), () -> Countersign.settlementPdf(settlement, options, out));
            String fingerprint = Fingerprints.of("settlement", identity.inputSha256(), issuedAt.map(Instant::toString).orElse(""),
                    "signed=" + signing);
            Optional<Rows.Revision> existing = registry.revision(identity.documentId(), identity.revision());
            if (existing.isPresent()) {
                return new Issued(same(existing.get(), fingerprint, settlement), figures);
            }
            byte[] pdf = out.toByteArray();
            if (signing) {
                byte[] unsigned = pdf;
                pdf = pool.run("signing the settlement " + settlement.number(), () -> signer.get().sign(unsigned, "Issued by countersign"));
            }
            Blob pdfBlob = store.put(pdf);
            String name = FileNames.safe(settlement.number()) + ".pdf";
            RevisionRecord record = new RevisionRecord(identity, List.of(), 0, Map.of("pdf", name), signing, null);
            Blob recordBlob = records.put(record);
            NewRevision n = new NewRevision(identity.documentId(), identity.kind(), settlement.number(), settlement.order().piNumber(),
                    settlement.order().poNumber(), identity.title(), identity.revision(), fingerprint, identity.inputSha256(), recordBlob.sha256(),
                    identity.points().size(), identity.issuedAt(), List.of(new NewRevision.NewFile(name, "application/pdf", pdfBlob)),
                    "settlement " + settlement.number() + " issued: " + identity.points().size() + " clauses" + (signing ? ", signed" : ""));
            DocumentRegistry.Outcome o = registry.issue(n, false);
            if (!o.created()) {
                return new Issued(same(o.revision(), fingerprint, settlement), figures);
            }
            return new Issued(new IssuedDocument(registry.document(identity.documentId()).orElseThrow(), o.revision(), record, true), figures);
        });
    }

    private IssuedDocument same(Rows.Revision existing, String fingerprint, Settlement settlement) {
        if (!existing.fingerprint().equals(fingerprint)) {
            throw new RevisionConflictException(existing.documentId(), existing.revision(), "settlement " + settlement.number()
                    + " was issued already with other content; give the new agreement its own number");
        }
        return new IssuedDocument(registry.document(existing.documentId()).orElseThrow(), existing, records.get(existing.recordSha256()), false);
    }
}
