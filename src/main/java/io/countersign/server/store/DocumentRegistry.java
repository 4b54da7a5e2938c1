package io.countersign.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issued documents, their revisions, files, returns and history, in the registry's database. Writes
 * that two requests (or two servers sharing PostgreSQL) can race on are decided by the primary keys:
 * the loser's transaction fails with a unique violation and is run again, and then sees the winner's row.
 */
public final class DocumentRegistry {
    private final Database db;
    private final Clock clock;

    public DocumentRegistry(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What {@link #issue} did: registered {@code revision} now ({@code created}), or found it registered with the same content. */
    public record Outcome(Rows.Revision revision, boolean created) {
    }

    /**
     * Registers a revision. The same fingerprint again returns the registered one ({@code created} false).
     * Other content under a registered revision number is a {@link RevisionConflictException}, unless
     * {@code replace} (batches, whose revision is always 1, are re-issued in place).
     */
    public Outcome issue(NewRevision n, boolean replace) {
        return db.inRetriedTransaction(c -> {
            Optional<Rows.Revision> existing = revision(c, n.documentId(), n.revision());
            if (existing.isPresent() && existing.get().fingerprint().equals(n.fingerprint())) {
                return new Outcome(existing.get(), false);
            }
            if (existing.isPresent() && !replace) {
                throw new RevisionConflictException(n.documentId(), n.revision(), n.kind() + " " + n.number() + " revision " + n.revision()
                        + " was already issued with other content (input " + existing.get().inputSha256().substring(0, 12) + "…)");
            }
            Instant now = clock.instant();
            Optional<Rows.Document> doc = document(c, n.documentId());
            if (doc.isPresent() && !doc.get().kind().equals(n.kind())) {
                throw new RevisionConflictException(n.documentId(), n.revision(), "document " + n.documentId() + " is a " + doc.get().kind()
                        + ", not a " + n.kind());
            }
            if (doc.isEmpty()) {
                update(c, "INSERT INTO documents (id, kind, doc_number, pi_number, po_number, title, status, latest_revision, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", n.documentId(), n.kind(), n.number(), n.piNumber(), n.poNumber(), n.title(),
                        DocumentStatus.ISSUED.name(), n.revision(), ts(now), ts(now));
            } else {
                // Decided on the row as it is when updated, not as read above: two revisions registered at once
                // must not leave the older one as the latest.
                int r = n.revision();
                update(c, "UPDATE documents SET doc_number = CASE WHEN latest_revision <= ? THEN ? ELSE doc_number END,"
                        + " pi_number = CASE WHEN latest_revision <= ? THEN ? ELSE pi_number END,"
                        + " po_number = CASE WHEN latest_revision <= ? THEN ? ELSE po_number END,"
                        + " title = CASE WHEN latest_revision <= ? THEN ? ELSE title END,"
                        + " status = CASE WHEN latest_revision <= ? THEN ? ELSE status END,"
                        + " latest_revision = CASE WHEN latest_revision <= ? THEN ? ELSE latest_revision END, updated_at = ? WHERE id = ?",
                        r, n.number(), r, n.piNumber(), r, n.poNumber(), r, n.title(), r, DocumentStatus.ISSUED.name(), r, r, ts(now), n.documentId());
            }
            if (existing.isPresent()) {
                update(c, "UPDATE revisions SET fingerprint = ?, input_sha256 = ?, record_sha256 = ?, points = ?, issued_at = ?, created_at = ?"
                        + " WHERE document_id = ? AND revision = ?", n.fingerprint(), n.inputSha256(), n.recordSha256(), n.points(),
                        ts(n.issuedAt()), ts(now), n.documentId(), n.revision());
                update(c, "DELETE FROM files WHERE document_id = ? AND revision = ?", n.documentId(), n.revision());
            } else {
                update(c, "INSERT INTO revisions (document_id, revision, fingerprint, input_sha256, record_sha256, points, issued_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", n.documentId(), n.revision(), n.fingerprint(), n.inputSha256(), n.recordSha256(),
                        n.points(), ts(n.issuedAt()), ts(now));
            }
            for (NewRevision.NewFile f : n.files()) {
                insertFile(c, n.documentId(), n.revision(), f, now);
            }
            event(c, n.documentId(), existing.isPresent() ? "reissued" : "issued", n.revision(), n.event(), now);
            return new Outcome(revision(c, n.documentId(), n.revision()).orElseThrow(), true);
        });
    }

    /** Adds a file made later (an output rendered on first request); a file already registered under the name is kept. */
    public Rows.File addFile(String documentId, int revision, NewRevision.NewFile f) {
        return db.inRetriedTransaction(c -> {
            Optional<Rows.File> existing = file(c, documentId, f.name());
            if (existing.isPresent()) {
                return existing.get();
            }
            insertFile(c, documentId, revision, f, clock.instant());
            return file(c, documentId, f.name()).orElseThrow();
        });
    }

    /** What {@link #recordReturn} did: stored the return now, or found the same returned file stored before. */
    public record ReturnOutcome(Rows.Return row, boolean created) {
    }

    /**
     * Records a returned file and its report; {@code files} (the returned file, the report) are named by
     * {@code names.apply(seq)}. The status follows the report when it is about the latest revision.
     */
    public ReturnOutcome recordReturn(String documentId, int revision, String returnedSha256, String verdict, String reportSha256,
                                      java.util.function.IntFunction<List<NewRevision.NewFile>> files, String detail) {
        return db.inRetriedTransaction(c -> recordReturn(c, documentId, revision, returnedSha256, verdict, reportSha256, files, detail));
    }

    /** {@link #recordReturn} inside a caller's transaction (an online sign-off completes and reports in one). */
    ReturnOutcome recordReturn(Connection c, String documentId, int revision, String returnedSha256, String verdict, String reportSha256,
                               java.util.function.IntFunction<List<NewRevision.NewFile>> files, String detail) throws SQLException {
        Optional<Rows.Return> same = returns(c, documentId).stream().filter(r -> r.returnedSha256().equals(returnedSha256)).findFirst();
        if (same.isPresent()) {
            return new ReturnOutcome(same.get(), false);
        }
        document(c, documentId).orElseThrow(() -> new IllegalStateException("no document " + documentId));
        int seq = 1 + returns(c, documentId).stream().mapToInt(Rows.Return::seq).max().orElse(0);
        Instant now = clock.instant();
        update(c, "INSERT INTO return_reports (document_id, revision, seq, returned_sha256, verdict, report_sha256, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", documentId, revision, seq, returnedSha256, verdict, reportSha256, ts(now));
        for (NewRevision.NewFile f : files.apply(seq)) {
            insertFile(c, documentId, revision, f, now);
        }
        // The status follows a return of the latest revision only (checked on the row as updated).
        update(c, "UPDATE documents SET status = CASE WHEN latest_revision = ? THEN ? ELSE status END, updated_at = ? WHERE id = ?",
                revision, DocumentStatus.of(io.countersign.signoff.Verdict.valueOf(verdict)).name(), ts(now), documentId);
        event(c, documentId, "returned", revision, detail, now);
        Rows.Return row = returns(c, documentId).stream().filter(r -> r.returnedSha256().equals(returnedSha256)).findFirst().orElseThrow();
        return new ReturnOutcome(row, true);
    }

    /**
     * Records {@code keyId} as the key that issued the document, unless one is recorded already (the
     * first issuer keeps it); that key's webhook gets the document's events.
     */
    public void claim(String documentId, long keyId) {
        db.inTransaction(c -> update(c, "UPDATE documents SET issued_by_key = ? WHERE id = ? AND issued_by_key IS NULL", keyId, documentId));
    }

    public Optional<Rows.Document> document(String id) {
        return db.inTransaction(c -> document(c, id));
    }

    public Optional<Rows.Revision> revision(String documentId, int revision) {
        return db.inTransaction(c -> revision(c, documentId, revision));
    }

    public List<Rows.Revision> revisions(String documentId) {
        return db.inTransaction(c -> query(c, "SELECT * FROM revisions WHERE document_id = ? ORDER BY revision", DocumentRegistry::revisionRow,
                documentId));
    }

    public List<Rows.File> files(String documentId) {
        return db.inTransaction(c -> query(c, "SELECT * FROM files WHERE document_id = ? ORDER BY revision, created_at, name",
                DocumentRegistry::fileRow, documentId));
    }

    public Optional<Rows.File> file(String documentId, String name) {
        return db.inTransaction(c -> file(c, documentId, name));
    }

    public List<Rows.Return> returns(String documentId) {
        return db.inTransaction(c -> returns(c, documentId));
    }

    public List<Rows.Event> history(String documentId) {
        return db.inTransaction(c -> query(c, "SELECT * FROM events WHERE document_id = ? ORDER BY occurred_at, id",
                rs -> new Rows.Event(instant(rs, "occurred_at"), rs.getString("event_type"), rs.getInt("revision"), rs.getString("detail")),
                documentId));
    }

    public List<Rows.Document> find(DocumentQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM documents WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        q.po().ifPresent(v -> {
            sql.append(" AND po_number = ?");
            args.add(v);
        });
        q.pi().ifPresent(v -> {
            sql.append(" AND pi_number = ?");
            args.add(v);
        });
        q.status().ifPresent(v -> {
            sql.append(" AND status = ?");
            args.add(v.name());
        });
        q.kind().ifPresent(v -> {
            sql.append(" AND kind = ?");
            args.add(v);
        });
        sql.append(" ORDER BY updated_at DESC, id LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        return db.inTransaction(c -> query(c, sql.toString(), DocumentRegistry::documentRow, args.toArray()));
    }

    /** For health checks: the registry answers. */
    public long countDocuments() {
        return db.inTransaction(c -> query(c, "SELECT COUNT(*) AS n FROM documents", rs -> rs.getLong("n")).get(0));
    }

    private static void insertFile(Connection c, String documentId, int revision, NewRevision.NewFile f, Instant now) throws SQLException {
        update(c, "INSERT INTO files (document_id, revision, name, content_type, sha256, size_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                documentId, revision, f.name(), f.contentType(), f.blob().sha256(), f.blob().size(), ts(now));
    }

    private static void event(Connection c, String documentId, String type, int revision, String detail, Instant now) throws SQLException {
        update(c, "INSERT INTO events (document_id, occurred_at, event_type, revision, detail) VALUES (?, ?, ?, ?, ?)", documentId, ts(now),
                type, revision, detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail);
    }

    private static Optional<Rows.Document> document(Connection c, String id) throws SQLException {
        return query(c, "SELECT * FROM documents WHERE id = ?", DocumentRegistry::documentRow, id).stream().findFirst();
    }

    private static Optional<Rows.Revision> revision(Connection c, String documentId, int revision) throws SQLException {
        return query(c, "SELECT * FROM revisions WHERE document_id = ? AND revision = ?", DocumentRegistry::revisionRow, documentId, revision)
                .stream().findFirst();
    }

    private static Optional<Rows.File> file(Connection c, String documentId, String name) throws SQLException {
        return query(c, "SELECT * FROM files WHERE document_id = ? AND name = ?", DocumentRegistry::fileRow, documentId, name).stream().findFirst();
    }

    private static List<Rows.Return> returns(Connection c, String documentId) throws SQLException {
        return query(c, "SELECT * FROM return_reports WHERE document_id = ? ORDER BY seq", rs -> new Rows.Return(rs.getLong("id"),
                rs.getString("document_id"), rs.getInt("revision"), rs.getInt("seq"), rs.getString("returned_sha256"), rs.getString("verdict"),
                rs.getString("report_sha256"), instant(rs, "received_at")), documentId);
    }

    private static Rows.Document documentRow(ResultSet rs) throws SQLException {
        return new Rows.Document(rs.getString("id"), rs.getString("kind"), rs.getString("doc_number"), rs.getString("pi_number"),
                rs.getString("po_number"), rs.getString("title"), DocumentStatus.valueOf(rs.getString("status")), rs.getInt("latest_revision"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Rows.Revision revisionRow(ResultSet rs) throws SQLException {
        return new Rows.Revision(rs.getString("document_id"), rs.getInt("revision"), rs.getString("fingerprint"), rs.getString("input_sha256"),
                rs.getString("record_sha256"), rs.getInt("points"), instant(rs, "issued_at"), instant(rs, "created_at"));
    }

    private static Rows.File fileRow(ResultSet rs) throws SQLException {
        return new Rows.File(rs.getString("document_id"), rs.getInt("revision"), rs.getString("name"), rs.getString("content_type"),
                rs.getString("sha256"), rs.getLong("size_bytes"), instant(rs, "created_at"));
    }

    /** Runs a query and maps each row. */
    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    static OffsetDateTime ts(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
