package io.countersign.pi;

import static io.countersign.pi.TestStyles.po;
import static io.countersign.pi.TestStyles.pricedStyle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.pi.PoFinding.Kind;
import io.countersign.render.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PO findings worded through the message bundles: every kind in every language, and English as the CLI prints it. */
class PoFindingWordingTest {

    private static final Style A = pricedStyle("KB-5A", "100234", "Nested kraft box", "1200", "2.35", "set", "5 pcs");
    private static final Style B = pricedStyle("KB-5B", "100235", "Nested kraft box", "1200", "2.60", "set", "5 pcs");
    private static final Style C = pricedStyle("KB-3C", "100236", "Nested kraft box", "800", "1.70", "set", "3 pcs");
    private static final Style D = pricedStyle("KB-3D", "100236", "Nested kraft box", "400", "1.70", "set", "3 pcs");

    /**
     * One finding of every kind, from a PO that asks three times for B (so lists run to three items),
     * prices A differently, names an unknown code and never asks for C or D, which share a code.
     */
    static List<PoFinding> oneOfEachKind() {
        List<PoFinding> findings = PoReconciliation.reconcile(List.of(A, B, C, D), List.of(
                po("100234", "1200", "2.30"), po("100235", "1000"), po("100235", "600"), po("100235", "200.5"),
                po("999001", "500")));
        List<PoFinding> one = new ArrayList<>();
        EnumSet<Kind> seen = EnumSet.noneOf(Kind.class);
        findings.stream().filter(f -> seen.add(f.kind())).forEach(one::add);
        return one;
    }

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Messages.LANGUAGES.stream().flatMap(lang -> oneOfEachKind().stream().map(f -> Arguments.of(lang, f)));
    }

    @Test
    void theCasesCoverEveryKind() {
        assertThat(oneOfEachKind()).extracting(PoFinding::kind).containsExactlyInAnyOrder(Kind.values());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKindInEveryLanguage")
    void wordsEveryKindWithItsCodesAndNumbers(String language, PoFinding finding) {
        String text = finding.message(Messages.of(language, Optional.empty())::single);

        assertThat(text).doesNotContain("{", "}", "??").contains(finding.buyerCode());
        finding.styleIds().forEach(id -> assertThat(text).contains(id));
        finding.poLines().forEach(n -> assertThat(text).contains(String.valueOf(n)));
        Stream.of(finding.poQuantity(), finding.piQuantity(), finding.poUnitPrice(), finding.piUnitPrice())
                .flatMap(Optional::stream).map(BigDecimal::toPlainString).forEach(n -> assertThat(text).contains(n));
        if (!language.equals("en")) {
            assertThat(text).isNotEqualTo(finding.message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEachKind")
    void englishBundleSaysWhatTheCommandLinePrints(PoFinding finding) {
        // message() keeps its own English patterns so the CLI needs no bundle; the two must not drift apart
        assertThat(finding.message(Messages.of("en", Optional.empty())::single)).isEqualTo(finding.message());
    }

    @Test
    void joinsThreeLineNumbersWithTheLanguagesAnd() {
        PoFinding duplicate = oneOfEachKind().get(1);
        assertThat(duplicate.kind()).isEqualTo(Kind.DUPLICATE_PO_LINE);

        assertThat(duplicate.message()).isEqualTo("Buyer code 100235 is on 3 PO lines (lines 2, 3 and 4), together 1800.5;"
                + " check whether the buyer meant one of them for another style.");
        assertThat(duplicate.message(Messages.of("de", Optional.empty())::single)).contains("(Positionen 2, 3 und 4)");
        assertThat(duplicate.message(Messages.of("zh-CN", Optional.empty())::single)).contains("（第 2、3、4 行）");
    }

    @Test
    void bilingualDocumentsBuildEachLanguagesSentenceWhole() {
        // the German half must say "Positionen 2, 3 und 4", not repeat the English "lines 2, 3 and 4"
        PoFinding duplicate = oneOfEachKind().get(1);
        Messages bilingual = Messages.of("en", Optional.of("de"));

        String text = bilingual.compose(m -> duplicate.message(m::single));

        assertThat(text).isEqualTo(duplicate.message() + " / "
                + duplicate.message(Messages.of("de", Optional.empty())::single));
        assertThat(text).contains("lines 2, 3 and 4").contains("Positionen 2, 3 und 4");
    }

    @Test
    void refusesAFindingWithoutTheFactsItsSentenceNames() {
        assertThatThrownBy(() -> new PoFinding(Kind.QUANTITY_DIFFERS, "100235", Optional.of("KB-5B"), List.of(2),
                List.of("KB-5B"), Optional.of(BigDecimal.ONE), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("piQuantity").hasMessageContaining("100235");
    }
}
