package io.countersign.signing;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How to sign: approval or certification, the words shown with the signature, which field, where
 * it is drawn, whether to add a time-stamp, and the signing time. Immutable; each {@code with*}
 * returns a changed copy. Start from {@link #approval()}.
 *
 * @param certification      certify at this DocMDP level (first signature only); empty for an approval signature
 * @param reason             the signature dictionary's /Reason, shown in the appearance; may be empty
 * @param location           /Location; may be empty
 * @param field              sign into this existing empty signature field, or create it at {@code visible}
 * @param visible            draw the signature in this box; empty: invisible, or the existing field's own box
 * @param timestampAuthority RFC 3161 time-stamp authority (PAdES B-T); empty: B-B, no network access
 * @param signingTime        the time written as /M; empty: now. Fixed time + RSA key = reproducible bytes
 */
public record SigningRequest(Optional<DocMdp> certification, String reason, String location, Optional<String> field,
                             Optional<SignaturePlacement> visible, Optional<URI> timestampAuthority, Optional<Instant> signingTime) {

    public SigningRequest {
        Objects.requireNonNull(certification, "certification");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(visible, "visible");
        Objects.requireNonNull(timestampAuthority, "timestampAuthority");
        Objects.requireNonNull(signingTime, "signingTime");
    }

    /** An invisible approval signature in a new field, signed now, without a time-stamp. */
    public static SigningRequest approval() {
        return new SigningRequest(Optional.empty(), "", "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Certifies at {@code level} (usually {@link DocMdp#FORM_FILLING}: the buyer may fill in and countersign, nothing else). */
    public SigningRequest withCertification(DocMdp level) {
        return new SigningRequest(Optional.of(level), reason, location, field, visible, timestampAuthority, signingTime);
    }

    public SigningRequest withReason(String text) {
        return new SigningRequest(certification, text, location, field, visible, timestampAuthority, signingTime);
    }

    public SigningRequest withLocation(String text) {
        return new SigningRequest(certification, reason, text, field, visible, timestampAuthority, signingTime);
    }

    public SigningRequest withField(String name) {
        return new SigningRequest(certification, reason, location, Optional.of(name), visible, timestampAuthority, signingTime);
    }

    public SigningRequest withVisible(SignaturePlacement placement) {
        return new SigningRequest(certification, reason, location, field, Optional.of(placement), timestampAuthority, signingTime);
    }

    public SigningRequest withTimestampAuthority(URI url) {
        return new SigningRequest(certification, reason, location, field, visible, Optional.of(url), signingTime);
    }

    public SigningRequest withSigningTime(Instant time) {
        return new SigningRequest(certification, reason, location, field, visible, timestampAuthority, Optional.of(time));
    }
}
