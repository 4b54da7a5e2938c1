package io.countersign.pi;

import java.math.BigDecimal;
import java.util.Optional;

/** One line of the buyer's purchase order as the buyer wrote it: the buyer's code only. */
public record PoLine(String buyerCode, BigDecimal quantity, Optional<BigDecimal> unitPrice) {
}
