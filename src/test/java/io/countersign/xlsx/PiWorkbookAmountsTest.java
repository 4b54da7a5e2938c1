package io.countersign.xlsx;

import static io.countersign.xlsx.TestPis.style;
import static io.countersign.xlsx.WrittenWorkbook.itemRows;
import static io.countersign.xlsx.WrittenWorkbook.piSheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.core.Money;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Amounts are formulas that a spreadsheet recalculates to exactly the PDF's numbers: each line
 * quantity × price rounded half-up to the currency's minor unit (Money.line), the total the sum
 * of the rounded lines (Money.sum).
 */
class PiWorkbookAmountsTest {

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void recalculatedFormulasEqualThePdfAmounts(String sample) throws Exception {
        assertRecalculatesToThePdfAmounts(WrittenWorkbook.sample(sample));
    }

    @Test
    void halfCentsRoundUpLikeThePdf() throws Exception {
        // 3 × 0.835 = 2.505 is 2.5049999… in binary floating point; Money rounds the exact decimal up to 2.51
        List<Style> styles = List.of(style(1, "3", "0.835"), style(2, "7", "0.125"), style(3, "1", "0.005"), style(4, "1001", "1.0049"));
        WrittenWorkbook written = WrittenWorkbook.write(TestPis.with("USD", styles), WrittenWorkbook.options());

        assertThat(amounts(written, false)).containsExactly(2.51, 0.88, 0.01, 1005.90);
        assertRecalculatesToThePdfAmounts(written);
    }

    @Test
    void currenciesWithoutOrWithThreeDecimalsRoundToTheirMinorUnit() throws Exception {
        ProformaInvoice yen = TestPis.with("JPY", List.of(style(1, "3", "250.5"), style(2, "2", "99")));
        ProformaInvoice dinar = TestPis.with("KWD", List.of(style(1, "3", "0.3335"), style(2, "2", "1.25")));

        assertRecalculatesToThePdfAmounts(WrittenWorkbook.write(yen, WrittenWorkbook.options()));
        assertRecalculatesToThePdfAmounts(WrittenWorkbook.write(dinar, WrittenWorkbook.options()));
        try (XSSFWorkbook wb = WrittenWorkbook.write(yen, WrittenWorkbook.options()).open()) {
            XSSFCell amount = piSheet(wb).getRow(itemRows(wb).get(0)).getCell(PiLayout.AMOUNT);
            assertThat(amount.getCellFormula()).endsWith(",0)");
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
        try (XSSFWorkbook wb = WrittenWorkbook.write(dinar, WrittenWorkbook.options()).open()) {
            XSSFCell amount = piSheet(wb).getRow(itemRows(wb).get(0)).getCell(PiLayout.AMOUNT);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
            // a price with more decimals than the currency shows them all, so price × quantity adds up on screen
            XSSFCell price = piSheet(wb).getRow(itemRows(wb).get(0)).getCell(PiLayout.UNIT_PRICE);
            assertThat(price.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000#");
        }
    }

    @Test
    void amountsAreRoundedProductsOfTheRowsCells() throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample("paper-boxes.yaml").open()) {
            XSSFSheet sheet = piSheet(wb);
            List<Integer> rows = itemRows(wb);
            int r = rows.get(0) + 1;
            assertThat(sheet.getRow(rows.get(0)).getCell(PiLayout.AMOUNT).getCellFormula()).isEqualTo("ROUND(I" + r + "*K" + r + ",2)");
            assertThat(sheet.getRow(rows.get(0)).getCell(PiLayout.UNIT_PRICE).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(totalCell(sheet, rows).getCellFormula())
                    .isEqualTo("SUM(L" + (rows.get(0) + 1) + ":L" + (rows.get(rows.size() - 1) + 1) + ")");
        }
    }

    @Test
    void totalQuantityIsSummedPerUnit() throws Exception {
        List<Style> styles = List.of(style(1, "100", "sets", "1.00", List.of()), style(2, "2.5", "kg", "3.00", List.of()),
                style(3, "50", "sets", "1.00", List.of()));
        WrittenWorkbook written = WrittenWorkbook.write(TestPis.with("USD", styles), WrittenWorkbook.options());
        try (XSSFWorkbook wb = written.open()) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            XSSFSheet sheet = piSheet(wb);
            int after = itemRows(wb).get(2) + 1;
            List<String> totals = new ArrayList<>();
            for (int r = after; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(PiLayout.QUANTITY) != null && row.getCell(PiLayout.QUANTITY).getCellType() == CellType.FORMULA) {
                    totals.add(BigDecimal.valueOf(row.getCell(PiLayout.QUANTITY).getNumericCellValue()).stripTrailingZeros().toPlainString()
                            + " " + row.getCell(PiLayout.UNIT).getStringCellValue());
                }
            }
            assertThat(totals).containsExactly("150 sets", "2.5 kg");
        }
    }

    /** Both the cached values (what a viewer shows without recalculating) and POI's recalculation equal Money's amounts. */
    private static void assertRecalculatesToThePdfAmounts(WrittenWorkbook written) throws Exception {
        ProformaInvoice pi = written.pi();
        List<Money> expected = pi.styles().stream().map(s -> Money.line(s.quantity(), s.unitPrice(), pi.currency())).toList();
        List<Double> lines = expected.stream().map(m -> m.amount().doubleValue()).toList();
        double total = Money.sum(expected, pi.currency()).amount().doubleValue();

        assertThat(amounts(written, false)).as("cached").containsExactlyElementsOf(lines);
        assertThat(amounts(written, true)).as("recalculated").containsExactlyElementsOf(lines);
        try (XSSFWorkbook wb = written.open()) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(totalCell(piSheet(wb), itemRows(wb)).getNumericCellValue()).as("total").isEqualTo(total);
        }
    }

    private static List<Double> amounts(WrittenWorkbook written, boolean recalculate) throws Exception {
        try (XSSFWorkbook wb = written.open()) {
            if (recalculate) {
                // overwrite every cached value with POI's own evaluation of the formulas
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            }
            XSSFSheet sheet = piSheet(wb);
            return itemRows(wb).stream().map(r -> sheet.getRow(r).getCell(PiLayout.AMOUNT)).map(XSSFCell::getNumericCellValue).toList();
        }
    }

    /** The amount cell of the first row below the items that has a formula there: the total. */
    private static XSSFCell totalCell(XSSFSheet sheet, List<Integer> rows) {
        for (int r = rows.get(rows.size() - 1) + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(PiLayout.AMOUNT) != null && row.getCell(PiLayout.AMOUNT).getCellType() == CellType.FORMULA) {
                return (XSSFCell) row.getCell(PiLayout.AMOUNT);
            }
        }
        throw new AssertionError("no total below the items");
    }
}
