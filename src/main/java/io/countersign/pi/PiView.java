package io.countersign.pi;

import io.countersign.signoff.DocumentIdentity;
import java.util.List;

/**
 * Everything the PI template shows, already formatted for the document's language, so the
 * template only places text. One {@link Line} per style, in input order. {@code previousRevision}
 * is 0 unless the PI was rendered as a revision of an earlier one.
 */
public record PiView(
        String title,
        String number,
        int revision,
        String currency,
        String paperCss,
        String barcodeColumnMm,
        PartyView seller,
        PartyView buyer,
        List<Fact> facts,
        List<Line> lines,
        List<String> findings,
        List<String> revisionNotes,
        int previousRevision,
        Totals totals,
        List<Fact> bank,
        List<String> remarks,
        DocumentIdentity identity,
        String qrRef) {

    /** A label and its value, e.g. "Payment" → "30% deposit …". */
    public record Fact(String label, String value) {
    }

    public record PartyView(String name, List<String> lines) {
    }

    public record AttributeView(String name, String value, boolean differs) {
    }

    /** One GTIN symbol (bars and digits drawn as one vector art): art key, caption, box size in mm. */
    public record BarcodeView(String ref, String label, String widthMm, String heightMm) {
    }

    /** One style's row; {@code asked} is false for a style a revision carries over (no decision fields). */
    public record Line(
            int no,
            String pointId,
            boolean asked,
            String buyerCode,
            String styleId,
            String name,
            List<AttributeView> attributes,
            boolean lookAlike,
            String revisionNote,
            boolean changedSinceRevision,
            List<String> lookAlikeNotes,
            List<String> findingNotes,
            String imageRef,
            String imageWidthMm,
            String imageHeightMm,
            BarcodeView barcode,
            String quantity,
            String unit,
            String unitPrice,
            String amount) {
    }

    public record Totals(List<String> quantities, String amount, String words, String cartons, String cbm, String weights) {
    }
}
