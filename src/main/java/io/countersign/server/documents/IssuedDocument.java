package io.countersign.server.documents;

import io.countersign.server.store.RevisionRecord;
import io.countersign.server.store.Rows;

/** A revision as registered: its document, its row and record, and whether this request issued it ({@code created}) or found it. */
public record IssuedDocument(Rows.Document document, Rows.Revision revision, RevisionRecord record, boolean created) {
}
