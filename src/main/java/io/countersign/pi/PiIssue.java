package io.countersign.pi;

import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What every output of one PI issue shares, so the PDF, the workbook and the recap email name the
 * same document in the same words: the messages (language from the options, else the input, else
 * English; English first when bilingual), the issue time (from the options, else the PI's issue
 * date at 00:00 UTC, never the wall clock), the document identity and, for a revision, what
 * changed since the previous one.
 */
public record PiIssue(Messages messages, Instant issuedAt, DocumentIdentity identity, Optional<RevisionDiff> revisions) {

    public static PiIssue of(ProformaInvoice pi, PiOptions options) {
        String language = options.language().or(pi::language).orElse("en");
        Messages msg = options.bilingual() ? Messages.of("en", Optional.of(language)) : Messages.of(language, Optional.empty());
        Instant issuedAt = options.issuedAt().orElse(pi.issueDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        Optional<RevisionDiff> revisions = options.previous().map(previous -> RevisionDiff.between(previous, pi));
        return new PiIssue(msg, issuedAt, PiIdentity.of(pi, msg.single("pi.title"), issuedAt, revisions), revisions);
    }
}
