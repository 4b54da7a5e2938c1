package io.countersign.server.documents;

import io.countersign.CountersignException;

/** No such document, file or job. */
public final class NotFoundException extends CountersignException {
    public NotFoundException(String message) {
        super(message);
    }
}
