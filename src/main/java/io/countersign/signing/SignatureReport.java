package io.countersign.signing;

import java.util.List;

/**
 * The result of verifying a PDF: every signature in the order they were made, and whether trust
 * was checked. {@link #verified()} is the command's answer (exit 0): at least one signature, and
 * every one {@link SignatureCheck.Status#VALID}.
 */
public record SignatureReport(String file, long length, List<SignatureCheck> signatures, boolean trustChecked) {

    public SignatureReport {
        signatures = List.copyOf(signatures);
    }

    public boolean verified() {
        return !signatures.isEmpty() && signatures.stream().allMatch(s -> s.status() == SignatureCheck.Status.VALID);
    }
}
