package io.countersign.labels;

import java.math.BigDecimal;

/** The UPC sticker as it will be printed: its size in millimetres and how its content is arranged. */
public record StickerSpec(BigDecimal widthMm, BigDecimal heightMm, StickerLayout layout) {
}
