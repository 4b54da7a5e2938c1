package io.countersign.server.store;

import io.countersign.CountersignException;

/** A revision number that was already issued with other content, or a document id already used by another kind of document. */
public final class RevisionConflictException extends CountersignException {
    private final String documentId;
    private final int revision;

    public RevisionConflictException(String documentId, int revision, String message) {
        super(message);
        this.documentId = documentId;
        this.revision = revision;
    }

    public String documentId() {
        return documentId;
    }

    public int revision() {
        return revision;
    }
}
