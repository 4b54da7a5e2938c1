package io.countersign.labels;

import io.countersign.signoff.DocumentIdentity;

/** One SKU's approval sheet as issued: the PDF bytes and its identity (one sign-off point per element). */
public record RenderedSheet(Sku sku, SheetKind kind, byte[] pdf, DocumentIdentity identity) {
}
