package io.countersign.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.labels.SheetKind;
import io.countersign.testing.Buyer;
import io.countersign.testing.TestSkus;
import io.countersign.xlsx.LabelIndexLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A returned index workbook read by {@code check} exactly like a returned Excel PI: one decision
 * per SKU × element, the signer, and integrity with and without the issued index.
 */
class IndexReturnTest {
    private static byte[] issued;

    @TempDir
    Path dir;

    @BeforeAll
    static void issue() {
        issued = TestSkus.write(SheetKind.STICKER, 3, false);
    }

    @Test
    void readsTheDecisionAndNoteOfEverySkuElement() throws Exception {
        Path returned = returned("answered", wb -> {
            Buyer.cells(wb).keySet().forEach(id -> Buyer.decide(wb, id, "Confirm"));
            Buyer.decide(wb, "KB-2_barcode", "Change needed");
            Buyer.note(wb, "KB-2_barcode", "GTIN must end in 7");
            Buyer.decide(wb, "KB-3_size", "");
            Buyer.sign(wb, "Mark Reynolds", "Operations Manager");
        });

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        Map<String, Decision> decisions = r.points().stream().collect(Collectors.toMap(p -> p.point().id(), PointDecision::decision));
        assertThat(r.identity().kind()).isEqualTo("sticker-index");
        assertThat(r.points()).hasSize(9);
        assertThat(decisions).containsEntry("KB-1_text", Decision.CONFIRMED).containsEntry("KB-2_barcode", Decision.CHANGE_REQUESTED)
                .containsEntry("KB-3_size", Decision.UNDECIDED).containsEntry("KB-3_barcode", Decision.CONFIRMED);
        assertThat(r.points()).filteredOn(p -> p.point().id().equals("KB-2_barcode")).singleElement()
                .satisfies(p -> assertThat(p.note()).isEqualTo("GTIN must end in 7"));
        assertThat(r.signer().name()).isEqualTo("Mark Reynolds");
        assertThat(r.integrity().checked()).isTrue();
        assertThat(r.integrity().altered()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
    }

    @Test
    void pointsAreTheSheetsPointsSoTheirHashesMatchTheSheets() throws Exception {
        SignOffReport r = ReturnReader.read(returned("untouched", wb -> { }), Optional.empty());

        List<SignOffPoint> expected = java.util.stream.IntStream.rangeClosed(1, 3)
                .mapToObj(n -> TestSkus.sheetIdentity(TestSkus.sku(n), SheetKind.STICKER).points()).flatMap(List::stream).toList();
        assertThat(r.points()).extracting(PointDecision::point).containsExactlyElementsOf(expected);
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void everyRowConfirmedIsConfirmedAlsoWithoutTheIssuedIndex() throws Exception {
        Consumer<XSSFWorkbook> all = wb -> Buyer.cells(wb).keySet().forEach(id -> Buyer.decide(wb, id, "Confirm"));

        for (Path returned : List.of(returned("confirmed", all), returnedAlone("confirmed", all))) {
            SignOffReport r = ReturnReader.read(returned, Optional.empty());
            assertThat(r.verdict()).as(returned.toString()).isEqualTo(Verdict.CONFIRMED);
            assertThat(r.integrity().checked()).isTrue();
        }
    }

    @Test
    void anEditedGtinWithProtectionRemovedIsAnAlterationWithAndWithoutTheIssuedIndex() throws Exception {
        Consumer<XSSFWorkbook> edit = wb -> {
            XSSFSheet sheet = wb.getSheet(LabelIndexLayout.SHEET);
            sheet.disableLocking();
            int row = new CellReference(Buyer.cells(wb).get("KB-2_barcode")[0]).getRow();
            Buyer.type(wb, new CellReference(LabelIndexLayout.SHEET, row, LabelIndexLayout.CHECK, false, false).formatAsString(),
                    "UPC-A 061414100027");
            Buyer.cells(wb).keySet().forEach(id -> Buyer.decide(wb, id, "Confirm"));
        };

        SignOffReport withIssued = ReturnReader.read(returned("edited", edit), Optional.empty());
        SignOffReport alone = ReturnReader.read(returnedAlone("edited", edit), Optional.empty());

        assertThat(withIssued.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(withIssued.verdict().exitCode()).isEqualTo(4);
        assertThat(withIssued.integrity().findings()).anySatisfy(f -> assertThat(f).contains("(KB-2_barcode)")
                .contains("UPC-A " + TestSkus.sku(2).gtin().digits()).contains("061414100027"));
        assertThat(alone.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(alone.integrity().findings()).anySatisfy(f -> assertThat(f).startsWith("KB-2_barcode").contains("differ"));
        assertThat(alone.integrity().findings()).noneSatisfy(f -> assertThat(f).startsWith("KB-2_text"));
    }

    @Test
    void anEditedInstructionOutsideTheRowsIsCaughtWithoutTheIssuedIndex() throws Exception {
        Path returned = returnedAlone("instruction", wb -> {
            XSSFSheet sheet = wb.getSheet(LabelIndexLayout.SHEET);
            sheet.disableLocking();
            Row instruction = sheet.getRow(1);
            Buyer.type(wb, new CellReference(LabelIndexLayout.SHEET, instruction.getRowNum(), 0, false, false).formatAsString(),
                    "Signing this index confirms every SKU.");
        });

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).contains("outside"));
    }

    /** A return next to the issued index (found by its name), as the supplier keeps them. */
    private Path returned(String suffix, Consumer<XSSFWorkbook> edit) throws Exception {
        Files.write(dir.resolve("LB-2026-0815-r1.xlsx"), issued);
        return Buyer.answer(issued, dir.resolve("LB-2026-0815-r1-" + suffix + ".xlsx"), edit);
    }

    /** A return in a folder of its own: integrity from the hashes recorded in it. */
    private Path returnedAlone(String suffix, Consumer<XSSFWorkbook> edit) throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        return Buyer.answer(issued, alone.resolve("LB-2026-0815-r1-" + suffix + ".xlsx"), edit);
    }
}
