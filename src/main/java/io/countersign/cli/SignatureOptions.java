package io.countersign.cli;

import io.countersign.signing.SignedPdf;
import io.countersign.signing.SigningRequest;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What every signing command asks about a signature besides the key: reason, place, time-stamp authority, signing time. */
final class SignatureOptions {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Option(names = "--reason", paramLabel = "TEXT", description = "reason, shown with the signature")
    String reason;

    @Option(names = "--location", paramLabel = "TEXT", defaultValue = "", description = "place of signing")
    String location;

    @Option(names = "--tsa", paramLabel = "URL", description = "RFC 3161 time-stamp authority (PAdES B-T); the only network access")
    String tsa;

    @Option(names = "--signing-time", paramLabel = "INSTANT", description = "signing time, e.g. 2026-08-15T10:00:00Z (default: now); "
            + "with an RSA key the same input and time give the same bytes")
    String signingTime;

    /** {@code request} with these options; {@code defaultReason} and {@code defaultTime} apply when the options leave them out. */
    SigningRequest applyTo(SigningRequest request, String defaultReason, Optional<Instant> defaultTime) {
        SigningRequest r = request.withReason(reason == null ? defaultReason : reason).withLocation(location);
        if (tsa != null) {
            try {
                r = r.withTimestampAuthority(new URI(tsa));
            } catch (URISyntaxException e) {
                throw new UnusableInputException("--tsa \"" + tsa + "\" is not a URL: " + e.getMessage());
            }
        }
        Optional<Instant> time = defaultTime;
        if (signingTime != null) {
            try {
                time = Optional.of(Instant.parse(signingTime));
            } catch (DateTimeParseException e) {
                throw new UnusableInputException("--signing-time \"" + signingTime + "\" is not an instant like 2026-08-15T10:00:00Z");
            }
        }
        return time.map(r::withSigningTime).orElse(r);
    }

    /** The line a command prints after signing: who, where, when, certification and time-stamp. */
    static void report(SignedPdf signed, PrintWriter console, PrintWriter err) {
        console.println((signed.certification().isPresent() ? "certified" : "signed") + " by " + signed.signer()
                + " in field " + signed.field() + " at " + TIME.format(signed.signingTime())
                + signed.certification().map(l -> "; DocMDP P=" + l.p() + ": " + l.meaning()).orElse("")
                + signed.timestamp().map(t -> "; time-stamped " + TIME.format(t)).orElse(""));
        signed.warnings().forEach(w -> err.println("warning: " + w));
        console.flush();
        err.flush();
    }
}
