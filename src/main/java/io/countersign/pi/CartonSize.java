package io.countersign.pi;

import java.math.BigDecimal;
import java.math.MathContext;

/** Outer carton dimensions in centimetres. */
public record CartonSize(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

    /** Volume of one carton in cubic metres, exact. */
    public BigDecimal cubicMetres() {
        return lengthCm.multiply(widthCm).multiply(heightCm).divide(BigDecimal.valueOf(1_000_000), MathContext.DECIMAL64);
    }
}
