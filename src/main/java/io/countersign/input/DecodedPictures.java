package io.countersign.input;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pictures (by SHA-256 of their bytes) that decoded cleanly in this JVM. A full decode is the most
 * expensive check of an input — 20 photos cost more than rendering the PI — and a server sees the
 * same product photos in PI after PI; the bytes decide the outcome, so one clean decode stands for
 * the same bytes again. Bounded: when full it starts over.
 */
final class DecodedPictures {
    private static final int KEEP = 10_000;
    private static final Set<String> CLEAN = ConcurrentHashMap.newKeySet();

    private DecodedPictures() {
    }

    static boolean known(String sha256) {
        return CLEAN.contains(sha256);
    }

    static void remember(String sha256) {
        if (CLEAN.size() >= KEEP) {
            CLEAN.clear();
        }
        CLEAN.add(sha256);
    }
}
