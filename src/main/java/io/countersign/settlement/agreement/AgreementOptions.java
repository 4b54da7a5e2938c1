package io.countersign.settlement.agreement;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How an agreement is issued: the issue time recorded in its identity (default: the agreement's date
 * at 00:00 UTC, so the same file gives the same bytes) and an optional folder of templates that
 * replaces the bundled ones.
 */
public record AgreementOptions(Optional<Instant> issuedAt, Optional<Path> templates) {
    public static AgreementOptions defaults() {
        return new AgreementOptions(Optional.empty(), Optional.empty());
    }
}
