package io.countersign.pi;

import java.util.Optional;

/**
 * One attribute on which two look-alike styles differ. An attribute that only one of the two
 * styles has counts as differing; the other side is then empty and shown as {@link #ABSENT}.
 *
 * @param attribute the attribute name as the first style writes it (or the second, if only it has it)
 * @param valueInA  the value on the first style of the pair, empty when it lacks the attribute
 * @param valueInB  the value on the second style of the pair, empty when it lacks the attribute
 */
public record Difference(String attribute, Optional<String> valueInA, Optional<String> valueInB) {

    /** How a missing value is printed: an em dash, the same in every language. */
    public static final String ABSENT = "—";

    public String shownInA() {
        return valueInA.orElse(ABSENT);
    }

    public String shownInB() {
        return valueInB.orElse(ABSENT);
    }
}
