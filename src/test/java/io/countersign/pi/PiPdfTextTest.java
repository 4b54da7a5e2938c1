package io.countersign.pi;

import static io.countersign.testing.PdfText.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.render.Messages;
import io.countersign.testing.InputYaml;
import io.countersign.testing.PdfText;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PI's text as a reader copies or searches it: codes, Chinese and German as written, look-alike notes, page furniture. */
class PiPdfTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void showsEveryBuyerCodeAndEveryStyleId(String sample) {
        RenderedPi pi = RenderedPi.sample(sample);

        String text = text(pi);

        assertThat(text).contains(pi.yaml().buyerCodes()).contains(pi.yaml().styleIds());
    }

    @Test
    void showsTheSellersChineseNameAddressContactAndRemarkAsWritten() {
        RenderedPi pi = RenderedPi.sample("paper-boxes.yaml");
        List<String> chinese = pi.yaml().texts().stream().filter(PiPdfTextTest::hasHan).toList();

        String text = squeeze(text(pi));

        // the seller's Chinese name and street address, the contact's Chinese name, the closing remark
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(4);
        assertThat(chinese).allSatisfy(s -> assertThat(text).contains(squeeze(s)));
    }

    @Test
    void showsGermanAttributesPaymentTermsAndEveryUmlautTextAsWritten() {
        RenderedPi pi = RenderedPi.sample("mail-order-boxes.yaml");
        InputYaml yaml = pi.yaml();
        List<String> withUmlauts = yaml.texts().stream().filter(s -> s.matches("(?s).*[äöüÄÖÜß].*")).toList();

        String text = squeeze(text(pi));

        assertThat(yaml.attributeLines()).isNotEmpty().allSatisfy(a -> assertThat(text).contains(squeeze(a)));
        assertThat(text).contains(squeeze(yaml.root().get("paymentTerms").asText()));
        assertThat(withUmlauts).hasSizeGreaterThanOrEqualTo(5).allSatisfy(s -> assertThat(text).contains(squeeze(s)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void showsEveryNonAsciiTextOfTheInputUnchanged(String sample) {
        // catches lost glyphs ('#' or '?'), ligatures and wrong ToUnicode maps for ×, ², ±, –, Chinese and umlauts alike
        RenderedPi pi = RenderedPi.sample(sample);
        List<String> nonAscii = pi.yaml().texts().stream().filter(s -> !s.chars().allMatch(c -> c < 0x80)).distinct().toList();

        String text = squeeze(text(pi));

        assertThat(nonAscii).isNotEmpty().allSatisfy(s -> assertThat(text).contains(squeeze(s)));
    }

    @Test
    void pointsAtTheOnlyDifferenceBetweenTheTwoSetsOfFive() {
        // the case behind countersign: KB-5A and KB-5B were confused; both rows must say what tells them apart
        String text = squeeze(text(RenderedPi.sample("paper-boxes.yaml")));

        assertThat(occurrences(text, squeeze("KB-5A and KB-5B differ only in: print"))).isEqualTo(2);
    }

    @Test
    void writesPoFindingsInTheDocumentsLanguage() throws IOException {
        // A German PI printed its PO findings in English: the one sentence the buyer most needs
        // to read was the one in a foreign language.
        ProformaInvoice pi = Countersign.readPi(RenderedPi.SAMPLES.resolve("mail-order-boxes.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Countersign.pi(pi).withLanguage("de").withIssuedAt(RenderedPi.ISSUED_AT).toPdf(out);

        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = squeeze(PdfText.of(doc));
        }

        // once in the findings block, once under the style's row
        assertThat(occurrences(text, squeeze("Ihre Artikelnummer NL-VK-305-W: Bestellposition 1 nennt den Einzelpreis 0.45,"
                + " die Proformarechnung für Modell VK-305W dagegen 0.48."))).isEqualTo(2);
        assertThat(text).doesNotContain(squeeze("Buyer code NL-VK-305-W: PO line 1 has unit price 0.45"));
    }

    @Test
    void warnsOnBothRowsWhenTwoCodesHaveTheSameDescription() {
        String text = squeeze(text(RenderedPi.sample("sixty-styles.yaml")));

        assertThat(occurrences(text, squeeze("GB-11 and GB-12 have the same description"))).isEqualTo(2);
    }

    @Test
    void numbersEveryPageOfALongPiAgainstTheTotal() throws IOException {
        Messages en = Messages.of("en", Optional.empty());
        try (PDDocument doc = RenderedPi.sample("sixty-styles.yaml").open()) {
            int pages = doc.getNumberOfPages();

            assertThat(pages).isGreaterThan(1);
            for (int n = 1; n <= pages; n++) {
                assertThat(PdfText.oneLine(PdfText.page(doc, n)))
                        .as("footer of page %d", n).contains(en.get("doc.page") + " " + n + " " + en.get("doc.of") + " " + pages);
            }
        }
    }

    @Test
    void repeatsTheTableHeaderOnEveryPageWithStyles() throws IOException {
        // a row on page 9 is read against the column names on page 9, not page 1
        Messages en = Messages.of("en", Optional.empty());
        String currency = "USD";
        String header = squeeze(String.join("", en.get("col.no"), en.get("col.codes"), en.get("col.picture"), en.get("col.description"),
                en.get("col.upc"), en.get("col.quantity"), en.with("col.unitprice", currency), en.with("col.amount", currency),
                en.get("col.decision")));
        RenderedPi pi = RenderedPi.sample("sixty-styles.yaml");
        assertThat(pi.yaml().root().get("currency").asText()).isEqualTo(currency);
        try (PDDocument doc = pi.open()) {
            Set<Integer> withStyles = pagesWithDecisions(doc);

            assertThat(withStyles).hasSizeGreaterThan(1);
            for (int n : withStyles) {
                assertThat(squeeze(PdfText.page(doc, n))).as("header on page %d", n).contains(header);
            }
        }
    }

    /** Pages that carry a style's Confirm / Change-needed buttons, numbered from 1. */
    private static Set<Integer> pagesWithDecisions(PDDocument doc) {
        Set<Integer> pages = new TreeSet<>();
        for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (f instanceof PDRadioButton radio) {
                radio.getWidgets().forEach(w -> pages.add(doc.getPages().indexOf(w.getPage()) + 1));
            }
        }
        return pages;
    }

    private static String text(RenderedPi pi) {
        try (PDDocument doc = pi.open()) {
            return PdfText.of(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static int occurrences(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
