package io.countersign.settlement;

import java.math.BigDecimal;

/**
 * How much of the total loss one party bears: a percentage of it, a fixed amount in the settlement
 * currency, or whatever the other party's share leaves ({@code REST}, value zero).
 */
public record Share(Kind kind, BigDecimal value) {
    public enum Kind { PERCENT, AMOUNT, REST }

    public static Share percent(String percent) {
        return new Share(Kind.PERCENT, new BigDecimal(percent));
    }

    public static Share amount(String amount) {
        return new Share(Kind.AMOUNT, new BigDecimal(amount));
    }

    public static Share rest() {
        return new Share(Kind.REST, BigDecimal.ZERO);
    }
}
