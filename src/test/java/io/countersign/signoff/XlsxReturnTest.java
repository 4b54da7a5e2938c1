package io.countersign.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.pi.ProformaInvoice;
import io.countersign.testing.RenderedPi;
import io.countersign.xlsx.PiLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel PIs edited as a buyer would (through POI): decisions chosen, notes typed, and a quantity changed with protection removed. */
class XlsxReturnTest {
    private static byte[] issued;

    @TempDir
    Path dir;

    @BeforeAll
    static void issue() throws Exception {
        ProformaInvoice pi = Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Countersign.pi(pi).withIssuedAt(RenderedPi.ISSUED_AT).toXlsx(out);
        issued = out.toByteArray();
    }

    @Test
    void readerAndWriterAgreeOnTheHiddenSheet() {
        // The reader cannot import the writer (package cycle), so the names are kept in step here.
        assertThat(XlsxReturn.IDENTITY_SHEET).isEqualTo(PiLayout.IDENTITY_SHEET);
        assertThat(XlsxReturn.POINTS_HEADER).isEqualTo(PiLayout.POINTS_HEADER);
    }

    @Test
    void readsDecisionsNotesAndTheSignerAsTheBuyerEnteredThem() throws Exception {
        Path returned = returned("signed", wb -> {
            cell(wb, decisionCell(wb, 0)).setCellValue("Confirm");
            cell(wb, decisionCell(wb, 1)).setCellValue("Change needed");
            cell(wb, noteCell(wb, 1)).setCellValue("We ordered plain print");
            cell(wb, identityValue(wb, "signer.name")).setCellValue("Mark Reynolds");
        });

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.points()).extracting(PointDecision::decision)
                .containsExactly(Decision.CONFIRMED, Decision.CHANGE_REQUESTED, Decision.UNDECIDED);
        assertThat(r.points().get(1).note()).isEqualTo("We ordered plain print");
        assertThat(r.signer().name()).isEqualTo("Mark Reynolds");
        assertThat(r.integrity().checked()).isTrue();
        assertThat(r.integrity().altered()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
    }

