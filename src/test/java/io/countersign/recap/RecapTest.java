package io.countersign.recap;

import static io.countersign.recap.RecapFixtures.OPTIONS;
import static io.countersign.recap.RecapFixtures.recap;
import static io.countersign.recap.RecapFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.pi.Attribute;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import io.countersign.testing.InputYaml;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** What the recap says: the second, numbered channel in which each style is answered on its own. */
class RecapTest {

    @Test
    void subjectAsksForEachStyleByPiNumberAndRevision() {
        assertThat(recap("paper-boxes.yaml").subject()).isEqualTo("PI 2026-0815 r1 — please confirm each of 3 styles");
        assertThat(Recap.of(RecapFixtures.withNumber(sample("paper-boxes.yaml"), "2026-0815", 2), OPTIONS).subject())
                .isEqualTo("PI 2026-0815 r2 — please confirm each of 3 styles");
    }

    @Test
    void subjectForOneStyleIsNotPlural() {
        ProformaInvoice one = RecapFixtures.withStyles(sample("paper-boxes.yaml"), List.of(sample("paper-boxes.yaml").styles().get(0)));

        Recap recap = Recap.of(one, OPTIONS);

        assertThat(recap.subject()).isEqualTo("PI 2026-0815 r1 — please confirm the style");
        assertThat(recap.text()).contains("has one style").contains("1 confirm").doesNotContain("2 change");
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void numbersEveryStyleWithTheBuyersCodeNextToOurStyle(String sampleFile) {
        // expected values from the plain YAML, not from the reader the recap is built on
        List<com.fasterxml.jackson.databind.JsonNode> styles = InputYaml.read(RecapFixtures.SAMPLES.resolve(sampleFile)).styles();
        Recap recap = recap(sampleFile);

        assertThat(recap.lines()).hasSize(styles.size());
        for (int i = 0; i < styles.size(); i++) {
            RecapLine line = recap.lines().get(i);
            String buyerCode = styles.get(i).get("buyerCode").asText();
            String styleId = styles.get(i).get("id").asText();
            assertThat(line.number()).isEqualTo(i + 1);
            assertThat(line.buyerCode()).isEqualTo(buyerCode);
            assertThat(line.styleId()).isEqualTo(styleId);
            assertThat(line.pointId()).isEqualTo(recap.identity().points().get(i).id());
            String codes = recap.languages().get(0).equals("de")
                    ? "Ihre Artikelnummer " + buyerCode + " = unser Modell " + styleId
                    : "Your item code " + buyerCode + " = our style " + styleId;
            assertThat(recap.text()).contains("\n" + (i + 1) + ". " + codes + ": ");
            assertThat(recap.html()).contains(">" + (i + 1) + "</td>").contains(">" + buyerCode + "</div>")
                    .contains(">" + styleId + "</div>");
        }
        assertThat(Pattern.compile("(?m)^\\d+\\. ").matcher(recap.text()).results().count()).isEqualTo(styles.size());
    }

    @Test
    void showsTheAttributesThatTellLookAlikesApartWithThisStylesValues() {
        Recap recap = recap("paper-boxes.yaml");
        RecapLine a = recap.lines().get(0);
        RecapLine b = recap.lines().get(1);

        // KB-5A and KB-5B differ only in print; KB-3C is a set of 3 under the same name
        assertThat(a.distinguishing()).extracting(Attribute::name).containsExactly("set", "sizes", "print");
        assertThat(a.distinguishing()).contains(new Attribute("print", "none"), new Attribute("set", "5 pcs"));
        assertThat(b.distinguishing()).contains(new Attribute("print", "white dots"), new Attribute("set", "5 pcs"));
        assertThat(a.lookAlikes()).containsExactly("KB-5B", "KB-3C");
        assertThat(recap.text()).contains("Looks like KB-5B and KB-3C; tell it apart by: set: 5 pcs; sizes: ")
                .contains("; print: none\n").contains("; print: white dots\n");
        assertThat(recap.html()).contains("print: white dots");
    }

    @Test
    void warnsWhenTwoCodesCarryTheSameDescription() {
        Recap recap = recap("sixty-styles.yaml");
        RecapLine gb11 = recap.lines().stream().filter(l -> l.styleId().equals("GB-11")).findFirst().orElseThrow();

        assertThat(gb11.sameDescriptionAs()).containsExactly("GB-12");
        assertThat(recap.text()).contains("Same description as GB-12: only the codes tell them apart. Check your item code.");
    }

    @Test
    void namesTheStylesWhenOnlyTheNameTellsTwoLookAlikesApart() {
        ProformaInvoice pi = sample("paper-boxes.yaml");
        Style a = pi.styles().get(0);
        Style twin = new Style("KB-5Z", "100299", "Plain kraft box", a.attributes(), a.images(), pi.styles().get(1).gtin(),
                a.quantity(), a.unit(), a.unitPrice(), a.packing());

        Recap recap = Recap.of(RecapFixtures.withStyles(pi, List.of(a, twin)), OPTIONS);

        assertThat(recap.lines().get(1).distinguishing()).containsExactly(new Attribute("name", "Plain kraft box"));
        assertThat(recap.text()).contains("Looks like KB-5A; tell it apart by: name: Plain kraft box");
    }

    @Test
    void germanSampleIsInGermanWithGermanNumbers() {
        Recap recap = recap("mail-order-boxes.yaml");

        assertThat(recap.languages()).containsExactly("de");
        assertThat(recap.subject()).isEqualTo("PI 2026-0907 r2 – bitte bestätigen Sie jedes der 2 Modelle einzeln");
        assertThat(recap.text())
                .contains("1. Ihre Artikelnummer NL-VK-305-W = unser Modell VK-305W: Versandkarton")
                .contains("Ähnlich wie VK-305B; zu unterscheiden an: Farbe: weiß")
                .contains("3.000 Stück × 0,48 EUR = 1.440,00 EUR")
                .contains("Gesamtbetrag: 2.700,00 EUR")
                .contains("1 bestätigt").contains("2 Änderung: …")
                .contains("Ein Modell ohne Antwort ist nicht bestätigt")
                .doesNotContain("Your item code").doesNotContain("confirm");
        assertThat(recap.html()).contains("lang=\"de\"").contains("Einzelpreis EUR");
    }

    @Test
    void listsThePurchaseOrderFindings() {
        Recap recap = recap("paper-boxes.yaml");

        // the PO asks twice for B's code and never for A's: the case this toolkit is built around
        assertThat(recap.findings()).hasSize(3);
        assertThat(recap.text()).contains("Checked against your purchase order: 3 point(s) need your attention\n- Buyer code 100235 is on 2 PO lines");
        assertThat(recap.findings()).anySatisfy(f -> assertThat(f).contains("KB-5A").contains("no PO line asks for buyer code 100234"));
    }

    @Test
    void tellsHowToAnswerAndThatSilenceIsNotConfirmation() {
        Recap recap = recap("paper-boxes.yaml");

        assertThat(recap.text()).contains("Please reply with one line per number, for example:\n   1 confirm\n   2 change: …\n")
                .contains("A style without an answer is not confirmed")
                .contains("Total amount: USD 8,115.00")
                .endsWith("PI no. 2026-0815 · revision 1 · document " + recap.identity().documentId() + " · hash "
                        + recap.identity().shortHash() + "\n");
    }

    @Test
    void bilingualRecapPutsEnglishFirstLikeThePdf() {
        Recap recap = Recap.of(sample("paper-boxes.yaml"), OPTIONS.withLanguage("zh-CN").withBilingual(true));

        assertThat(recap.languages()).containsExactly("en", "zh-CN");
        assertThat(recap.subject()).isEqualTo("PI 2026-0815 r1 — please confirm each of 3 styles / 形式发票 2026-0815 r1 — 请逐一确认 3 个款式");
        assertThat(recap.text()).contains("Looks like KB-5B and KB-3C; tell it apart by: set: 5 pcs;")
                .contains(" / 与 KB-5B、KB-3C 相似；区别在于：set：5 pcs；");
    }

    @Test
    void traditionalChineseRecapUsesItsOwnWords() {
        Recap recap = Recap.of(sample("paper-boxes.yaml"), OPTIONS.withLanguage("zh-TW"));

        assertThat(recap.subject()).isEqualTo("形式發票 2026-0815 r1 — 請逐一確認 3 個款式");
        assertThat(recap.text()).contains("1. 貴方貨號 100234 = 我方款號 KB-5A: Nested kraft box").contains("1 確認");
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void htmlIsWellFormedAndLoadsNothingFromOutside(String sampleFile) throws Exception {
        Recap recap = recap(sampleFile);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(new InputSource(new StringReader(recap.html())));
        f.newDocumentBuilder().parse(new InputSource(new StringReader(recap.standaloneHtml())));
        assertThat(recap.html()).doesNotContain("<link").doesNotContain("<style").doesNotContain("<script")
                .doesNotContain("href=").doesNotContain("url(").doesNotContain("@import");
        Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(recap.html());
        while (src.find()) {
            assertThat(src.group(1)).startsWith("cid:");
        }
        assertThat(recap.standaloneHtml()).doesNotContain("cid:");
    }

    @Test
    void aStyleWithoutPictureSaysSoInsteadOfShowingAnEmptyFrame() {
        ProformaInvoice pi = sample("paper-boxes.yaml");
        Style s = pi.styles().get(0);
        Style bare = new Style(s.id(), s.buyerCode(), s.name(), s.attributes(), List.of(), s.gtin(), s.quantity(), s.unit(),
                s.unitPrice(), s.packing());

        Recap recap = Recap.of(RecapFixtures.withStyles(pi, List.of(bare)), OPTIONS);

        assertThat(recap.thumbnails()).isEmpty();
        assertThat(recap.lines().get(0).thumbnail()).isEmpty();
        assertThat(recap.html()).contains("no picture supplied").doesNotContain("<img");
    }

    @Test
    void escapesWhatTheInputSaysInHtml() {
        ProformaInvoice pi = sample("paper-boxes.yaml");
        Style s = pi.styles().get(0);
        Style odd = new Style(s.id(), s.buyerCode(), "Box <b>&amp; \"lid\"", s.attributes(), s.images(), s.gtin(), s.quantity(),
                s.unit(), s.unitPrice(), s.packing());

        Recap recap = Recap.of(RecapFixtures.withStyles(pi, List.of(odd)), OPTIONS);

        assertThat(recap.html()).contains("Box &lt;b&gt;&amp;amp; &quot;lid&quot;").doesNotContain("<b>");
        assertThat(recap.text()).contains("Box <b>&amp; \"lid\"");
    }
}
