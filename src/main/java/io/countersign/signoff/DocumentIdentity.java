package io.countersign.signoff;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * What makes an issued document recognisable when it comes back: id, kind, revision, the SHA-256
 * of the canonical input and one hash per sign-off point. Embedded in every output
 * (PDF metadata, attached countersign.json, page QR code; a hidden sheet in XLSX).
 */
@JsonPropertyOrder({"format", "documentId", "kind", "revision", "title", "issuedAt", "inputSha256", "points"})
public record DocumentIdentity(String documentId, String kind, int revision, String title, Instant issuedAt,
                               String inputSha256, List<SignOffPoint> points) {

    public static final String FORMAT = "countersign/1";

    public DocumentIdentity {
        points = List.copyOf(points);
    }

    /** The first field of the JSON form; without the annotation Jackson skips it (no record component, no getter name). */
    @JsonProperty("format")
    public String format() {
        return FORMAT;
    }

    /** First 12 hex digits of the input hash, as printed in page footers. */
    public String shortHash() {
        return inputSha256.substring(0, 12);
    }

    /** The compact text in each page's QR code; enough to find the issued document again. */
    public String qrPayload() {
        return "CS1|" + kind + "|" + documentId + "|r" + revision + "|" + inputSha256.substring(0, 32) + "|n" + points.size();
    }
}
