package io.countersign.server.store;

import io.countersign.signoff.Verdict;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a document stands: issued and waiting for the buyer, or what the buyer's latest return of the latest revision says. */
public enum DocumentStatus {
    ISSUED, CONFIRMED, CHANGES_REQUESTED, INCOMPLETE, ALTERED;

    /** The name in URLs and JSON: {@code changes-requested}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DocumentStatus of(Verdict verdict) {
        return valueOf(verdict.name());
    }

    public static Optional<DocumentStatus> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
