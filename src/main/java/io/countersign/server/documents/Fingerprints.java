package io.countersign.server.documents;

import io.countersign.core.Sha256;
import java.nio.charset.StandardCharsets;

/** The fingerprint of a request's content: what makes two posts "the same document" for idempotency. */
final class Fingerprints {
    private Fingerprints() {
    }

    static String of(String... parts) {
        return Sha256.hex(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }
}
