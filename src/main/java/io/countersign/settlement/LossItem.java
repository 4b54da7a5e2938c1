package io.countersign.settlement;

import io.countersign.core.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One cost caused by the incident, as the party that paid it out can prove it. {@code rate} converts
 * an amount in another currency into the settlement currency: how many units of the settlement
 * currency one unit of {@code amount}'s currency buys (USD per CNY: 0.1389). It is required exactly
 * when the currencies differ; the converted amount is rounded half-up once, to the minor unit.
 */
public record LossItem(String description, Money amount, Side incurredBy, String evidence, Optional<BigDecimal> rate) {
}
