package io.countersign.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.Countersign;
import io.countersign.cli.Main;
import io.countersign.core.Money;
import io.countersign.testing.PdfText;
import io.countersign.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Returned files made by tools other than ours — pdf-lib (Node) and pdftk filling the PDF form,
 * LibreOffice Calc editing and saving the XLSX — and files altered with those tools. The files
 * are committed under {@code src/test/resources/io/countersign/signoff/foreign/} together with the
 * one issued PDF/XLSX pair they were made from; the scripts that made them are in
 * {@code src/test/fixtures/foreign/} (see its README). No external tool runs here.
 */
class ForeignToolReturnsTest {
    private static final Path DIR = fixtureDir();
    private static final Path ISSUED_PDF = DIR.resolve("2026-0815-r1.pdf");
    private static final Path ISSUED_XLSX = DIR.resolve("2026-0815-r1.xlsx");
    private static final List<String> POINTS = List.of("KB-5A", "KB-5B", "KB-3C");
    private static final Signer MARK = new Signer("Mark Reynolds", "Operations Manager", "2026-08-20");

    private static final String REWRITTEN = "the returned file was rewritten by another tool; page contents are identical";
    private static final String CELLS_AS_ISSUED = "every cell outside the decisions, notes and signer is as issued";

    // ---- every fixture: verdict and exit code as the command line gives them ----

    @ParameterizedTest(name = "{0} -> {1}, exit {2}")
    @CsvSource({
            "2026-0815-r1-pdflib-confirmed.pdf,          CONFIRMED,         0",
            "2026-0815-r1-pdflib-change.pdf,             CHANGES_REQUESTED, 3",
            "2026-0815-r1-pdflib-undecided.pdf,          INCOMPLETE,        3",
            "2026-0815-r1-pdflib-price-covered.pdf,      ALTERED,           4",
            "2026-0815-r1-pdflib-quantity-whiteout.pdf,  ALTERED,           4",
            "2026-0815-r1-pdflib-flattened.pdf,          INCOMPLETE,        3",
            "2026-0815-r1-pdftk-confirmed.pdf,           CONFIRMED,         0",
            "2026-0815-r1-pdftk-change.pdf,              CHANGES_REQUESTED, 3",
            "2026-0815-r1-libreoffice-confirmed.xlsx,    CONFIRMED,         0",
            "2026-0815-r1-libreoffice-change.xlsx,       CHANGES_REQUESTED, 3",
            "2026-0815-r1-libreoffice-quantity-edited.xlsx, ALTERED,        4",
            "2026-0815-r1-libreoffice-recalculated.xlsx, INCOMPLETE,        3",
    })
    void theCommandLineGivesTheVerdictAndExitCode(String fixture, Verdict verdict, int exit) throws IOException {
        // The issued file is found next to the returned one, as a user keeps them.
        CliRun found = CliRun.of("check", DIR.resolve(fixture).toString(), "--json");
        // ... and the same when it is passed explicitly.
        CliRun given = CliRun.of("check", DIR.resolve(fixture).toString(), "--issued", issuedFor(fixture).toString());

        assertThat(found.exit()).as(found.err()).isEqualTo(exit);
        JsonNode json = new ObjectMapper().readTree(found.out());
        assertThat(json.path("verdict").asText()).isEqualTo(verdict.name());
        assertThat(json.path("integrity").path("checked").asBoolean()).as("issued file found next to the return").isTrue();
        assertThat(given.exit()).as(given.err()).isEqualTo(exit);
        assertThat(given.out()).contains("Verdict: " + verdict.name());
        assertThat(verdict.exitCode()).isEqualTo(exit);
    }

    // ---- PDF filled by pdf-lib (whole file rewritten, no incremental update) ----

    @Test
    void pdfLibAllConfirmedAndSignedIsConfirmed() {
        Path file = DIR.resolve("2026-0815-r1-pdflib-confirmed.pdf");
        assertThat(isIncrementalUpdateOfIssued(file)).as("pdf-lib rewrites the file").isFalse();

        SignOffReport r = check(file);

        assertDecisions(r, Decision.CONFIRMED, Decision.CONFIRMED, Decision.CONFIRMED);
        assertThat(r.points()).extracting(PointDecision::note).containsExactly("", "", "");
        assertThat(r.signer()).isEqualTo(MARK);
        assertThat(r.integrity()).isEqualTo(new Integrity(true, false, List.of(REWRITTEN)));
        assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(r.verdict().exitCode()).isZero();
    }

