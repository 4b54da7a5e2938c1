package io.countersign.signoff;

import java.util.List;

/**
 * Whether a returned document still shows what was issued. {@code checked} is false when the
 * issued file was not available to compare with; then {@code findings} says why.
 */
public record Integrity(boolean checked, boolean altered, List<String> findings) {
    public Integrity {
        findings = List.copyOf(findings);
    }

    public static Integrity notChecked(String why) {
        return new Integrity(false, false, List.of(why));
    }

    public static Integrity intact(String how) {
        return new Integrity(true, false, List.of(how));
    }

    public static Integrity altered(List<String> findings) {
        return new Integrity(true, true, findings);
    }
}
