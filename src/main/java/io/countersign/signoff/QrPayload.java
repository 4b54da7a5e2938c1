package io.countersign.signoff;

import java.util.Optional;

/**
 * The identity printed in each page's QR code ({@link DocumentIdentity#qrPayload()}):
 * {@code CS1|kind|documentId|r<revision>|<first 32 hex of the input hash>|n<points>}.
 */
record QrPayload(String kind, String documentId, int revision, String inputHashPrefix, int points) {

    static Optional<QrPayload> parse(String text) {
        String[] parts = text.split("\\|");
        if (parts.length != 6 || !parts[0].equals("CS1") || !parts[3].startsWith("r") || !parts[5].startsWith("n")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QrPayload(parts[1], parts[2], Integer.parseInt(parts[3].substring(1)), parts[4],
                    Integer.parseInt(parts[5].substring(1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean matches(DocumentIdentity id) {
        return id.documentId().equals(documentId) && id.revision() == revision && id.inputSha256().startsWith(inputHashPrefix);
    }
}
