package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.testing.PdfText;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PI as drawn directly (no {@code --templates}) measured on the page: text and fields stay
 * inside the margins and out of the footer band, each style's decision lies beside its codes, and
 * a style too tall for one page is still printed whole (laid out by the template, which splits rows).
 */
class PiPagesTest {
    private static final double PT_PER_MM = 72 / 25.4;
    private static final double MARGIN = 9 * PT_PER_MM;
    private static final double FOOTER = 21 * PT_PER_MM;
    /** Glyph boxes as PDFBox estimates them reach a little beyond the ink. */
    private static final double SLACK = 1.5;

    @ParameterizedTest(name = "{0} in {1} on {2}")
    @CsvSource({
        "paper-boxes.yaml, en, A4, false",
        "paper-boxes.yaml, zh-CN, LETTER, false",
        "sixty-styles.yaml, de, A4, true",
        "mail-order-boxes.yaml, zh-TW, LETTER, true",
    })
    void everyGlyphAndFieldLiesInsideTheMarginsAndNothingRunsIntoTheFooter(String sample, String lang, PiOptions.Paper paper,
                                                                           boolean bilingual) throws IOException {
        ProformaInvoice pi = Countersign.readPi(RenderedPi.SAMPLES.resolve(sample));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Countersign.PiJob job = Countersign.pi(pi).withLanguage(lang).withPaper(paper).withIssuedAt(RenderedPi.ISSUED_AT);
        job.withOptions(job.options().withBilingual(bilingual)).toPdf(out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
                double footerTop = box.getHeight() - FOOTER;
                for (TextPosition g : glyphs(doc, i + 1)) {
                    String what = "'" + g.getUnicode() + "' on page " + (i + 1);
                    assertThat((double) g.getXDirAdj()).as(what).isGreaterThanOrEqualTo(MARGIN - SLACK);
                    assertThat((double) g.getXDirAdj() + g.getWidthDirAdj()).as(what).isLessThanOrEqualTo(box.getWidth() - MARGIN + SLACK);
                    double top = g.getYDirAdj() - g.getHeightDir();
                    assertThat(top).as(what).isGreaterThanOrEqualTo(MARGIN - SLACK);
                    boolean crossesFooter = top < footerTop - SLACK && g.getYDirAdj() > footerTop + SLACK;
                    assertThat(crossesFooter).as(what + " straddles the footer's top edge").isFalse();
                }
                for (PDAnnotation a : page.getAnnotations()) {
                    PDRectangle r = a.getRectangle();
                    String what = "field on page " + (i + 1);
                    assertThat(r.getLowerLeftX()).as(what).isGreaterThanOrEqualTo((float) MARGIN - 0.01f);
                    assertThat(r.getUpperRightX()).as(what).isLessThanOrEqualTo((float) (box.getWidth() - MARGIN + 0.01));
                    assertThat(r.getLowerLeftY()).as(what + " above the footer").isGreaterThanOrEqualTo((float) FOOTER - 0.01f);
                }
            }
        }
    }

    @Test
    void eachStylesDecisionFieldsAreOnThePageOfItsRowInTheRightmostColumn() throws IOException {
        RenderedPi pi = RenderedPi.sample("sixty-styles.yaml");
        try (PDDocument doc = pi.open()) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (String id : pi.yaml().styleIds()) {
                List<PDAnnotationWidget> confirm = form.getField("signoff." + id).getWidgets();
                int confirmPage = pageOf(doc, confirm.get(0));
                int notePage = pageOf(doc, form.getField("note." + id).getWidgets().get(0));
                assertThat(confirm).as("buttons of %s", id).hasSize(2);
                assertThat(notePage).as("note of %s on the page of its buttons", id).isEqualTo(confirmPage);
                String pageText = PdfText.page(doc, confirmPage + 1);
                assertThat(pageText).as("page of %s's decision shows its code", id).contains(id);
                PDRectangle media = doc.getPage(confirmPage).getMediaBox();
                assertThat(confirm).allSatisfy(w -> assertThat(w.getRectangle().getLowerLeftX())
                        .as("in the decision column").isGreaterThan(media.getWidth() - (float) (MARGIN + 46 * PT_PER_MM)));
            }
        }
    }

    @Test
    void aStyleTooTallForOnePageIsPrintedWholeWithItsDecision() throws IOException {
        ProformaInvoice sample = Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes.yaml"));
        Style first = sample.styles().get(0);
        List<Attribute> many = IntStream.rangeClosed(1, 90).mapToObj(i -> new Attribute("part " + i, "value of part number " + i)).toList();
        Style tall = new Style(first.id(), first.buyerCode(), first.name(), many, first.images(), first.gtin(), first.quantity(),
                first.unit(), first.unitPrice(), first.packing());
        List<Style> styles = new ArrayList<>(sample.styles());
        styles.set(0, tall);
        ProformaInvoice pi = with(sample, styles, sample.remarks());

        try (PDDocument doc = Loader.loadPDF(RenderedPi.pdf(pi, RenderedPi.ISSUED_AT))) {
            String text = PdfText.squeeze(PdfText.of(doc));
            for (int i = 1; i <= 90; i++) {
                assertThat(text).containsPattern(PdfText.squeeze("value of part number " + i) + "(?!\\d)");
            }
            assertThat(doc.getDocumentCatalog().getAcroForm().getField("signoff." + first.id())).isNotNull();
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
        }
    }

    @Test
    void remarksTooLongForOnePageArePrintedWhole() throws IOException {
        ProformaInvoice sample = Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes.yaml"));
        List<String> remarks = IntStream.rangeClosed(1, 70)
                .mapToObj(i -> "Remark " + i + ": cartons are strapped twice and marked on two sides with the PO number.").toList();

        try (PDDocument doc = Loader.loadPDF(RenderedPi.pdf(with(sample, sample.styles(), remarks), RenderedPi.ISSUED_AT))) {
            String text = PdfText.squeeze(PdfText.of(doc));
            for (int i = 1; i <= 70; i++) {
                assertThat(text).containsPattern(PdfText.squeeze("Remark " + i + ":"));
            }
            assertThat(doc.getDocumentCatalog().getAcroForm().getField("signer.signature")).isNotNull();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                double footerTop = doc.getPage(i).getMediaBox().getHeight() - FOOTER;
                StringBuilder footer = new StringBuilder();
                glyphs(doc, i + 1).stream().filter(g -> g.getYDirAdj() > footerTop).forEach(g -> footer.append(g.getUnicode()));
                assertThat(footer.toString()).as("footer band of page %d", i + 1).doesNotContain("Remark").contains("Page");
            }
        }
    }

    private static ProformaInvoice with(ProformaInvoice s, List<Style> styles, List<String> remarks) {
        return new ProformaInvoice(s.number(), s.revision(), s.issueDate(), s.validUntil(), s.buyerPoReference(), s.currency(),
                s.incoterms(), s.paymentTerms(), s.shipmentDate(), s.portOfLoading(), s.portOfDischarge(), s.seller(), s.buyer(),
                s.bank(), remarks, s.language(), styles, s.poLines());
    }

    private static int pageOf(PDDocument doc, PDAnnotationWidget widget) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                if (a.getCOSObject() == widget.getCOSObject()) {
                    return i;
                }
            }
        }
        throw new AssertionError("widget on no page");
    }

    private static List<TextPosition> glyphs(PDDocument doc, int pageNumber) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    glyphs.add(text);
                }
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(doc);
        return glyphs;
    }
}
