package io.countersign.server.store;

import io.countersign.core.Sha256;
import io.countersign.signoff.Decision;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Online sign-off links and the decisions made through them. The buyer's token is 256 random bits
 * handed out once; only its SHA-256 is stored, so the database cannot open a link. Every change is
 * written together with its {@link AuditTrail} row, in one transaction.
 */
public final class SignoffLinks {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final DocumentRegistry registry;
    private final Clock clock;

    public SignoffLinks(Database db, DocumentRegistry registry, Clock clock) {
        this.db = db;
        this.registry = registry;
        this.clock = clock;
    }

    public enum Status {
        ACTIVE, EXPIRED, REVOKED, COMPLETED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A link as stored; {@code revokedAt}, {@code completedAt}, {@code signerName} and {@code certificate} are null until they happen. */
    public record Link(String id, String documentId, int revision, String recipient, String createdBy, Instant createdAt, Instant expiresAt,
                       Instant revokedAt, Instant completedAt, String signerName, String certificate) {
        public Status status(Instant now) {
            if (completedAt != null) {
                return Status.COMPLETED;
            }
            if (revokedAt != null) {
                return Status.REVOKED;
            }
            return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
        }
    }

    /** A new link and its token, which is not stored and cannot be shown again. */
    public record Created(Link link, String token, List<Link> replaced) {
    }

    /** The buyer's current choice on one point. {@code changes} counts how often it was changed after the first choice. */
    public record StoredDecision(String pointId, Decision decision, String note, Instant decidedAt, String ip, String userAgent, int changes) {
    }

    /** Who did something, as the request showed them (cut to what the columns hold). */
    public record Actor(String ip, String userAgent) {
        public Actor {
            ip = AuditTrail.clip(ip, 64);
            userAgent = AuditTrail.clip(userAgent, 512);
        }
    }

