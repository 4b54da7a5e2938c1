package io.countersign.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.countersign.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A document's audit trail: every view, decision, change of decision and completion of its online
 * sign-off, appended as a row that carries the hash of the row before it. Rows are only ever inserted;
 * {@link #check} recomputes the chain, so a row edited, removed or reordered in the database is found.
 * Each document has its own chain, so documents signed off at once do not wait for each other.
 */
public final class AuditTrail {
    /** The previous hash of a chain's first row. */
    public static final String GENESIS = "0".repeat(64);

    private final Database db;

    public AuditTrail(Database db) {
        this.db = db;
    }

    /** What happened, before it is chained: {@code pointId} and {@code value} are empty when the event has none. */
    public record Entry(String type, String linkId, int revision, String pointId, String value, String ip, String userAgent) {
        public Entry {
            value = clip(value, 2000);
            ip = clip(ip, 64);
            userAgent = clip(userAgent, 512);
        }
    }

    /** A row of the trail as stored. */
    public record Event(String documentId, long seq, Instant occurredAt, String type, String linkId, int revision, String pointId,
                        String value, String ip, String userAgent, String prevHash, String hash) {
    }

    /** The outcome of recomputing a chain: intact, or the first row whose hash or link to its predecessor is wrong, and why. */
    public record Check(boolean intact, int events, Optional<Long> brokenAt, String finding) {
    }

    /** Appends {@code e} to the chain of {@code documentId} inside the caller's transaction, stamped {@code at}. */
    public static Event append(Connection c, String documentId, Instant at, Entry e) throws SQLException {
        List<String[]> last = DocumentRegistry.query(c, "SELECT seq, row_hash FROM audit_events WHERE document_id = ? ORDER BY seq DESC"
                + " FETCH FIRST 1 ROWS ONLY", rs -> new String[] {Long.toString(rs.getLong("seq")), rs.getString("row_hash")}, documentId);
        long seq = last.isEmpty() ? 1 : Long.parseLong(last.get(0)[0]) + 1;
        String prev = last.isEmpty() ? GENESIS : last.get(0)[1];
        // Stored with millisecond precision everywhere (PostgreSQL keeps microseconds, H2 nanoseconds), so the hash sees what is stored.
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        Event row = new Event(documentId, seq, when, e.type(), e.linkId(), e.revision(), e.pointId(), e.value(), e.ip(), e.userAgent(), prev, "");
        String hash = hash(row);
        // A concurrent append took this seq: the primary key refuses ours, and the caller's retried transaction reads the new end.
        DocumentRegistry.update(c, "INSERT INTO audit_events (document_id, seq, occurred_at, event_type, link_id, revision, point_id, event_value,"
                + " ip, user_agent, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", documentId, seq, DocumentRegistry.ts(when),
                e.type(), e.linkId(), e.revision(), e.pointId(), e.value(), e.ip(), e.userAgent(), prev, hash);
        return withHash(row, hash);
    }

    /** Appends one event in its own transaction. */
    public Event append(String documentId, Instant at, Entry e) {
        return db.inRetriedTransaction(c -> append(c, documentId, at, e));
    }

    public List<Event> events(String documentId) {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT * FROM audit_events WHERE document_id = ? ORDER BY seq", rs -> new Event(
                rs.getString("document_id"), rs.getLong("seq"), DocumentRegistry.instant(rs, "occurred_at"), rs.getString("event_type"),
                rs.getString("link_id"), rs.getInt("revision"), rs.getString("point_id"), rs.getString("event_value"), rs.getString("ip"),
                rs.getString("user_agent"), rs.getString("prev_hash"), rs.getString("row_hash")), documentId));
    }

    /** Recomputes the chain of {@code events} (one document's, in order). */
    public static Check check(List<Event> events) {
        String prev = GENESIS;
        long expectedSeq = 1;
        for (Event e : events) {
            if (e.seq() != expectedSeq) {
                return new Check(false, events.size(), Optional.of(e.seq()), "row " + expectedSeq + " is missing (the next row is " + e.seq() + ")");
            }
            if (!e.prevHash().equals(prev)) {
                return new Check(false, events.size(), Optional.of(e.seq()), "row " + e.seq() + " does not follow the row before it");
            }
            if (!hash(e).equals(e.hash())) {
                return new Check(false, events.size(), Optional.of(e.seq()), "row " + e.seq() + " was changed after it was recorded");
            }
            prev = e.hash();
            expectedSeq++;
        }
        return new Check(true, events.size(), Optional.empty(), events.isEmpty() ? "no events yet" : "every row is as recorded");
    }

    /** SHA-256 of the row's fields as a JSON array (unambiguous whatever the texts contain), its previous hash included. */
    static String hash(Event e) {
        Object[] fields = {"countersign-audit-1", e.documentId(), e.seq(), e.occurredAt().truncatedTo(ChronoUnit.MILLIS).toString(), e.type(),
                e.linkId(), e.revision(), e.pointId(), e.value(), e.ip(), e.userAgent(), e.prevHash()};
        try {
            return Sha256.hex(Json.MAPPER.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("strings and numbers are always JSON", ex);
        }
    }

    private static Event withHash(Event e, String hash) {
        return new Event(e.documentId(), e.seq(), e.occurredAt(), e.type(), e.linkId(), e.revision(), e.pointId(), e.value(), e.ip(),
                e.userAgent(), e.prevHash(), hash);
    }

    static String clip(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }
}
