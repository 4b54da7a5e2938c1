package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.testing.PdfText;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Revision 2 of the case (A dropped, B doubled) rendered against revision 1: every line says what changed since. */
class PiRevisionPdfTest {

    @Test
    void marksChangedUnchangedAndRemovedStylesAgainstThePreviousRevision() throws Exception {
        ProformaInvoice r1 = Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes.yaml"));
        ProformaInvoice r2 = Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes-r2.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Countersign.pi(r2).withPrevious(r1).withIssuedAt(RenderedPi.ISSUED_AT).toPdf(out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = PdfText.squeeze(PdfText.of(doc));
            assertThat(text).contains(PdfText.squeeze("1 of 2 styles are changed or new since revision 1"));
            assertThat(text).contains(PdfText.squeeze("Removed since revision 1: KB-5A"));
            assertThat(text).contains(PdfText.squeeze("Changed since revision 1: quantity 1200 → 2400"));
            assertThat(text).contains(PdfText.squeeze("Unchanged since revision 1"));
        }
    }

    @Test
    void withoutAPreviousRevisionNothingIsMarked() throws Exception {
        try (PDDocument doc = RenderedPi.sample("paper-boxes.yaml").open()) {
            assertThat(PdfText.of(doc)).doesNotContain("since revision");
        }
    }
}
