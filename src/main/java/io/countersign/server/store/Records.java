package io.countersign.server.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Revision records in the content store, the recently read ones kept in memory (they never change: same hash, same record). */
public final class Records {
    private static final int KEEP = 2_000;

    private final ContentStore store;
    private final Map<String, RevisionRecord> recent = new ConcurrentHashMap<>();

    public Records(ContentStore store) {
        this.store = store;
    }

    public Blob put(RevisionRecord record) {
        Blob blob = store.put(Json.bytes(record));
        remember(blob.sha256(), record);
        return blob;
    }

    public RevisionRecord get(String sha256) {
        RevisionRecord r = recent.get(sha256);
        if (r == null) {
            r = Json.read(store.read(sha256), RevisionRecord.class);
            remember(sha256, r);
        }
        return r;
    }

    private void remember(String sha256, RevisionRecord r) {
        if (recent.size() >= KEEP) {
            recent.clear();
        }
        recent.put(sha256, r);
    }
}