    @Test
    void pdfLibOneChangeWithANoteIsChangesRequested() {
        SignOffReport r = check(DIR.resolve("2026-0815-r1-pdflib-change.pdf"));

        assertDecisions(r, Decision.CONFIRMED, Decision.CHANGE_REQUESTED, Decision.CONFIRMED);
        assertThat(r.points()).extracting(PointDecision::note).containsExactly("", "Print must be plain kraft, no white dots", "");
        assertThat(r.signer()).isEqualTo(MARK);
        assertThat(r.integrity()).isEqualTo(new Integrity(true, false, List.of(REWRITTEN)));
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
        assertThat(r.verdict().exitCode()).isEqualTo(3);
    }

    @Test
    void pdfLibOnePointLeftUndecidedIsIncompleteThoughSigned() {
        SignOffReport r = check(DIR.resolve("2026-0815-r1-pdflib-undecided.pdf"));

        assertDecisions(r, Decision.CONFIRMED, Decision.CONFIRMED, Decision.UNDECIDED);
        assertThat(r.points()).extracting(PointDecision::note).containsExactly("", "", "");
        assertThat(r.signer()).isEqualTo(MARK);
        assertThat(r.integrity().altered()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.verdict().exitCode()).isEqualTo(3);
    }

    @Test
    void pdfLibPriceCoveredAndRedrawnIsAlteredNamingThePage() {
        SignOffReport r = check(DIR.resolve("2026-0815-r1-pdflib-price-covered.pdf"));

        // The decisions are still read, but the verdict does not rely on them.
        assertDecisions(r, Decision.CONFIRMED, Decision.CONFIRMED, Decision.CONFIRMED);
        assertThat(r.signer()).isEqualTo(MARK);
        assertThat(r.integrity().checked()).isTrue();
        assertThat(r.integrity().altered()).isTrue();
        assertThat(r.integrity().findings()).hasSize(2);
        assertThat(r.integrity().findings().get(0)).startsWith("page 2 (KB-5B, KB-3C): text changed: ").contains("returned \"2.20\"");
        assertThat(r.integrity().findings().get(1)).contains("painted over").contains("on the line of KB-5B");
        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.verdict().exitCode()).isEqualTo(4);
    }

    @Test
    void pdfLibQuantityPaintedOverIsAltered() {
        SignOffReport r = check(DIR.resolve("2026-0815-r1-pdflib-quantity-whiteout.pdf"));

        assertThat(r.integrity().altered()).isTrue();
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).startsWith("page 2").contains("painted over")
                .contains("on the line of KB-5B"));
        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.verdict().exitCode()).isEqualTo(4);
    }

    @Test
    void pdfLibFlattenedFormIsReportedAsNotMachineReadable() {
        SignOffReport r = check(DIR.resolve("2026-0815-r1-pdflib-flattened.pdf"));

        // The form is gone but the attached identity stays: the document is recognised, the
        // ticks drawn into the pages are for a person to read, the typed signer shows as page text.
        assertThat(r.identity().documentId()).isEqualTo("b5ab2a4a9a65137b");
        assertDecisions(r, Decision.NOT_MACHINE_READABLE, Decision.NOT_MACHINE_READABLE, Decision.NOT_MACHINE_READABLE);
        assertThat(r.signer()).isEqualTo(Signer.NONE);
        assertThat(r.integrity()).isEqualTo(new Integrity(true, false, List.of(
                "the form was flattened into the pages; nothing issued was removed or changed",
                "page 3: filled-in text drawn into the page: \"Mark Reynolds Operations Manager 2026-08-20\"")));
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.verdict().exitCode()).isEqualTo(3);
    }

    // ---- PDF filled by pdftk from an FDF ----

    @Test
    void pdftkAllConfirmedIsConfirmed() {
        Path file = DIR.resolve("2026-0815-r1-pdftk-confirmed.pdf");
        assertThat(isIncrementalUpdateOfIssued(file)).as("pdftk fill_form rewrites the file").isFalse();

        SignOffReport r = check(file);

        assertDecisions(r, Decision.CONFIRMED, Decision.CONFIRMED, Decision.CONFIRMED);
        assertThat(r.points()).extracting(PointDecision::note).containsExactly("", "", "");
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "Operations Manager", "2026-08-21"));
        assertThat(r.integrity()).isEqualTo(new Integrity(true, false, List.of(REWRITTEN)));
        assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(r.verdict().exitCode()).isZero();
    }

    @Test
    void pdftkChangeWithAUnicodeNoteAndOnePointUndecidedIsChangesRequested() {
        SignOffReport r = check(DIR.resolve("2026-0815-r1-pdftk-change.pdf"));

        assertDecisions(r, Decision.CONFIRMED, Decision.CHANGE_REQUESTED, Decision.UNDECIDED);
        // the FDF gives the note as UTF-16 (an en dash is not in PDFDocEncoding's ASCII part)
        assertThat(r.points()).extracting(PointDecision::note).containsExactly("", "Plain kraft \u2013 no white dots, as on PO line 1", "");
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "", ""));
        assertThat(r.integrity()).isEqualTo(new Integrity(true, false, List.of(REWRITTEN)));
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
        assertThat(r.verdict().exitCode()).isEqualTo(3);
    }

    // ---- XLSX edited and saved by LibreOffice Calc ----

    @Test
    void theWorkbooksWereSavedByLibreOffice() throws IOException {
        for (String name : List.of("confirmed", "change", "quantity-edited", "recalculated")) {
            try (XSSFWorkbook wb = workbook(DIR.resolve("2026-0815-r1-libreoffice-" + name + ".xlsx"))) {
                assertThat(wb.getProperties().getExtendedProperties().getApplication()).as(name).startsWith("LibreOffice/7.4");
            }
        }
    }

    @Test
    void libreOfficeAllConfirmedIsConfirmedWithTheTypedDateReadAsADate() throws IOException {
        Path file = DIR.resolve("2026-0815-r1-libreoffice-confirmed.xlsx");
        try (XSSFWorkbook wb = workbook(file)) {
            // Calc turned the typed "2026-08-22" into a date serial number; the reader must give it back as typed.
            Cell date = wb.getSheet("PI").getRow(53).getCell(2);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        }

        SignOffReport r = check(file);

        assertDecisions(r, Decision.CONFIRMED, Decision.CONFIRMED, Decision.CONFIRMED);
        assertThat(r.points()).extracting(PointDecision::note).containsExactly("", "", "");
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "Operations Manager", "2026-08-22"));
        assertThat(r.integrity()).isEqualTo(new Integrity(true, false, List.of(CELLS_AS_ISSUED)));
        assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(r.verdict().exitCode()).isZero();
    }

    @Test
    void libreOfficeOneChangeNeededIsChangesRequested() {
        SignOffReport r = check(DIR.resolve("2026-0815-r1-libreoffice-change.xlsx"));

        assertDecisions(r, Decision.CONFIRMED, Decision.CHANGE_REQUESTED, Decision.CONFIRMED);
        assertThat(r.points()).extracting(PointDecision::note)
                .containsExactly("", "White dots are wrong: we need plain kraft like 100234", "");
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "Operations Manager", ""));
        assertThat(r.integrity()).isEqualTo(new Integrity(true, false, List.of(CELLS_AS_ISSUED)));
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
        assertThat(r.verdict().exitCode()).isEqualTo(3);
    }

    @Test
    void libreOfficeQuantityEditedWithProtectionRemovedIsAltered() throws IOException {
        Path file = DIR.resolve("2026-0815-r1-libreoffice-quantity-edited.xlsx");
        try (XSSFWorkbook wb = workbook(file)) {
            assertThat(wb.getSheet("PI").getProtect()).as("sheet protection removed in Calc").isFalse();
        }

        SignOffReport r = check(file);

        assertDecisions(r, Decision.CONFIRMED, Decision.CONFIRMED, Decision.CONFIRMED);
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "Operations Manager", "2026-08-22"));
        // Only the typed quantity is named: the amount and totals Calc recalculated are formulas, compared by their text.
        assertThat(r.integrity()).isEqualTo(new Integrity(true, true, List.of("PI!I26 (KB-5B): issued \"1200\" \u2192 returned \"2400\"")));
        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.verdict().exitCode()).isEqualTo(4);
    }

    /** Without the issued workbook the row hashes recorded at issue must survive Calc's save, and still catch the edit. */
    @Test
    void libreOfficeReturnsCheckedWithoutTheIssuedWorkbookUseTheCellHashes(@org.junit.jupiter.api.io.TempDir Path alone) throws IOException {
        Path change = Files.copy(DIR.resolve("2026-0815-r1-libreoffice-change.xlsx"), alone.resolve("change.xlsx"));
        Path recalculated = Files.copy(DIR.resolve("2026-0815-r1-libreoffice-recalculated.xlsx"), alone.resolve("recalculated.xlsx"));
        Path edited = Files.copy(DIR.resolve("2026-0815-r1-libreoffice-quantity-edited.xlsx"), alone.resolve("edited.xlsx"));

        assertThat(Countersign.check(change, Optional.empty()).integrity()).extracting(Integrity::checked, Integrity::altered)
                .containsExactly(true, false);
        assertThat(Countersign.check(recalculated, Optional.empty()).integrity()).extracting(Integrity::checked, Integrity::altered)
                .containsExactly(true, false);
        SignOffReport r = Countersign.check(edited, Optional.empty());
        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.integrity().findings()).first().asString().startsWith("KB-5B (row 26)");
    }

    @Test
    void libreOfficeRecalculatedUntouchedWorkbookIsIncompleteAndIntact() {
        SignOffReport r = check(DIR.resolve("2026-0815-r1-libreoffice-recalculated.xlsx"));

        assertDecisions(r, Decision.UNDECIDED, Decision.UNDECIDED, Decision.UNDECIDED);
        assertThat(r.signer()).isEqualTo(Signer.NONE);
        assertThat(r.integrity()).isEqualTo(new Integrity(true, false, List.of(CELLS_AS_ISSUED)));
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    /**
     * The amounts and the total LibreOffice computed (the fixture was made from the issued workbook
     * with every cached formula result removed, then hard-recalculated in Calc) are the ones the
     * issued PDF prints, and the ones {@link Money#line} gives for the sheet's quantity and price.
     * The cached results are read as stored; nothing is evaluated here.
     */
    @Test
    void theWorkbookRecalculatedByLibreOfficeGivesThePdfsAmountsAndTotal() throws IOException {
        Printed printed = printedAmounts();
        assertThat(printed.lines()).containsOnlyKeys("100234", "100235", "100236");

        try (XSSFWorkbook wb = workbook(DIR.resolve("2026-0815-r1-libreoffice-recalculated.xlsx"))) {
            Sheet pi = wb.getSheet("PI");
            String[] buyerCodes = {"100234", "100235", "100236"};
            for (int i = 0; i < 3; i++) {
                var row = pi.getRow(24 + i);
                Cell amount = row.getCell(11);
                assertThat(amount.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(amount.getCellFormula()).isEqualTo("ROUND(I" + (25 + i) + "*K" + (25 + i) + ",2)");
                assertThat(amount.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
                BigDecimal cached = BigDecimal.valueOf(amount.getNumericCellValue());
                assertThat(cached).as("L%d", 25 + i).isEqualByComparingTo(printed.lines().get(buyerCodes[i]));
                Money model = Money.line(BigDecimal.valueOf(row.getCell(8).getNumericCellValue()),
                        BigDecimal.valueOf(row.getCell(10).getNumericCellValue()), "USD");
                assertThat(cached).isEqualByComparingTo(model.amount());
            }
            Cell total = pi.getRow(29).getCell(11);
            assertThat(total.getCellFormula()).isEqualTo("SUM(L25:L27)");
            assertThat(total.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(total.getNumericCellValue())).isEqualByComparingTo(printed.total());
        }
    }

    // ---- helpers ----

    /** Amounts printed on the issued PDF's item lines (by buyer code) and its total amount, as text extraction gives them. */
    private record Printed(Map<String, BigDecimal> lines, BigDecimal total) {
    }

    private static Printed printedAmounts() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(ISSUED_PDF.toFile())) {
            text = PdfText.of(doc);
        }
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        Matcher line = Pattern.compile("([\\d,]+\\.\\d{2}) Is your (\\d+) our style").matcher(text);
        while (line.find()) {
            lines.put(line.group(2), number(line.group(1)));
        }
        Matcher total = Pattern.compile("Total amount USD ([\\d,]+\\.\\d{2})").matcher(text);
        assertThat(total.find()).as("total amount printed").isTrue();
        return new Printed(lines, number(total.group(1)));
    }

    private static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }

    private static void assertDecisions(SignOffReport r, Decision... expected) {
        assertThat(r.points()).extracting(p -> p.point().id()).containsExactlyElementsOf(POINTS);
        assertThat(r.points()).extracting(PointDecision::decision).containsExactly(expected);
    }

    private static SignOffReport check(Path file) {
        return Countersign.check(file, Optional.of(issuedFor(file.getFileName().toString())));
    }

    private static Path issuedFor(String fixture) {
        return fixture.endsWith(".xlsx") ? ISSUED_XLSX : ISSUED_PDF;
    }

    private static boolean isIncrementalUpdateOfIssued(Path file) {
        try {
            byte[] issued = Files.readAllBytes(ISSUED_PDF);
            byte[] returned = Files.readAllBytes(file);
            return returned.length > issued.length && Arrays.equals(issued, 0, issued.length, returned, 0, issued.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook workbook(Path file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static Path fixtureDir() {
        try {
            return Path.of(ForeignToolReturnsTest.class.getResource("foreign/2026-0815-r1.pdf").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
