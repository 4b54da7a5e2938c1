package io.countersign.labels;

/** How text and barcode are arranged on a UPC sticker. */
public enum StickerLayout {
    /** Description (and SKU) above the barcode. */
    STANDARD,
    /** Description and SKU on the left, barcode on the right. */
    SIDE,
    /** The barcode with its digits only. */
    BARCODE_ONLY
}
