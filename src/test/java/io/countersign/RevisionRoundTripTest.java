package io.countersign;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.pi.CanonicalPi;
import io.countersign.pi.PiIdentity;
import io.countersign.pi.PreviousRevision;
import io.countersign.pi.ProformaInvoice;
import io.countersign.signoff.Decision;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.ReportText;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Verdict;
import io.countersign.testing.PdfText;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case's second round: revision 1 is issued and returned, revision 2 (A dropped, B doubled,
 * C as before) is made from the returned PDF, and the buyer's answer to revision 2 is checked.
 */
class RevisionRoundTripTest {
    private static final Path R1 = RenderedPi.SAMPLES.resolve("paper-boxes.yaml");
    private static final Path R2 = RenderedPi.SAMPLES.resolve("paper-boxes-r2.yaml");

    @TempDir
    Path dir;

    @Test
    void theCanonicalInputAttachedToThePdfReadsBackToTheSamePi() {
        ProformaInvoice r1 = Countersign.readPi(R1);
        byte[] json = PiIdentity.canonicalJson(r1);

        ProformaInvoice back = CanonicalPi.parse(json, RenderedPi.sample("paper-boxes.yaml").rendering().identity().inputSha256());

        assertThat(PiIdentity.canonicalJson(back)).isEqualTo(json);
    }

    @Test
    void theIssuedPdfAsPreviousGivesTheSameRevisionAsTheOldInput() throws IOException {
        Path r1Pdf = Files.write(dir.resolve("2026-0815-r1.pdf"), RenderedPi.sample("paper-boxes.yaml").pdf());

        byte[] fromPdf = r2Pdf(Countersign.readPrevious(r1Pdf));
        byte[] fromYaml = r2Pdf(PreviousRevision.of(Countersign.readPi(R1)));

        assertThat(fromPdf).isEqualTo(fromYaml);
    }

    @Test
    void anUnchangedStyleTheBuyerDidNotConfirmOnTheReturnedRevisionIsAskedAgain() throws IOException {
        Path returned = returnedR1("signoff.KB-5A", "confirm", "signoff.KB-5B", "confirm", "signoff.KB-3C", "change");

        PreviousRevision previous = Countersign.readPrevious(returned);
        byte[] r2 = r2Pdf(previous);

        assertThat(previous.decisions()).containsEntry("KB-3C", Decision.CHANGE_REQUESTED);
        try (PDDocument doc = Loader.loadPDF(r2)) {
            assertThat(doc.getDocumentCatalog().getAcroForm().getField("signoff.KB-3C")).isNotNull();
            assertThat(PdfText.squeeze(PdfText.of(doc))).contains(PdfText.squeeze("Unchanged since revision 1, but not confirmed on it"));
        }
    }

    @Test
    void theReturnedRevisionIsConfirmedWhenEveryStyleItAsksAboutIsConfirmed() throws IOException {
        Path issued = Files.write(dir.resolve("2026-0815-r2.pdf"), r2Pdf(PreviousRevision.of(Countersign.readPi(R1))));
        Path returned = dir.resolve("2026-0815-r2-signed.pdf");
        try (PDDocument doc = Loader.loadPDF(issued.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            form.getField("signoff.KB-5B").setValue("confirm");
            form.getField("signer.name").setValue("Mark Reynolds");
            doc.save(returned.toFile());
        }

        SignOffReport report = Countersign.check(returned, Optional.empty());

        assertThat(report.points()).extracting(p -> p.point().id(), PointDecision::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KB-5B", Decision.CONFIRMED),
                org.assertj.core.groups.Tuple.tuple("KB-3C", Decision.CARRIED_OVER));
        assertThat(report.integrity().altered()).isFalse();
        assertThat(report.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(report.verdict().exitCode()).isZero();
        assertThat(ReportText.of(report)).contains("unchanged since r1").contains("1 asked on this revision; 1 unchanged");
    }

    @Test
    void theExcelRevisionLocksTheCarriedStyleAndReadsBackTheSameWay() throws IOException {
        ProformaInvoice r2 = Countersign.readPi(R2);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Countersign.pi(r2).withPrevious(Countersign.readPi(R1)).withIssuedAt(RenderedPi.ISSUED_AT).toXlsx(xlsx);
        Path returned = dir.resolve("2026-0815-r2-signed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray())); OutputStream out = Files.newOutputStream(returned)) {
            Row b = itemRow(wb, "KB-5B");
            Row c = itemRow(wb, "KB-3C");
            assertThat(c.getCell(io.countersign.xlsx.PiLayout.DECISION).getStringCellValue()).isEqualTo("Not asked again: decided on revision 1");
            assertThat(c.getCell(io.countersign.xlsx.PiLayout.DECISION).getCellStyle().getLocked()).isTrue();
            assertThat(b.getCell(io.countersign.xlsx.PiLayout.CHECK).getStringCellValue()).startsWith("Changed since revision 1: quantity 1200 → 2400");
            b.getCell(io.countersign.xlsx.PiLayout.DECISION).setCellValue("Confirm");
            wb.write(out);
        }

        SignOffReport report = Countersign.check(returned, Optional.empty());

        assertThat(report.points()).extracting(PointDecision::decision).containsExactly(Decision.CONFIRMED, Decision.CARRIED_OVER);
        assertThat(report.integrity().altered()).isFalse();
        assertThat(report.verdict()).isEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void theRecapOfTheRevisionAsksOnlyAboutTheChangedStyle() {
        var recap = Countersign.pi(Countersign.readPi(R2)).withPrevious(Countersign.readPi(R1)).recap();

        assertThat(recap.subject()).isEqualTo("PI 2026-0815 r2 — please confirm the style");
        assertThat(recap.text()).contains("Changed since revision 1: quantity 1200 → 2400")
                .contains("Unchanged since revision 1 — your decision on revision 1 stands; not asked again.");
    }

    private static Row itemRow(XSSFWorkbook wb, String pointId) {
        for (Row row : wb.getSheet(io.countersign.xlsx.PiLayout.SHEET)) {
            var cell = row.getCell(io.countersign.xlsx.PiLayout.POINT_ID);
            if (cell != null && pointId.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + pointId);
    }

    private Path returnedR1(String... fieldsAndValues) throws IOException {
        Path issued = Files.write(dir.resolve("2026-0815-r1.pdf"), RenderedPi.sample("paper-boxes.yaml").pdf());
        Path returned = dir.resolve("2026-0815-r1-signed.pdf");
        try (PDDocument doc = Loader.loadPDF(issued.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                form.getField(fieldsAndValues[i]).setValue(fieldsAndValues[i + 1]);
            }
            doc.save(returned.toFile());
        }
        return returned;
    }

    private static byte[] r2Pdf(PreviousRevision previous) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Countersign.pi(Countersign.readPi(R2)).withPrevious(previous).withIssuedAt(RenderedPi.ISSUED_AT).toPdf(out);
        return out.toByteArray();
    }
}
