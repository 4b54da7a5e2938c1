package io.countersign.server.store;

import io.countersign.CountersignException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * API keys: 256 random bits shown once when created; only their SHA-256 is stored. A key is looked up
 * by its hash and then compared in constant time. Known keys are remembered for a minute, so most
 * requests do not touch the database; a key created by {@code serve --create-key} works at once.
 */
public final class ApiKeys {
    /** Prefix of every key, so a leaked one can be recognised by secret scanners. */
    public static final String PREFIX = "cs_";
    private static final long REMEMBER_NANOS = 60_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private final ConcurrentMap<String, Known> known = new ConcurrentHashMap<>();

    /** A valid key: its id and name. */
    public record Caller(long keyId, String name) {
    }

    private record Known(Caller caller, byte[] sha256, long at) {
    }

    public ApiKeys(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates a key named {@code name} and returns it; it cannot be shown again. */
    public String create(String name) {
        if (!name.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new CountersignException("a key name is 1 to 100 letters, digits, '.', '_', '@' or '-': " + name);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            db.inTransaction(c -> DocumentRegistry.update(c, "INSERT INTO api_keys (name, key_sha256, created_at) VALUES (?, ?, ?)", name,
                    HexFormat.of().formatHex(sha256(key)), DocumentRegistry.ts(clock.instant())));
        } catch (RegistryException e) {
            if (e.isUniqueViolation()) {
                throw new CountersignException("a key named " + name + " exists already; choose another name");
            }
            throw e;
        }
        return key;
    }

    /** The caller whose key this is, if it is one. */
    public Optional<Caller> verify(String presented) {
        if (presented.length() > 200 || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        String hex = HexFormat.of().formatHex(hash);
        long now = System.nanoTime();
        Known k = known.get(hex);
        if (k == null || now - k.at() > REMEMBER_NANOS) {
            k = db.inTransaction(c -> DocumentRegistry.query(c, "SELECT id, name, key_sha256 FROM api_keys WHERE key_sha256 = ?",
                    rs -> new Known(new Caller(rs.getLong("id"), rs.getString("name")), HexFormat.of().parseHex(rs.getString("key_sha256")), now),
                    hex)).stream().findFirst().orElse(null);
            if (k == null) {
                known.remove(hex);
                return Optional.empty();
            }
            known.put(hex, k);
        }
        return MessageDigest.isEqual(k.sha256(), hash) ? Optional.of(k.caller()) : Optional.empty();
    }

    public long count() {
        return db.inTransaction(c -> DocumentRegistry.query(c, "SELECT COUNT(*) AS n FROM api_keys", rs -> rs.getLong("n")).get(0));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
