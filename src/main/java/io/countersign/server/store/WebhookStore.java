package io.countersign.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Webhook subscriptions (one per API key) and the outbox of their deliveries. A delivery is taken for
 * sending by moving its {@code next_attempt_at} past the send's timeout in one conditional update, so
 * servers sharing a PostgreSQL never send the same delivery at once; a server that dies while sending
 * leaves the row pending, and it is sent again when that lease runs out.
 */
public final class WebhookStore {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    private final Database db;

    /** A key's subscription; {@code secret} signs its deliveries. */
    public record Subscription(long keyId, String url, List<String> events, String secret, Instant createdAt) {
        public Subscription {
            events = List.copyOf(events);
        }

        public boolean wants(String type) {
            return events.contains(type);
        }
    }

    /** An event to send (or sent): its body is fixed when it is published and sent byte for byte on every attempt. */
    public record Delivery(long id, String eventId, long keyId, String documentId, String type, String body, String state, int attempts,
                           Optional<Integer> lastStatus, Optional<String> lastError, Instant createdAt, Optional<Instant> nextAttemptAt,
                           Optional<Instant> deliveredAt) {
    }

    /** A delivery due now, with where and how to send it (the subscription as it is now). */
    public record Due(Delivery delivery, String url, String secret) {
    }

    public WebhookStore(Database db) {
        this.db = db;
    }

