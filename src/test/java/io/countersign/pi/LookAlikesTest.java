package io.countersign.pi;

import static io.countersign.pi.TestStyles.style;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookAlikesTest {

    private static final Style A = style("KB-5A", "100234", "Nested kraft box",
            "set", "5 pcs", "material", "250 g/m² kraft paper", "colour", "natural kraft", "print", "none");
    private static final Style B = style("KB-5B", "100235", "Nested kraft box",
            "set", "5 pcs", "material", "250 g/m² kraft paper", "colour", "natural kraft", "print", "1-colour leaf pattern");
    private static final Style C = style("KB-3C", "100236", "Nested kraft box",
            "set", "3 pcs", "material", "250 g/m² kraft paper", "colour", "natural kraft", "print", "none");
    private static final Style TUBE = style("PT-1", "200001", "Paper tube",
            "diameter", "8 cm", "length", "30 cm");

    @Test
    void flagsStylesThatDifferOnlyInPrint() {
        // The case: A and B were sampled side by side, and the buyer signed a PI on which only
        // the print told them apart; the pair must be reported with exactly that difference.
        LookAlikeReport report = LookAlikes.find(List.of(A, B, TUBE));

        assertThat(report.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.a()).isEqualTo(A);
            assertThat(pair.b()).isEqualTo(B);
            assertThat(pair.differences()).containsExactly(
                    new Difference("print", Optional.of("none"), Optional.of("1-colour leaf pattern")));
            assertThat(pair.identical()).isFalse();
        });
    }

    @Test
    void flagsStylesThatDifferOnlyInSetSize() {
        LookAlike pair = LookAlikes.compare(A, C).orElseThrow();

        assertThat(pair.differences()).extracting(Difference::attribute).containsExactly("set");
        assertThat(pair.differences().get(0).shownInA()).isEqualTo("5 pcs");
        assertThat(pair.differences().get(0).shownInB()).isEqualTo("3 pcs");
    }

    @Test
    void ordersPairsByPositionOnThePi() {
        LookAlikeReport report = LookAlikes.find(List.of(C, TUBE, A, B));

        assertThat(report.pairs()).extracting(p -> p.a().id() + "/" + p.b().id())
                .containsExactly("KB-3C/KB-5A", "KB-3C/KB-5B", "KB-5A/KB-5B");
    }

    @Test
    void matchesNamesIgnoringCaseAndWhitespace() {
        Style shouting = style("X-1", "1", "  NESTED   Kraft box ", "handle", "rope");

        LookAlike pair = LookAlikes.compare(A, shouting).orElseThrow();

        assertThat(pair.sameName()).isTrue();
        assertThat(pair.differences()).extracting(Difference::attribute)
                .containsExactly("set", "material", "colour", "print", "handle");
    }

    @Test
    void showsAnAttributeOnOneSideOnlyAsDash() {
        Style withHandle = style("KB-5H", "100237", "Nested kraft box",
                "set", "5 pcs", "material", "250 g/m² kraft paper", "colour", "natural kraft", "print", "none",
                "handle", "twisted paper");

        Difference handle = LookAlikes.compare(A, withHandle).orElseThrow().differences().get(0);

        assertThat(handle.attribute()).isEqualTo("handle");
        assertThat(handle.shownInA()).isEqualTo("—");
        assertThat(handle.shownInB()).isEqualTo("twisted paper");
    }

    @Test
    void flagsDifferentlyNamedStylesSharingMostAttributeValues() {
        Style renamed = style("GB-1", "300001", "Gift box set",
                "set", "5 pcs", "material", "250 g/m² kraft paper", "colour", "white", "print", "none");

        assertThat(LookAlikes.compare(A, renamed)).hasValueSatisfying(pair -> {
            assertThat(pair.sameName()).isFalse();
            assertThat(pair.differences()).extracting(Difference::attribute).containsExactly("colour");
        });
    }

    @Test
    void ignoresDifferentlyNamedStylesSharingOnlyHalf() {
        // Regression: "half" flagged every pair of a 20-style PI of different boxes sharing material and print.
        Style renamed = style("GB-1", "300001", "Gift box set",
                "set", "5 pcs", "material", "300 g/m² grey board", "colour", "white", "print", "none");

        assertThat(LookAlikes.compare(A, renamed)).isEmpty();
    }

    @Test
    void ignoresDifferentlyNamedStylesSharingLessThanHalf() {
        Style other = style("GB-2", "300002", "Gift box set",
                "set", "5 pcs", "material", "300 g/m² grey board", "colour", "white", "print", "gold foil");

        assertThat(LookAlikes.compare(A, other)).isEmpty();
    }

    @Test
    void ignoresDifferentlyNamedStylesWithOtherAttributeNames() {
        Style bag = style("BG-1", "400001", "Paper bag",
                "set", "5 pcs", "material", "250 g/m² kraft paper", "colour", "natural kraft", "handle", "none");

        assertThat(LookAlikes.compare(A, bag)).isEmpty();
    }

    @Test
    void ignoresDifferentlyNamedStylesWithoutAttributes() {
        // Two empty attribute lists are "the same names, all equal" only vacuously.
        assertThat(LookAlikes.compare(style("P-1", "1", "Pallet"), style("P-2", "2", "Label roll"))).isEmpty();
    }

    @Test
    void reportsOneDescriptionUnderTwoCodesAsIdentical() {
        // Nothing on the PI but the code tells these apart: a buyer who orders by code has no
        // way to notice he picked the wrong one, so this is the alarm case.
        Style twin = style("KB-5A2", "100299", "nested kraft  box",
                "Set", "5 PCS", "material", "250 g/m² kraft paper", "colour", "natural kraft", "print", "none");

        LookAlikeReport report = LookAlikes.find(List.of(A, twin, TUBE));

        assertThat(report.identicalPairs()).singleElement().satisfies(pair -> {
            assertThat(pair.identical()).isTrue();
            assertThat(pair.differences()).isEmpty();
        });
    }

    @Test
    void collectsDifferingAttributesPerStyleAcrossPairs() {
        LookAlikeReport report = LookAlikes.find(List.of(A, B, C, TUBE));

        assertThat(report.differingAttributesOf(A)).containsExactly("print", "set");
        assertThat(report.differingAttributesOf(B)).containsExactly("print", "set");
        assertThat(report.differingAttributesOf(C)).containsExactly("set", "print");
        assertThat(report.differingAttributesOf(TUBE)).isEmpty();
        assertThat(report.differingAttributesByStyleId()).containsOnlyKeys("KB-5A", "KB-5B", "KB-3C");
    }

    @Test
    void highlightsEachStyleInItsOwnSpellingOfTheAttribute() {
        Style capitalised = style("KB-5X", "100240", "Nested kraft box",
                "Set", "3 pcs", "material", "250 g/m² kraft paper", "colour", "natural kraft", "print", "none");

        LookAlike pair = LookAlikes.compare(A, capitalised).orElseThrow();

        assertThat(pair.differingAttributesOf(A)).containsExactly("set");
        assertThat(pair.differingAttributesOf(capitalised)).containsExactly("Set");
        assertThatThrownBy(() -> pair.differingAttributesOf(TUBE)).isInstanceOf(IllegalArgumentException.class);
    }
}
