package io.countersign.settlement;

import io.countersign.core.Money;

/**
 * The order the settlement is about: its PI and PO numbers, its value, and in neutral words what
 * was shipped and what was not.
 */
public record OriginalOrder(String piNumber, String poNumber, Money value, String status) {
}
