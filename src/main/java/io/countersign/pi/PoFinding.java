package io.countersign.pi;

import java.util.Optional;

/**
 * One mismatch between the buyer's purchase order and the styles of the PI, found by
 * {@link PoReconciliation}.
 *
 * @param kind      what kind of mismatch
 * @param buyerCode the buyer's item code the finding is about
 * @param styleId   the style concerned, when exactly one style is
 * @param message   an English sentence naming the codes and numbers involved
 */
public record PoFinding(Kind kind, String buyerCode, Optional<String> styleId, String message) {

    /** The mismatches reconciliation reports. */
    public enum Kind {
        /** Two or more PO lines ask for the same buyer code. */
        DUPLICATE_PO_LINE,
        /** A PO line asks for a buyer code that no style on the PI carries. */
        UNKNOWN_BUYER_CODE,
        /** The PO's quantity for a buyer code is not the PI's. */
        QUANTITY_DIFFERS,
        /** A PO line's unit price is not the PI's price for the style with that buyer code. */
        UNIT_PRICE_DIFFERS,
        /** Two or more styles carry the same buyer code, so the PO cannot say which one it means. */
        BUYER_CODE_ON_SEVERAL_STYLES,
        /** A style on the PI that no PO line asks for. */
        STYLE_NOT_ON_PO
    }
}
