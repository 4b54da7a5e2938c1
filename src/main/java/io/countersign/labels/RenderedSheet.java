package io.countersign.labels;

import io.countersign.signoff.DocumentIdentity;
import java.util.List;

/**
 * One SKU's approval sheet as issued: the PDF bytes, its identity (one sign-off point per element),
 * and what the sheet shows for each element in its decision rows, in {@link SheetKind#elements()}
 * order — the words the batch's index workbook repeats, so both ask about the same thing alike.
 */
public record RenderedSheet(Sku sku, SheetKind kind, byte[] pdf, DocumentIdentity identity, List<String> shows) {

    public RenderedSheet {
        shows = List.copyOf(shows);
    }
}
