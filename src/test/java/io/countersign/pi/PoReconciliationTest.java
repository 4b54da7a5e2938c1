package io.countersign.pi;

import static io.countersign.pi.TestStyles.po;
import static io.countersign.pi.TestStyles.pricedStyle;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.pi.PoFinding.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoReconciliationTest {

    private static final Style A = pricedStyle("KB-5A", "100234", "Nested kraft box", "1200", "2.35", "set", "5 pcs");
    private static final Style B = pricedStyle("KB-5B", "100235", "Nested kraft box", "1200", "2.60", "set", "5 pcs");
    private static final Style C = pricedStyle("KB-3C", "100236", "Nested kraft box", "800", "1.70", "set", "3 pcs");
    private static final List<Style> ABC = List.of(A, B, C);

    @Test
    void findsNothingWhenThePoMatches() {
        assertThat(PoReconciliation.reconcile(ABC, List.of(po("100234", "1200", "2.35"), po("100235", "1200"),
                po("100236", "800.00", "1.7")))).isEmpty();
    }

    @Test
    void findsNothingWithoutPoLines() {
        assertThat(PoReconciliation.reconcile(ABC, List.of())).isEmpty();
    }

    @Test
    void reportsPoLineWithUnknownBuyerCode() {
        List<PoFinding> findings = PoReconciliation.reconcile(ABC,
                List.of(po("100234", "1200"), po("100235", "1200"), po("100236", "800"), po("999001", "500")));

        assertThat(findings).extracting(PoFinding::kind, PoFinding::buyerCode, PoFinding::styleId, PoFinding::message)
                .containsExactly(tuple(Kind.UNKNOWN_BUYER_CODE, "999001", Optional.empty(),
                        "The PO (line 4) asks for buyer code 999001 (quantity 500), but no style on the PI has that buyer code."));
    }

    @Test
    void reportsBothQuantitiesWhenTheyDiffer() {
        List<PoFinding> findings = PoReconciliation.reconcile(ABC,
                List.of(po("100234", "1200"), po("100235", "1000"), po("100236", "800")));

        assertThat(findings).extracting(PoFinding::kind, PoFinding::buyerCode, PoFinding::styleId, PoFinding::message)
                .containsExactly(tuple(Kind.QUANTITY_DIFFERS, "100235", Optional.of("KB-5B"),
                        "Buyer code 100235: the PO asks for 1000 (line 2), the PI has 1200 (style KB-5B)."));
    }

    @Test
    void reportsBothUnitPricesWhenTheyDiffer() {
        List<PoFinding> findings = PoReconciliation.reconcile(ABC,
                List.of(po("100234", "1200", "2.30"), po("100235", "1200"), po("100236", "800")));

        assertThat(findings).extracting(PoFinding::kind, PoFinding::buyerCode, PoFinding::styleId, PoFinding::message)
                .containsExactly(tuple(Kind.UNIT_PRICE_DIFFERS, "100234", Optional.of("KB-5A"),
                        "Buyer code 100234: PO line 1 has unit price 2.30, style KB-5A on the PI has 2.35."));
    }

    @Test
    void reportsStyleThatNoPoLineAsksFor() {
        List<PoFinding> findings = PoReconciliation.reconcile(ABC, List.of(po("100234", "1200"), po("100236", "800")));

        assertThat(findings).extracting(PoFinding::kind, PoFinding::buyerCode, PoFinding::styleId, PoFinding::message)
                .containsExactly(tuple(Kind.STYLE_NOT_ON_PO, "100235", Optional.of("KB-5B"),
                        "Style KB-5B (buyer code 100235, quantity 1200) is on the PI, but no PO line asks for buyer code 100235."));
    }

    @Test
    void revealsAPoThatAsksTwiceForOneStyleAndNeverForItsLookAlike() {
        // The case in PO form: the buyer's codes meant B, B, C while the PI was issued for
        // A, B, C. Comparing the lists before signing shows the duplicate, the doubled quantity
        // and the style nobody ordered — the three findings the supplier never looked for.
        List<PoFinding> findings = PoReconciliation.reconcile(ABC,
                List.of(po("100235", "1200", "2.60"), po("100235", "1200", "2.60"), po("100236", "800", "1.70")));

        assertThat(findings).extracting(PoFinding::kind, PoFinding::buyerCode, PoFinding::styleId).containsExactly(
                tuple(Kind.DUPLICATE_PO_LINE, "100235", Optional.of("KB-5B")),
                tuple(Kind.QUANTITY_DIFFERS, "100235", Optional.of("KB-5B")),
                tuple(Kind.STYLE_NOT_ON_PO, "100234", Optional.of("KB-5A")));
        assertThat(findings.get(0).message()).isEqualTo("Buyer code 100235 is on 2 PO lines (lines 1 and 2), together 2400;"
                + " check whether the buyer meant one of them for another style.");
        assertThat(findings.get(1).message()).isEqualTo(
                "Buyer code 100235: the PO asks for 2400 (lines 1 and 2), the PI has 1200 (style KB-5B).");
    }

    @Test
    void carriesTheFactsItsSentenceNames() {
        // other languages word the finding from these facts, so they must match the English sentence
        PoFinding quantity = PoReconciliation.reconcile(ABC,
                List.of(po("100235", "1200"), po("100235", "1200"), po("100236", "800"), po("100234", "1200"))).get(1);

        assertThat(quantity.kind()).isEqualTo(Kind.QUANTITY_DIFFERS);
        assertThat(quantity.poLines()).containsExactly(1, 2);
        assertThat(quantity.styleIds()).containsExactly("KB-5B");
        assertThat(quantity.poQuantity()).contains(new BigDecimal("2400"));
        assertThat(quantity.piQuantity()).contains(new BigDecimal("1200"));
        assertThat(quantity.poUnitPrice()).isEmpty();
        assertThat(quantity.piUnitPrice()).isEmpty();
    }

    @Test
    void reportsOneBuyerCodeOnTwoStyles() {
        // The PI itself mapped one buyer code to two styles: whatever the PO says, the buyer
        // cannot tell from his own code which of the two he is confirming.
        Style bWithACode = pricedStyle("KB-5B", "100234", "Nested kraft box", "1200", "2.35", "set", "5 pcs");

        List<PoFinding> findings = PoReconciliation.reconcile(List.of(A, bWithACode, C),
                List.of(po("100234", "2400"), po("100236", "800")));

        assertThat(findings).extracting(PoFinding::kind, PoFinding::buyerCode, PoFinding::styleId, PoFinding::message)
                .containsExactly(tuple(Kind.BUYER_CODE_ON_SEVERAL_STYLES, "100234", Optional.empty(),
                        "Buyer code 100234 is on 2 styles (styles KB-5A and KB-5B); a PO line with this code cannot say which style"
                                + " the buyer means."));
    }

    @Test
    void comparesBuyerCodesAfterTrimmingSpaces() {
        assertThat(PoReconciliation.reconcile(List.of(A), List.of(po(" 100234 ", "1200")))).isEmpty();
    }
}
