package io.countersign.server.store;

import java.time.Instant;

/** The registry's rows as values. */
public final class Rows {
    private Rows() {
    }

    /** A document: what it is, the numbers it can be found by, where it stands. */
    public record Document(String id, String kind, String number, String piNumber, String poNumber, String title,
                           DocumentStatus status, int latestRevision, Instant createdAt, Instant updatedAt) {
    }

    /** An issued revision; {@code recordSha256} names its record (identity, findings, how to render it again) in the content store. */
    public record Revision(String documentId, int revision, String fingerprint, String inputSha256, String recordSha256,
                           int points, Instant issuedAt, Instant createdAt) {
    }

    /** A file of a document, named as the client downloads it; the bytes are in the content store. */
    public record File(String documentId, int revision, String name, String contentType, String sha256, long size, Instant createdAt) {
    }

    /** A document the buyer sent back and the report read from it. {@code seq} numbers a document's returns from 1. */
    public record Return(long id, String documentId, int revision, int seq, String returnedSha256, String verdict, String reportSha256,
                         Instant receivedAt) {
    }

    public record Event(Instant occurredAt, String type, int revision, String detail) {
    }
}
