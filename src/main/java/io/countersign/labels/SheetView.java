package io.countersign.labels;

import io.countersign.signoff.DocumentIdentity;

/** What the sticker and carton templates share: the SKU's facts, one decision row per element, the footer. */
public final class SheetView {
    private SheetView() {
    }

    /** A label and its value, e.g. "GTIN" → "UPC-A 012345678905". */
    public record Fact(String label, String value) {
    }

    /**
     * One element's decision: its number on the sheet, point id (field names {@code signoff.<id>} and
     * {@code note.<id>}), what it is called, what the sheet shows for it, and the question asked.
     */
    public record Decision(int no, String pointId, String element, String shows, String question) {
    }

    /** A vector art, picture or PDF page the template places by key, with its box in mm. */
    public record Placed(String ref, String widthMm, String heightMm) {
        public boolean present() {
            return !ref.isEmpty();
        }
    }

    /** The footer: identity, QR code art key, and the title printed next to them. */
    public record Footer(DocumentIdentity identity, String qrRef, String title) {
    }
}
