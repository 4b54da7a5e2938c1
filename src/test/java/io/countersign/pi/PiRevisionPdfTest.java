package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import io.countersign.testing.PdfText;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;

/** Revision 2 of the case (A dropped, B doubled, C as before) rendered against revision 1: it asks again only about B. */
class PiRevisionPdfTest {

    @Test
    void marksChangedUnchangedAndRemovedStylesAgainstThePreviousRevision() throws Exception {
        try (PDDocument doc = Loader.loadPDF(revision2())) {
            String text = PdfText.squeeze(PdfText.of(doc));
            assertThat(text).contains(PdfText.squeeze("1 of 2 styles are changed, new or not yet confirmed since revision 1"));
            assertThat(text).contains(PdfText.squeeze("Removed since revision 1: KB-5A"));
            assertThat(text).contains(PdfText.squeeze("Changed since revision 1: quantity 1200 → 2400"));
            assertThat(text).contains(PdfText.squeeze("Unchanged since revision 1 — your decision on revision 1 stands"));
            assertThat(text).contains(PdfText.squeeze("Not asked again: decided on revision 1"));
        }
    }

    @Test
    void onlyTheChangedStyleHasDecisionFields() throws Exception {
        try (PDDocument doc = Loader.loadPDF(revision2())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertThat(form.getField("signoff.KB-5B")).isNotNull();
            assertThat(form.getField("note.KB-5B")).isNotNull();
            assertThat(form.getField("signoff.KB-3C")).isNull();
            assertThat(form.getField("note.KB-3C")).isNull();
        }
    }

    @Test
    void theIdentityMarksTheUnchangedStyleAsCarriedOverFromRevision1() {
        ProformaInvoice r2 = Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes-r2.yaml"));
        DocumentIdentity id = Countersign.pi(r2).withPrevious(r1()).withIssuedAt(RenderedPi.ISSUED_AT)
                .toPdf(new ByteArrayOutputStream()).identity();

        assertThat(id.points()).extracting(SignOffPoint::id, SignOffPoint::carriedFrom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KB-5B", 0), org.assertj.core.groups.Tuple.tuple("KB-3C", 1));
        DocumentIdentity r1 = RenderedPi.sample("paper-boxes.yaml").rendering().identity();
        assertThat(id.points().get(1).sha256()).as("an unchanged style keeps its point hash").isEqualTo(r1.points().get(2).sha256());
    }

    @Test
    void withoutAPreviousRevisionNothingIsMarked() throws Exception {
        try (PDDocument doc = RenderedPi.sample("paper-boxes.yaml").open()) {
            assertThat(PdfText.of(doc)).doesNotContain("since revision");
        }
    }

    private static ProformaInvoice r1() {
        return Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes.yaml"));
    }

    private static byte[] revision2() {
        ProformaInvoice r2 = Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes-r2.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Countersign.pi(r2).withPrevious(r1()).withIssuedAt(RenderedPi.ISSUED_AT).toPdf(out);
        return out.toByteArray();
    }
}