    /**
     * Makes a link to {@code revision} of a document for {@code recipient}; a link the same contact still
     * holds for this document is revoked (one link per buyer contact).
     */
    public Created create(String documentId, int revision, String recipient, String createdBy, Duration validFor, Actor actor) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] idBytes = new byte[8];
        RANDOM.nextBytes(idBytes);
        String id = HexFormat.of().formatHex(idBytes);
        return db.inRetriedTransaction(c -> {
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            List<Link> replaced = links(c, documentId).stream()
                    .filter(l -> l.recipient().equalsIgnoreCase(recipient) && l.status(now) == Status.ACTIVE).toList();
            for (Link old : replaced) {
                DocumentRegistry.update(c, "UPDATE signoff_links SET revoked_at = ? WHERE id = ?", DocumentRegistry.ts(now), old.id());
                AuditTrail.append(c, documentId, now, new AuditTrail.Entry("link.revoked", old.id(), old.revision(), "",
                        "replaced by link " + id, actor.ip(), actor.userAgent()));
            }
            Instant expires = now.plus(validFor);
            DocumentRegistry.update(c, "INSERT INTO signoff_links (id, document_id, revision, recipient, token_sha256, created_by, created_at,"
                    + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, documentId, revision, recipient, tokenHash(token), createdBy,
                    DocumentRegistry.ts(now), DocumentRegistry.ts(expires));
            AuditTrail.append(c, documentId, now, new AuditTrail.Entry("link.created", id, revision, "",
                    "for " + recipient + " by API key " + createdBy + ", expires " + expires, actor.ip(), actor.userAgent()));
            return new Created(link(c, id).orElseThrow(), token, replaced);
        });
    }

    /** The link a token opens, whatever its status; empty for a token never issued. */
    public Optional<Link> byToken(String token) {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT * FROM signoff_links WHERE token_sha256 = ?", SignoffLinks::linkRow,
                tokenHash(token)).stream().findFirst());
    }

    public List<Link> links(String documentId) {
        return db.inTransaction(c -> links(c, documentId));
    }

    public Optional<Link> link(String documentId, String linkId) {
        return db.inTransaction(c -> link(c, linkId).filter(l -> l.documentId().equals(documentId)));
    }

    /** Revokes an active link; a link that is completed, expired or revoked already stays as it is (returned as it is). */
    public Link revoke(Link link, Actor actor) {
        return db.inRetriedTransaction(c -> {
            Link now = link(c, link.id()).orElseThrow();
            Instant at = clock.instant();
            if (now.status(at) != Status.ACTIVE) {
                return now;
            }
            DocumentRegistry.update(c, "UPDATE signoff_links SET revoked_at = ? WHERE id = ?", DocumentRegistry.ts(at), link.id());
            AuditTrail.append(c, link.documentId(), at, new AuditTrail.Entry("link.revoked", link.id(), link.revision(), "", "revoked by the supplier",
                    actor.ip(), actor.userAgent()));
            return link(c, link.id()).orElseThrow();
        });
    }

    /** Records that the buyer opened the page. */
    public void viewed(Link link, Actor actor) {
        db.inRetriedTransaction(c -> AuditTrail.append(c, link.documentId(), clock.instant(), new AuditTrail.Entry("view", link.id(),
                link.revision(), "", "", actor.ip(), actor.userAgent())));
    }

    /** How many points each link of {@code documentId} has a decision on, by link id (links without any are absent); one query for a listing. */
    public Map<String, Integer> decidedCounts(String documentId) {
        return db.inTransaction(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> row : DocumentRegistry.query(c, "SELECT d.link_id, COUNT(*) AS decided FROM signoff_decisions d "
                    + "JOIN signoff_links l ON l.id = d.link_id WHERE l.document_id = ? GROUP BY d.link_id",
                    rs -> Map.entry(rs.getString("link_id"), rs.getInt("decided")), documentId)) {
                out.put(row.getKey(), row.getValue());
            }
            return out;
        });
    }

    /** The current decisions of a link, by point id. */
    public Map<String, StoredDecision> decisions(String linkId) {
        return db.inTransaction(c -> decisions(c, linkId));
    }

    /** What {@link #decide} did. */
    public enum Outcome {
        DECIDED, CHANGED, UNCHANGED, LINK_CLOSED
    }

    /**
     * Records the buyer's choice on one point: a first choice, a change of mind (counted), or the same
     * choice again (nothing recorded). A link that is no longer active records nothing.
     */
    public Outcome decide(Link link, String pointId, Decision decision, String note, Actor actor) {
        return db.inRetriedTransaction(c -> {
            Instant now = clock.instant();
            Link current = link(c, link.id()).orElseThrow();
            if (current.status(now) != Status.ACTIVE) {
                return Outcome.LINK_CLOSED;
            }
            StoredDecision before = decisions(c, link.id()).get(pointId);
            if (before != null && before.decision() == decision && before.note().equals(note)) {
                return Outcome.UNCHANGED;
            }
            String ip = actor.ip();
            String agent = actor.userAgent();
            if (before == null) {
                DocumentRegistry.update(c, "INSERT INTO signoff_decisions (link_id, point_id, decision, note, decided_at, ip, user_agent, changes)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)", link.id(), pointId, decision.name(), note, DocumentRegistry.ts(now), ip, agent);
            } else {
                DocumentRegistry.update(c, "UPDATE signoff_decisions SET decision = ?, note = ?, decided_at = ?, ip = ?, user_agent = ?,"
                        + " changes = changes + 1 WHERE link_id = ? AND point_id = ?", decision.name(), note, DocumentRegistry.ts(now), ip, agent,
                        link.id(), pointId);
            }
            String value = decision.name() + (note.isEmpty() ? "" : ": " + note);
            AuditTrail.append(c, link.documentId(), now, new AuditTrail.Entry(before == null ? "decision" : "decision.changed", link.id(),
                    link.revision(), pointId, value, actor.ip(), actor.userAgent()));
            return before == null ? Outcome.DECIDED : Outcome.CHANGED;
        });
    }

    /** Records a finish the server refused (points still undecided), so the trail shows the attempt. */
    public void refused(Link link, String why, Actor actor) {
        db.inRetriedTransaction(c -> AuditTrail.append(c, link.documentId(), clock.instant(), new AuditTrail.Entry("completion.refused",
                link.id(), link.revision(), "", why, actor.ip(), actor.userAgent())));
    }

    /** A completion to record: the decisions it was made from (they must still be the link's), the signer, the certificate and the report. */
    public record Completion(Map<String, StoredDecision> decisions, String signerName, Instant completedAt, String certificateName,
                             String certificateSha256, String verdict, String reportSha256, IntFunction<List<NewRevision.NewFile>> files,
                             String detail) {
    }

    /** What {@link #complete} did: completed now, or refused because the link changed meanwhile (then {@code why}). */
    public record Completed(boolean done, String why, Optional<DocumentRegistry.ReturnOutcome> report) {
    }

    /**
     * Completes the link with its certificate and report in one transaction — unless, since the
     * certificate was made, the link was completed, revoked or expired, or a decision changed.
     */
    public Completed complete(Link link, Completion completion, Actor actor) {
        return db.inRetriedTransaction(c -> {
            Link current = link(c, link.id()).orElseThrow();
            Status status = current.status(completion.completedAt());
            if (status != Status.ACTIVE) {
                return new Completed(false, "the link is " + status.key(), Optional.empty());
            }
            if (!decisions(c, link.id()).equals(completion.decisions())) {
                return new Completed(false, "a decision changed while finishing", Optional.empty());
            }
            Instant at = completion.completedAt();
            DocumentRegistry.update(c, "UPDATE signoff_links SET completed_at = ?, signer_name = ?, certificate = ? WHERE id = ?",
                    DocumentRegistry.ts(at), completion.signerName(), completion.certificateName(), link.id());
            AuditTrail.append(c, link.documentId(), at, new AuditTrail.Entry("completed", link.id(), link.revision(), "",
                    "signed by " + completion.signerName() + "; certificate " + completion.certificateName() + " sha256 "
                            + completion.certificateSha256(), actor.ip(), actor.userAgent()));
            DocumentRegistry.ReturnOutcome report = registry.recordReturn(c, link.documentId(), link.revision(), completion.certificateSha256(),
                    completion.verdict(), completion.reportSha256(), completion.files(), completion.detail());
            return new Completed(true, "", Optional.of(report));
        });
    }

    static String tokenHash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Link> links(Connection c, String documentId) throws SQLException {
        return DocumentRegistry.query(c, "SELECT * FROM signoff_links WHERE document_id = ? ORDER BY created_at, id", SignoffLinks::linkRow,
                documentId);
    }

    private static Optional<Link> link(Connection c, String id) throws SQLException {
        return DocumentRegistry.query(c, "SELECT * FROM signoff_links WHERE id = ?", SignoffLinks::linkRow, id).stream().findFirst();
    }

    private static Map<String, StoredDecision> decisions(Connection c, String linkId) throws SQLException {
        Map<String, StoredDecision> out = new LinkedHashMap<>();
        for (StoredDecision d : DocumentRegistry.query(c, "SELECT * FROM signoff_decisions WHERE link_id = ? ORDER BY point_id", rs ->
                new StoredDecision(rs.getString("point_id"), Decision.valueOf(rs.getString("decision")), rs.getString("note"),
                        DocumentRegistry.instant(rs, "decided_at"), rs.getString("ip"), rs.getString("user_agent"), rs.getInt("changes")), linkId)) {
            out.put(d.pointId(), d);
        }
        return out;
    }

    private static Link linkRow(ResultSet rs) throws SQLException {
        return new Link(rs.getString("id"), rs.getString("document_id"), rs.getInt("revision"), rs.getString("recipient"),
                rs.getString("created_by"), DocumentRegistry.instant(rs, "created_at"), DocumentRegistry.instant(rs, "expires_at"),
                DocumentRegistry.instant(rs, "revoked_at"), DocumentRegistry.instant(rs, "completed_at"), rs.getString("signer_name"),
                rs.getString("certificate"));
    }
}
