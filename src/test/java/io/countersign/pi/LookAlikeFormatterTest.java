package io.countersign.pi;

import static io.countersign.pi.TestStyles.style;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookAlikeFormatterTest {

    private static final Style A = style("KB-5A", "100234", "Nested kraft box",
            "set", "5 pcs", "sizes", "30×22×15 / 26×19×13 / 22×16×11 cm", "print", "none");
    private static final Style C = style("KB-3C", "100236", "Nested kraft box",
            "set", "3 pcs", "sizes", "30×22×15 / 26×19×13 cm", "print", "1-colour leaf pattern");

    private final LookAlikeFormatter english = LookAlikeFormatter.english();

    @Test
    void quotesShortValuesWithoutTheirSharedUnitAndNamesLongOnes() {
        String sentence = english.sentence(LookAlikes.compare(A, C).orElseThrow());

        assertThat(sentence).isEqualTo("KB-5A and KB-3C differ only in: set (5 vs 3), sizes, print");
    }

    @Test
    void quotesTheMissingSideAsDash() {
        LookAlike pair = new LookAlike(A, C, List.of(new Difference("handle", Optional.empty(), Optional.of("rope"))));

        assertThat(english.sentence(pair)).isEqualTo("KB-5A and KB-3C differ only in: handle (— vs rope)");
    }

    @Test
    void mentionsTheNameWhenNamesDiffer() {
        Style gift = style("GB-5", "300001", "Gift box", "set", "5 pcs", "sizes", "30×22×15 / 26×19×13 / 22×16×11 cm",
                "print", "gold foil");

        assertThat(english.sentence(LookAlikes.compare(A, gift).orElseThrow()))
                .isEqualTo("KB-5A and GB-5 differ only in: name, print (none vs gold foil)");
        Style giftBox = style("GB-1", "1", "Gift box", "colour", "red");
        Style glossBox = style("GB-2", "2", "Gloss box", "colour", "red");
        assertThat(english.sentence(LookAlikes.compare(giftBox, glossBox).orElseThrow()))
                .isEqualTo("GB-1 and GB-2 differ only in: name (Gift box vs Gloss box)");
    }

    @Test
    void alarmsOnIdenticalDescriptionUnderTwoCodes() {
        // Identical styles under two codes are the worst look-alike; the sentence must not read
        // like an ordinary "differ only in" list that a hurried buyer skims past.
        Style twin = style("KB-5A2", "100299", "Nested kraft box",
                "set", "5 pcs", "sizes", "30×22×15 / 26×19×13 / 22×16×11 cm", "print", "none");

        assertThat(english.sentence(LookAlikes.compare(A, twin).orElseThrow())).isEqualTo(
                "KB-5A and KB-5A2 differ only in: nothing but the code — identical description under two codes");
    }

    @Test
    void takesItsWordingFromTheLabelFunction() {
        LookAlikeFormatter german = new LookAlikeFormatter(label -> switch (label) {
            case DIFFER_ONLY_IN -> "{a} und {b} unterscheiden sich nur in: {list}";
            case IDENTICAL -> "{a} und {b} sind gleich";
            case ITEM_WITH_VALUES -> "{name} ({x} statt {y})";
            case NAME -> "Bezeichnung";
            case LIST_SEPARATOR -> "; ";
        });

        assertThat(german.sentence(LookAlikes.compare(A, C).orElseThrow()))
                .isEqualTo("KB-5A und KB-3C unterscheiden sich nur in: set (5 statt 3); sizes; print");
    }

    @Test
    void leavesPlaceholderLookalikesInStyleIdsAlone() {
        Style odd = style("{b}", "1", "Nested kraft box", "set", "5 pcs", "sizes", "x", "print", "none");

        assertThat(english.sentence(LookAlikes.compare(odd, A).orElseThrow()))
                .startsWith("{b} and KB-5A differ only in: sizes");
    }

    @Test
    void keepsValuesWhoseOnlyWordIsTheSame() {
        assertThat(LookAlikeFormatter.withoutSharedUnit("cm", "cm")).containsExactly("cm", "cm");
        assertThat(LookAlikeFormatter.withoutSharedUnit("5 pcs", "10 pcs")).containsExactly("5", "10");
        assertThat(LookAlikeFormatter.withoutSharedUnit("natural kraft", "white")).containsExactly("natural kraft", "white");
    }
}
