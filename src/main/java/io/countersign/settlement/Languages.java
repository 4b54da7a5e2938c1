package io.countersign.settlement;

import java.util.Optional;

/**
 * The language of the agreement, and optionally a second one printed beside it (two columns) or
 * after it (each clause twice, one language after the other).
 */
public record Languages(String main, Optional<String> second, Layout layout) {
    public enum Layout { SIDE_BY_SIDE, SEQUENTIAL }

    public static Languages only(String main) {
        return new Languages(main, Optional.empty(), Layout.SIDE_BY_SIDE);
    }

    public boolean bilingual() {
        return second.isPresent();
    }
}