    @Test
    void aQuantityEditedWithProtectionRemovedIsAnAlteration() throws Exception {
        Path returned = returned("edited", wb -> {
            Sheet sheet = wb.getSheet(PiLayout.SHEET);
            ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).disableLocking();
            int row = new CellReference(decisionCell(wb, 0)).getRow();
            sheet.getRow(row).getCell(PiLayout.QUANTITY).setCellValue(1000);
            for (int i = 0; i < 3; i++) {
                cell(wb, decisionCell(wb, i)).setCellValue("Confirm");
            }
        });

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).contains("KB-5A").contains("1200").contains("1000"));
    }

    @Test
    void withoutTheIssuedWorkbookAnUntouchedReturnMatchesTheHashesRecordedAtIssue() throws Exception {
        Path returned = returnedAlone("signed", wb -> {
            for (int i = 0; i < 3; i++) {
                cell(wb, decisionCell(wb, i)).setCellValue("Confirm");
            }
            cell(wb, noteCell(wb, 2)).setCellValue("fine");
            cell(wb, identityValue(wb, "signer.name")).setCellValue("Mark Reynolds");
        });

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.integrity().checked()).isTrue();
        assertThat(r.integrity().altered()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void withoutTheIssuedWorkbookAnEditedQuantityIsCaughtByTheRowHashAndNamesTheStyle() throws Exception {
        Path returned = returnedAlone("edited", wb -> {
            Sheet sheet = wb.getSheet(PiLayout.SHEET);
            ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).disableLocking();
            int row = new CellReference(decisionCell(wb, 1)).getRow();
            sheet.getRow(row).getCell(PiLayout.QUANTITY).setCellValue(1000);
            for (int i = 0; i < 3; i++) {
                cell(wb, decisionCell(wb, i)).setCellValue("Confirm");
            }
        });

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).startsWith("KB-5B").contains("differ"));
        assertThat(r.integrity().findings()).noneSatisfy(f -> assertThat(f).startsWith("KB-5A"));
    }

    @Test
    void withoutTheIssuedWorkbookAChangedTermOutsideTheStylesIsCaught() throws Exception {
        Path returned = returnedAlone("terms", wb -> {
            Sheet sheet = wb.getSheet(PiLayout.SHEET);
            java.util.List<org.apache.poi.ss.usermodel.Cell> terms = new java.util.ArrayList<>();
            sheet.forEach(row -> row.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().startsWith("FOB")) {
                    terms.add(c);
                }
            }));
            assertThat(terms).hasSize(1);
            // A new cell, as Excel and LibreOffice write it: POI keeps the old text of an inline string it sets again.
            var row = terms.get(0).getRow();
            int column = terms.get(0).getColumnIndex();
            row.removeCell(terms.get(0));
            row.createCell(column).setCellValue("EXW Shenzhen");
        });

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).contains("outside the styles' rows"));
    }

    @Test
    void aDecisionPointedAtAnotherStylesCellInTheHiddenSheetIsAnAlteration() throws Exception {
        Consumer<XSSFWorkbook> tamper = wb -> {
            String first = decisionCell(wb, 0);
            cell(wb, first).setCellValue("Confirm");
            cell(wb, decisionCell(wb, 1)).setCellValue("Confirm");
            var row = pointRow(wb, 2);
            row.removeCell(row.getCell(4)); // POI keeps the old text of an inline string it sets again
            row.createCell(4).setCellValue(first);
        };

        SignOffReport alone = ReturnReader.read(returnedAlone("tampered", tamper), Optional.empty());
        SignOffReport withIssued = ReturnReader.read(returned("tampered", tamper), Optional.empty());

        for (SignOffReport r : java.util.List.of(alone, withIssued)) {
            assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
            assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).contains("KB-3C's cell").contains("not on its own row"));
        }
    }

    /** A return in a folder of its own, so the issued workbook is not found next to it. */
    private Path returnedAlone(String suffix, Consumer<XSSFWorkbook> edit) throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Path out = alone.resolve("2026-0815-r1-" + suffix + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(issued)); OutputStream os = Files.newOutputStream(out)) {
            edit.accept(wb);
            wb.write(os);
        }
        return out;
    }

    private Path returned(String suffix, Consumer<XSSFWorkbook> edit) throws Exception {
        Files.write(dir.resolve("2026-0815-r1.xlsx"), issued);
        Path out = dir.resolve("2026-0815-r1-" + suffix + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(issued)); OutputStream os = Files.newOutputStream(out)) {
            edit.accept(wb);
            wb.write(os);
        }
        return out;
    }

    private static String decisionCell(XSSFWorkbook wb, int point) {
        return pointRow(wb, point).getCell(4).getStringCellValue();
    }

    private static String noteCell(XSSFWorkbook wb, int point) {
        return pointRow(wb, point).getCell(5).getStringCellValue();
    }

    private static org.apache.poi.ss.usermodel.Row pointRow(XSSFWorkbook wb, int point) {
        Sheet id = wb.getSheet(PiLayout.IDENTITY_SHEET);
        for (org.apache.poi.ss.usermodel.Row row : id) {
            if (row.getCell(0) != null && PiLayout.POINTS_HEADER.equals(row.getCell(0).getStringCellValue())) {
                return id.getRow(row.getRowNum() + 1 + point);
            }
        }
        throw new AssertionError("no points in the identity sheet");
    }

    private static String identityValue(XSSFWorkbook wb, String key) {
        for (org.apache.poi.ss.usermodel.Row row : wb.getSheet(PiLayout.IDENTITY_SHEET)) {
            if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no " + key);
    }

    private static org.apache.poi.ss.usermodel.Cell cell(XSSFWorkbook wb, String reference) {
        CellReference ref = new CellReference(reference);
        Sheet sheet = wb.getSheet(ref.getSheetName());
        var row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }
}
