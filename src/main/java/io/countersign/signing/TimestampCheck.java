package io.countersign.signing;

import java.time.Instant;

/**
 * A signature's RFC 3161 time-stamp: its time, the authority that issued it, whether its message
 * imprint is the hash of the signature value, whether the token's own signature verifies, and
 * whether the authority is trusted.
 */
public record TimestampCheck(Instant time, String authority, boolean imprintMatches, boolean tokenValid, Trust trust) {

    public boolean valid() {
        return imprintMatches && tokenValid;
    }
}
