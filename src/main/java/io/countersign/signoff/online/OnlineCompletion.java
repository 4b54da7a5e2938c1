package io.countersign.signoff.online;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The finished online sign-off of one issued revision: which file was signed off (id, revision,
 * file name and SHA-256 of its bytes as issued), by whom (the name the buyer typed), when and from
 * where it was finished, to whom the link was sent, and every point's decision.
 */
public record OnlineCompletion(String documentId, int revision, String issuedFileName, String issuedSha256, String signerName,
                               Instant completedAt, String ip, String userAgent, String linkRecipient, List<OnlineDecision> decisions) {

    public OnlineCompletion {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(issuedFileName, "issuedFileName");
        Objects.requireNonNull(issuedSha256, "issuedSha256");
        Objects.requireNonNull(completedAt, "completedAt");
        if (signerName == null || signerName.isBlank()) {
            throw new IllegalArgumentException("the signer's typed name is required to complete a sign-off");
        }
        signerName = signerName.strip();
        ip = ip == null ? "" : ip;
        userAgent = userAgent == null ? "" : userAgent;
        linkRecipient = linkRecipient == null ? "" : linkRecipient;
        decisions = List.copyOf(decisions);
    }
}
