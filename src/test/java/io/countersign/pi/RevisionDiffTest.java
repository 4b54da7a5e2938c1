package io.countersign.pi;

import static io.countersign.pi.TestStyles.pricedStyle;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.core.Contact;
import io.countersign.core.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A revision asks again only about what changed: each style is unchanged, changed (saying how), new or removed. */
class RevisionDiffTest {
    private static final Style A = pricedStyle("KB-5A", "100234", "Nested kraft box", "1200", "2.35", "set", "5 pcs", "print", "none");
    private static final Style B = pricedStyle("KB-5B", "100235", "Nested kraft box", "1200", "2.60", "set", "5 pcs", "print", "white dots");
    private static final Style C = pricedStyle("KB-3C", "100236", "Nested kraft box", "1500", "1.45", "set", "3 pcs", "print", "none");

    @Test
    void anIdenticalRevisionChangesNothing() {
        RevisionDiff d = RevisionDiff.between(pi(1, A, B, C), pi(2, A, B, C));

        assertThat(d.points()).extracting(PointChange::kind).containsOnly(PointChange.Kind.UNCHANGED);
        assertThat(d.hasChanges()).isFalse();
    }

    @Test
    void aPriceChangeSaysTheOldAndNewPrice() {
        Style cheaper = pricedStyle("KB-5A", "100234", "Nested kraft box", "1200", "2.20", "set", "5 pcs", "print", "none");

        RevisionDiff d = RevisionDiff.between(pi(1, A, B), pi(2, cheaper, B));

        assertThat(d.of("KB-5A").orElseThrow().changes()).containsExactly("unit price 2.35 → 2.20");
        assertThat(d.of("KB-5B").orElseThrow().kind()).isEqualTo(PointChange.Kind.UNCHANGED);
    }

    @Test
    void anAttributeChangeIsNamed() {
        // The case itself: the buyer wanted B/B/C, so the second line's set size changes.
        Style setOfThree = pricedStyle("KB-5A", "100234", "Nested kraft box", "1200", "2.35", "set", "3 pcs", "print", "none");

        RevisionDiff d = RevisionDiff.between(pi(1, A), pi(2, setOfThree));

        assertThat(d.of("KB-5A").orElseThrow().changes()).containsExactly("set 5 pcs → 3 pcs");
        assertThat(d.of("KB-5A").orElseThrow().needsNewDecision()).isTrue();
    }

    @Test
    void stylesAddedAndRemovedAreReported() {
        RevisionDiff d = RevisionDiff.between(pi(1, A, B), pi(2, B, C));

        assertThat(d.of("KB-3C").orElseThrow().kind()).isEqualTo(PointChange.Kind.NEW);
        assertThat(d.of("KB-5A").orElseThrow().kind()).isEqualTo(PointChange.Kind.REMOVED);
        assertThat(d.of("KB-5B").orElseThrow().kind()).isEqualTo(PointChange.Kind.UNCHANGED);
    }

    @Test
    void changedTermsAreListedApart() {
        ProformaInvoice before = pi(1, A);
        ProformaInvoice after = new ProformaInvoice(before.number(), 2, before.issueDate(), before.validUntil(), before.buyerPoReference(),
                before.currency(), new Incoterms(Incoterms.Rule.CIF, "Los Angeles"), "100% T/T before shipment", before.shipmentDate(),
                before.portOfLoading(), before.portOfDischarge(), before.seller(), before.buyer(), before.bank(), before.remarks(),
                before.language(), before.styles(), before.poLines());

        RevisionDiff d = RevisionDiff.between(before, after);

        assertThat(d.termChanges()).containsExactly("Incoterms FOB Shenzhen → CIF Los Angeles",
                "payment 30% deposit → 100% T/T before shipment");
        assertThat(d.hasChanges()).isTrue();
        assertThat(d.of("KB-5A").orElseThrow().carried()).as("new terms touch every style").isFalse();
    }

    @Test
    void anUnchangedStyleIsCarriedOverWhenThePreviousDecisionsAreNotKnown() {
        RevisionDiff d = RevisionDiff.between(pi(1, A, B), pi(2, A, B));

        assertThat(d.of("KB-5A").orElseThrow().carried()).isTrue();
        assertThat(d.of("KB-5A").orElseThrow().needsNewDecision()).isFalse();
    }

    @Test
    void anUnchangedStyleThatWasNotConfirmedIsAskedAgain() {
        PreviousRevision returned = new PreviousRevision(pi(1, A, B),
                java.util.Map.of("KB-5A", io.countersign.signoff.Decision.CONFIRMED, "KB-5B", io.countersign.signoff.Decision.CHANGE_REQUESTED));

        RevisionDiff d = RevisionDiff.between(returned, pi(2, A, B));

        assertThat(d.of("KB-5A").orElseThrow().carried()).isTrue();
        assertThat(d.of("KB-5B").orElseThrow().carried()).isFalse();
        assertThat(d.of("KB-5B").orElseThrow().kind()).isEqualTo(PointChange.Kind.UNCHANGED);
    }

    private static ProformaInvoice pi(int revision, Style... styles) {
        Party party = new Party("P", List.of("Street 1"), Contact.NONE);
        return new ProformaInvoice("2026-0815", revision, LocalDate.of(2026, 8, 15), Optional.empty(), "PO-1", "USD",
                new Incoterms(Incoterms.Rule.FOB, "Shenzhen"), "30% deposit", Optional.empty(), "", "", party, party,
                Optional.empty(), List.of(), Optional.empty(), List.of(styles), List.of());
    }
}
