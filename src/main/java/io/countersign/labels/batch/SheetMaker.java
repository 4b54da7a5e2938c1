package io.countersign.labels.batch;

import io.countersign.labels.LabelOptions;
import io.countersign.labels.RenderedSheet;
import io.countersign.labels.SheetKind;
import io.countersign.labels.Sku;
/** Renders one SKU's sheet; {@code SheetRenderer::render} in production, so the batch can be driven by any renderer. */
@FunctionalInterface
public interface SheetMaker {
    RenderedSheet render(Sku sku, SheetKind kind, LabelOptions options);
}
