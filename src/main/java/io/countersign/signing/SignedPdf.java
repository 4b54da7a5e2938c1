package io.countersign.signing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A signed PDF and what was signed: the whole file (the input bytes unchanged, followed by the
 * signature's incremental update), the field, the signer, /M, the certification level if any,
 * the time-stamp time if any, and warnings worth showing (e.g. an unused empty signature field).
 */
public record SignedPdf(byte[] pdf, String field, String signer, Instant signingTime, Optional<DocMdp> certification,
                        Optional<Instant> timestamp, List<String> warnings) {

    public SignedPdf {
        warnings = List.copyOf(warnings);
    }
}
