package io.countersign.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Label and carton batch jobs in the registry: what was asked, where it stands, what came of it. */
public final class JobStore {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A job. {@code settings} is the JSON of how to render; {@code outcomeSha256} names the JSON of its
     * bad rows, failures or the problem that stopped it; {@code resultSha256} the result zip.
     */
    public record Job(String id, String kind, State state, String fingerprint, String listName, String settings,
                      Optional<String> documentId, Optional<String> resultSha256, Optional<String> outcomeSha256,
                      int rendered, int unchanged, int failed, int badRows, Instant createdAt, Optional<Instant> finishedAt,
                      Optional<Long> issuedByKey) {
    }

    /** How a job ended. */
    public record Finish(State state, Optional<String> documentId, Optional<String> resultSha256, Optional<String> outcomeSha256,
                         int rendered, int unchanged, int failed, int badRows) {
    }

    private final Database db;
    private final Clock clock;

    public JobStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** {@code issuedByKey}: the key that posted the batch; its document will be that key's. */
    public Job create(String id, String kind, String fingerprint, String listName, String settings, Optional<Long> issuedByKey) {
        Instant now = clock.instant();
        db.inTransaction(c -> DocumentRegistry.update(c, "INSERT INTO jobs (id, kind, state, fingerprint, list_name, settings, rendered, unchanged,"
                + " failed, bad_rows, created_at, issued_by_key) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)", id, kind, State.QUEUED.name(),
                fingerprint, listName, settings, DocumentRegistry.ts(now), issuedByKey.orElse(null)));
        return get(id).orElseThrow();
    }

    public Optional<Job> get(String id) {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT * FROM jobs WHERE id = ?", JobStore::row, id)).stream().findFirst();
    }

    /** The newest job asked for with this fingerprint that has not failed: posting the same batch again finds it. */
    public Optional<Job> sameRequest(String fingerprint) {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT * FROM jobs WHERE fingerprint = ? AND state <> ? ORDER BY created_at DESC",
                JobStore::row, fingerprint, State.FAILED.name())).stream().findFirst();
    }

    /** Jobs queued or running when the server stopped, oldest first. */
    public List<Job> unfinished() {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT * FROM jobs WHERE state IN (?, ?) ORDER BY created_at, id", JobStore::row,
                State.QUEUED.name(), State.RUNNING.name()));
    }

    public void running(String id) {
        db.inTransaction(c -> DocumentRegistry.update(c, "UPDATE jobs SET state = ? WHERE id = ?", State.RUNNING.name(), id));
    }

    public void finish(String id, Finish f) {
        db.inTransaction(c -> DocumentRegistry.update(c, "UPDATE jobs SET state = ?, document_id = ?, result_sha256 = ?, outcome_sha256 = ?,"
                + " rendered = ?, unchanged = ?, failed = ?, bad_rows = ?, finished_at = ? WHERE id = ?", f.state().name(),
                f.documentId().orElse(null), f.resultSha256().orElse(null), f.outcomeSha256().orElse(null), f.rendered(), f.unchanged(),
                f.failed(), f.badRows(), DocumentRegistry.ts(clock.instant()), id));
    }

    private static Optional<Long> owner(ResultSet rs) throws SQLException {
        long key = rs.getLong("issued_by_key");
        return rs.wasNull() ? Optional.empty() : Optional.of(key);
    }

    private static Job row(ResultSet rs) throws SQLException {
        return new Job(rs.getString("id"), rs.getString("kind"), State.valueOf(rs.getString("state")), rs.getString("fingerprint"),
                rs.getString("list_name"), rs.getString("settings"), Optional.ofNullable(rs.getString("document_id")),
                Optional.ofNullable(rs.getString("result_sha256")), Optional.ofNullable(rs.getString("outcome_sha256")), rs.getInt("rendered"),
                rs.getInt("unchanged"), rs.getInt("failed"), rs.getInt("bad_rows"), DocumentRegistry.instant(rs, "created_at"),
                Optional.ofNullable(DocumentRegistry.instant(rs, "finished_at")), owner(rs));
    }
}
