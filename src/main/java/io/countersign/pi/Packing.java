package io.countersign.pi;

import java.math.BigDecimal;

/** How one style is packed: pieces (or sets) per carton, carton size, net and gross weight per carton in kg. */
public record Packing(int unitsPerCarton, CartonSize carton, BigDecimal netWeightKg, BigDecimal grossWeightKg) {
}
