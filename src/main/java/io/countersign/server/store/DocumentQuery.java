package io.countersign.server.store;

import java.util.Optional;

/** A search of the registry; empty criteria match everything. Results are newest first. */
public record DocumentQuery(Optional<String> po, Optional<String> pi, Optional<DocumentStatus> status, Optional<String> kind,
                            int limit, int offset) {
    public static final int MAX_LIMIT = 1000;

    public DocumentQuery {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + " and offset at least 0");
        }
    }
}
