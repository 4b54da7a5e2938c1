package io.countersign.server.store;

/** Content in the store: its SHA-256 (lower-case hex), which is also its name, and its size in bytes. */
public record Blob(String sha256, long size) {
    public Blob {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
    }
}