    /** Sets the key's subscription (replacing one it had); pending deliveries of types it no longer wants are cancelled. */
    public Subscription put(long keyId, String url, List<String> events, String secret, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return replace(keyId, url, events, secret, now);
            } catch (RegistryException e) {
                if (!e.isUniqueViolation() || attempt == 3) {
                    throw e;
                }
                // Two PUTs of one key at once: the other inserted between our delete and insert; the last one wins.
            }
        }
    }

    private Subscription replace(long keyId, String url, List<String> events, String secret, Instant now) {
        return db.inTransaction(c -> {
            DocumentRegistry.update(c, "DELETE FROM webhooks WHERE key_id = ?", keyId);
            DocumentRegistry.update(c, "INSERT INTO webhooks (key_id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?)", keyId, url,
                    String.join(",", events), secret, DocumentRegistry.ts(now));
            for (Delivery d : query(c, "SELECT * FROM webhook_deliveries WHERE key_id = ? AND state = ?", keyId, PENDING)) {
                if (!events.contains(d.type())) {
                    cancel(c, d.id());
                }
            }
            return subscription(c, keyId).orElseThrow();
        });
    }

    public Optional<Subscription> get(long keyId) {
        return db.inTransaction(c -> subscription(c, keyId));
    }

    /** Removes the key's subscription and cancels what it had pending; false when it had none. */
    public boolean delete(long keyId) {
        return db.inTransaction(c -> {
            DocumentRegistry.update(c, "UPDATE webhook_deliveries SET state = ?, next_attempt_at = NULL WHERE key_id = ? AND state = ?", CANCELLED,
                    keyId, PENDING);
            return DocumentRegistry.update(c, "DELETE FROM webhooks WHERE key_id = ?", keyId) > 0;
        });
    }

    /** The subscription of the key that issued the document, if it has one. */
    public Optional<Subscription> ownersSubscription(String documentId) {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT w.* FROM documents d JOIN webhooks w ON w.key_id = d.issued_by_key"
                + " WHERE d.id = ?", WebhookStore::subscriptionRow, documentId)).stream().findFirst();
    }

    public void enqueue(String eventId, long keyId, String documentId, String type, String body, Instant now) {
        db.inTransaction(c -> DocumentRegistry.update(c, "INSERT INTO webhook_deliveries (event_id, key_id, document_id, event_type, body, state,"
                + " attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)", eventId, keyId, documentId, type, body, PENDING,
                DocumentRegistry.ts(now), DocumentRegistry.ts(now)));
    }

    /** Pending deliveries due at {@code now}, oldest due first, with their subscription. */
    public List<Due> due(Instant now, int limit) {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT d.*, w.url AS w_url, w.secret AS w_secret FROM webhook_deliveries d"
                + " JOIN webhooks w ON w.key_id = d.key_id WHERE d.state = ? AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.id LIMIT ?",
                rs -> new Due(deliveryRow(rs), rs.getString("w_url"), rs.getString("w_secret")), PENDING, DocumentRegistry.ts(now), limit));
    }

    /** When the next pending delivery is due, if any is pending. */
    public Optional<Instant> nextDue() {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT MIN(d.next_attempt_at) AS t FROM webhook_deliveries d"
                + " JOIN webhooks w ON w.key_id = d.key_id WHERE d.state = ?", rs -> Optional.ofNullable(DocumentRegistry.instant(rs, "t")),
                PENDING).get(0));
    }

    /** Takes a due delivery for sending until {@code until}; false when another server took it (or it is no longer pending). */
    public boolean lease(long id, Instant now, Instant until) {
        return db.inTransaction(c -> DocumentRegistry.update(c, "UPDATE webhook_deliveries SET next_attempt_at = ?"
                + " WHERE id = ? AND state = ? AND next_attempt_at <= ?", DocumentRegistry.ts(until), id, PENDING, DocumentRegistry.ts(now)) == 1);
    }

    /** Gives back a delivery taken by {@link #lease} and not sent (the server is stopping): due again at {@code now}. */
    public void release(long id, Instant now) {
        db.inTransaction(c -> DocumentRegistry.update(c, "UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND state = ?",
                DocumentRegistry.ts(now), id, PENDING));
    }

    public void delivered(long id, int status, Instant at) {
        db.inTransaction(c -> DocumentRegistry.update(c, "UPDATE webhook_deliveries SET state = ?, attempts = attempts + 1, last_status = ?,"
                + " last_error = NULL, next_attempt_at = NULL, delivered_at = ? WHERE id = ? AND state = ?", DELIVERED, status,
                DocumentRegistry.ts(at), id, PENDING));
    }

    /** An attempt that failed: tried again at {@code next}, or given up ({@code next} empty). */
    public void attemptFailed(long id, Optional<Integer> status, String error, Optional<Instant> next) {
        String message = error.length() > 500 ? error.substring(0, 499) + "…" : error;
        db.inTransaction(c -> DocumentRegistry.update(c, "UPDATE webhook_deliveries SET state = ?, attempts = attempts + 1, last_status = ?,"
                + " last_error = ?, next_attempt_at = ? WHERE id = ? AND state = ?", next.isPresent() ? PENDING : FAILED, status.orElse(null),
                message, next.map(DocumentRegistry::ts).orElse(null), id, PENDING));
    }

    /** The key's deliveries, newest first. */
    public List<Delivery> recent(long keyId, int limit) {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT * FROM webhook_deliveries WHERE key_id = ? ORDER BY created_at DESC, id DESC"
                + " LIMIT ?", WebhookStore::deliveryRow, keyId, limit));
    }

    public Optional<Delivery> delivery(String eventId) {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT * FROM webhook_deliveries WHERE event_id = ?", WebhookStore::deliveryRow,
                eventId)).stream().findFirst();
    }

    private static void cancel(Connection c, long id) throws SQLException {
        DocumentRegistry.update(c, "UPDATE webhook_deliveries SET state = ?, next_attempt_at = NULL WHERE id = ? AND state = ?", CANCELLED, id,
                PENDING);
    }

    private static Optional<Subscription> subscription(Connection c, long keyId) throws SQLException {
        return DocumentRegistry.query(c, "SELECT * FROM webhooks WHERE key_id = ?", WebhookStore::subscriptionRow, keyId).stream().findFirst();
    }

    private static List<Delivery> query(Connection c, String sql, Object... args) throws SQLException {
        return DocumentRegistry.query(c, sql, WebhookStore::deliveryRow, args);
    }

    private static Subscription subscriptionRow(ResultSet rs) throws SQLException {
        String events = rs.getString("events");
        return new Subscription(rs.getLong("key_id"), rs.getString("url"), events.isEmpty() ? List.of() : Arrays.asList(events.split(",")),
                rs.getString("secret"), DocumentRegistry.instant(rs, "created_at"));
    }

    private static Delivery deliveryRow(ResultSet rs) throws SQLException {
        int status = rs.getInt("last_status");
        Optional<Integer> lastStatus = rs.wasNull() ? Optional.empty() : Optional.of(status);
        return new Delivery(rs.getLong("id"), rs.getString("event_id"), rs.getLong("key_id"), rs.getString("document_id"),
                rs.getString("event_type"), rs.getString("body"), rs.getString("state"), rs.getInt("attempts"), lastStatus,
                Optional.ofNullable(rs.getString("last_error")), DocumentRegistry.instant(rs, "created_at"),
                Optional.ofNullable(DocumentRegistry.instant(rs, "next_attempt_at")), Optional.ofNullable(DocumentRegistry.instant(rs, "delivered_at")));
    }
}
