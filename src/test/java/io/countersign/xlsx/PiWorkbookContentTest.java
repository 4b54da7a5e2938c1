package io.countersign.xlsx;

import static io.countersign.xlsx.WrittenWorkbook.itemRows;
import static io.countersign.xlsx.WrittenWorkbook.piSheet;
import static io.countersign.xlsx.WrittenWorkbook.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.pi.PiView;
import io.countersign.pi.PreparedPi;
import io.countersign.testing.InputYaml;
import io.countersign.testing.RenderedPi;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PI sheet shows what the PDF shows: the same header facts, one row per style, the same findings and look-alike sentences. */
class PiWorkbookContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml"})
    void headerHasThePartiesAndEveryFactOfThePdf(String sample) throws Exception {
        WrittenWorkbook written = WrittenWorkbook.sample(sample);
        PiView pdf = PreparedPi.of(written.pi(), written.writtenWith()).view();
        JsonNode yaml = InputYaml.read(RenderedPi.SAMPLES.resolve(sample)).root();
        try (XSSFWorkbook wb = written.open()) {
            List<String> texts = texts(piSheet(wb));

            assertThat(texts).contains(pdf.title(), yaml.at("/seller/name").asText(), yaml.at("/buyer/name").asText(),
                    yaml.get("number").asText(), yaml.get("buyerPo").asText(), yaml.get("paymentTerms").asText());
            for (PiView.Fact f : pdf.facts()) {
                // label and value side by side on one row, as in the PDF's fact table
                Row row = rowOf(piSheet(wb), f.label());
                assertThat(row).as(f.label()).isNotNull();
                assertThat(rowTexts(row)).as(f.label()).contains(f.value());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void everyStyleHasItsOwnRowWithCodesAndGtinAsText(String sample) throws Exception {
        WrittenWorkbook written = WrittenWorkbook.sample(sample);
        InputYaml yaml = InputYaml.read(RenderedPi.SAMPLES.resolve(sample));
        try (XSSFWorkbook wb = written.open()) {
            XSSFSheet sheet = piSheet(wb);
            List<Integer> rows = itemRows(wb);
            assertThat(rows).hasSize(yaml.styles().size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(rows.get(i));
                assertThat(row.getCell(PiLayout.NO).getNumericCellValue()).isEqualTo(i + 1);
                // codes and GTINs are text: a number would lose the GTIN's leading zero and print 1.00234E+5 for long codes
                assertThat(stringOf(row.getCell(PiLayout.BUYER_CODE))).isEqualTo(yaml.buyerCodes().get(i));
                assertThat(stringOf(row.getCell(PiLayout.STYLE_ID))).isEqualTo(yaml.styleIds().get(i));
                assertThat(stringOf(row.getCell(PiLayout.GTIN))).isEqualTo(yaml.gtins().get(i));
                assertThat(stringOf(row.getCell(PiLayout.POINT_ID))).isEqualTo(written.rendering().identity().points().get(i).id());
            }
            assertThat(sheet.isColumnHidden(PiLayout.POINT_ID)).isTrue();
        }
    }

    @Test
    void keepsTheLeadingZeroOfAUpcA() throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample("paper-boxes.yaml").open()) {
            XSSFCell gtin = piSheet(wb).getRow(itemRows(wb).get(0)).getCell(PiLayout.GTIN);

            assertThat(gtin.getStringCellValue()).isEqualTo("084631001018");
            assertThat(gtin.getCellStyle().getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void descriptionListsNameAndAttributesAsThePdfDoes() throws Exception {
        WrittenWorkbook written = WrittenWorkbook.sample("paper-boxes.yaml");
        try (XSSFWorkbook wb = written.open()) {
            String description = piSheet(wb).getRow(itemRows(wb).get(1)).getCell(PiLayout.DESCRIPTION).getStringCellValue();

            assertThat(description.split("\n")).startsWith("Nested kraft box", "set: 5 pcs").contains("print: white dots");
        }
    }

    @Test
    void poFindingsAreListedAboveTheItemsLikeThePdf() throws Exception {
        WrittenWorkbook written = WrittenWorkbook.sample("paper-boxes.yaml");
        PiView pdf = PreparedPi.of(written.pi(), written.writtenWith()).view();
        try (XSSFWorkbook wb = written.open()) {
            XSSFSheet sheet = piSheet(wb);
            int header = itemRows(wb).get(0) - 1;
            assertThat(pdf.findings()).isNotEmpty();
            for (String finding : pdf.findings()) {
                XSSFCell cell = cellWith(sheet, "• " + finding);
                assertThat(cell.getRowIndex()).as(finding).isLessThan(header);
                assertThat(fill(cell)).isEqualTo("FFFFF1E0");
            }
        }
    }

    @Test
    void lookAlikeDifferencesAreHighlightedOnTheirRows() throws Exception {
        // the case countersign is built around: KB-5A and KB-5B differ only in the print
        WrittenWorkbook written = WrittenWorkbook.sample("paper-boxes.yaml");
        PiView pdf = PreparedPi.of(written.pi(), written.writtenWith()).view();
        try (XSSFWorkbook wb = written.open()) {
            Row kb5b = piSheet(wb).getRow(itemRows(wb).get(1));
            XSSFCell check = (XSSFCell) kb5b.getCell(PiLayout.CHECK);

            assertThat(check.getStringCellValue().split("\n")).contains("print: white dots")
                    .contains("Look-alike: KB-5A and KB-5B differ only in: print (none vs white dots)")
                    .containsAll(pdf.lines().get(1).lookAlikeNotes());
            assertThat(fill(check)).isEqualTo("FFFFD84D");
            assertThat(fill((XSSFCell) kb5b.getCell(PiLayout.DESCRIPTION))).isEqualTo("FFFFFBE6");
        }
    }

    @Test
    void aStyleWithoutLookAlikeOrFindingIsNotHighlighted() throws Exception {
        // the GB-11/GB-12 style family aside, most of the sixty styles have nothing to check
        WrittenWorkbook written = WrittenWorkbook.sample("sixty-styles.yaml");
        PiView pdf = PreparedPi.of(written.pi(), written.writtenWith()).view();
        try (XSSFWorkbook wb = written.open()) {
            int plain = 0;
            for (int i = 0; i < pdf.lines().size(); i++) {
                PiView.Line line = pdf.lines().get(i);
                if (!line.lookAlike() && line.findingNotes().isEmpty()) {
                    XSSFCell check = piSheet(wb).getRow(itemRows(wb).get(i)).getCell(PiLayout.CHECK);
                    assertThat(check.getStringCellValue()).as(line.styleId()).isEmpty();
                    assertThat(fill(check)).as(line.styleId()).isEmpty();
                    plain++;
                }
            }
            assertThat(plain).isPositive();
        }
    }

    @Test
    void germanSampleSpeaksGerman() throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample("mail-order-boxes.yaml").open()) {
            XSSFSheet sheet = piSheet(wb);
            Row header = sheet.getRow(itemRows(wb).get(0) - 1);

            assertThat(rowTexts(header)).contains("Ihre Artikelnummer", "Unser Modell", "Ihre Entscheidung zur Zeile",
                    "Was muss geändert werden:");
            assertThat(texts(sheet)).contains("PROFORMARECHNUNG", "Gegenzeichnung des Käufers");
            assertThat(sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("Bestätigen", "Änderung nötig");
        }
    }

    static Row rowOf(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            if (rowTexts(row).contains(text)) {
                return row;
            }
        }
        return null;
    }

    static XSSFCell cellWith(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (var c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return (XSSFCell) c;
                }
            }
        }
        throw new AssertionError("no cell says: " + text);
    }

    static List<String> rowTexts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(c -> {
            if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                texts.add(c.getStringCellValue());
            }
        });
        return texts;
    }

    static String stringOf(org.apache.poi.ss.usermodel.Cell cell) {
        assertThat(cell.getCellType()).as(cell.getAddress() + " type").isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    static String fill(XSSFCell cell) {
        var color = cell.getCellStyle().getFillForegroundColorColor();
        return color == null ? "" : color.getARGBHex();
    }
}
