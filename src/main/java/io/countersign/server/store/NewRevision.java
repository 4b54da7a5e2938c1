package io.countersign.server.store;

import java.time.Instant;
import java.util.List;

/**
 * A revision to register, with the document it belongs to and its files (already in the content
 * store). {@code fingerprint} identifies the request's content: the same fingerprint again is the
 * same revision, another one for the same revision number is a conflict.
 */
public record NewRevision(String documentId, String kind, String number, String piNumber, String poNumber, String title,
                          int revision, String fingerprint, String inputSha256, String recordSha256, int points, Instant issuedAt,
                          List<NewFile> files, String event) {

    public NewRevision {
        files = List.copyOf(files);
    }

    /** A file to register with the revision. */
    public record NewFile(String name, String contentType, Blob blob) {
    }
}
