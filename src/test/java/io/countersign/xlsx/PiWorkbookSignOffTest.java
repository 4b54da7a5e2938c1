package io.countersign.xlsx;

import static io.countersign.xlsx.WrittenWorkbook.identityValue;
import static io.countersign.xlsx.WrittenWorkbook.itemRows;
import static io.countersign.xlsx.WrittenWorkbook.piSheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.pi.PiOptions;
import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import io.countersign.testing.RenderedPi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every style is its own decision cell; nothing else can be changed; the identity is the PDF's. */
class PiWorkbookSignOffTest {

    @Test
    void everyDecisionCellOffersConfirmOrChangeNeededOnly() throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample("sixty-styles.yaml").open()) {
            XSSFSheet sheet = piSheet(wb);
            List<Integer> rows = itemRows(wb);
            List<XSSFDataValidation> validations = sheet.getDataValidations();

            assertThat(validations).hasSize(1);
            DataValidation v = validations.get(0);
            assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
            assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("Confirm", "Change needed");
            assertThat(v.getRegions().getCellRangeAddresses())
                    .containsExactly(new CellRangeAddress(rows.get(0), rows.get(rows.size() - 1), PiLayout.DECISION, PiLayout.DECISION));
            // empty is allowed: it is the undecided state, reported as not confirmed
            assertThat(v.getEmptyCellAllowed()).isTrue();
            assertThat(v.getShowErrorBox()).isTrue();
            assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            for (int r : rows) {
                assertThat(sheet.getRow(r).getCell(PiLayout.DECISION).getStringCellValue()).as("row " + (r + 1) + " starts undecided").isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "zh-CN", "zh-TW"})
    void decisionListHasTheDocumentLanguagesLabels(String language) throws Exception {
        // an explicit list is one comma-separated string: a label with a comma would become two choices
        for (boolean bilingual : new boolean[] {false, true}) {
            Messages msg = bilingual ? Messages.of("en", Optional.of(language)) : Messages.of(language, Optional.empty());
            PiOptions options = WrittenWorkbook.options().withLanguage(language).withBilingual(bilingual);
            try (XSSFWorkbook wb = WrittenWorkbook.write(TestPis.paperBoxes(), options).open()) {
                assertThat(piSheet(wb).getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                        .as(language + (bilingual ? " bilingual" : ""))
                        .containsExactly(msg.get("decide.confirm"), msg.get("decide.change"));
                assertThat(identityValue(wb, "decision.confirm").getStringCellValue()).isEqualTo(msg.get("decide.confirm"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml"})
    void onlyDecisionNoteAndSignerCellsAreUnlocked(String sample) throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample(sample).open()) {
            XSSFSheet sheet = piSheet(wb);
            Set<CellAddress> expected = new HashSet<>();
            for (int r : itemRows(wb)) {
                expected.add(new CellAddress(r, PiLayout.DECISION));
                expected.add(new CellAddress(r, PiLayout.NOTE));
            }
            for (String signer : List.of("signer.name", "signer.title", "signer.date")) {
                CellReference ref = new CellReference(identityValue(wb, signer).getStringCellValue());
                assertThat(ref.getSheetName()).isEqualTo(PiLayout.SHEET);
                expected.add(new CellAddress(ref.getRow(), ref.getCol()));
            }
            Set<CellAddress> unlocked = new HashSet<>();
            for (Row row : sheet) {
                for (Cell c : row) {
                    // the other cells of a merged signer cell share its style; only the top-left one counts
                    if (!c.getCellStyle().getLocked() && !insideMergedButNotFirst(sheet, c)) {
                        unlocked.add(c.getAddress());
                    }
                }
            }

            assertThat(unlocked).isEqualTo(expected);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.isObjectsLocked()).as("pictures cannot be moved or deleted").isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).as("no password").isFalse();
            assertThat(wb.isStructureLocked()).as("the identity sheet cannot be unhidden or deleted").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void identityIsThePdfsIdentity(String sample) {
        DocumentIdentity pdf = RenderedPi.sample(sample).rendering().identity();

        assertThat(WrittenWorkbook.sample(sample).rendering().identity()).isEqualTo(pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml"})
    void hiddenSheetCarriesTheIdentityAndMapsEveryPointToItsRow(String sample) throws Exception {
        DocumentIdentity pdf = RenderedPi.sample(sample).rendering().identity();
        try (XSSFWorkbook wb = WrittenWorkbook.sample(sample).open()) {
            XSSFSheet id = wb.getSheet(PiLayout.IDENTITY_SHEET);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(id))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(PiLayout.SHEET))).isEqualTo(SheetVisibility.VISIBLE);
            assertThat(identityValue(wb, "format").getStringCellValue()).isEqualTo(DocumentIdentity.FORMAT);
            assertThat(identityValue(wb, "documentId").getStringCellValue()).isEqualTo(pdf.documentId());
            assertThat(identityValue(wb, "kind").getStringCellValue()).isEqualTo("pi");
            assertThat((int) identityValue(wb, "revision").getNumericCellValue()).isEqualTo(pdf.revision());
            assertThat(identityValue(wb, "title").getStringCellValue()).isEqualTo(pdf.title());
            assertThat(Instant.parse(identityValue(wb, "issuedAt").getStringCellValue())).isEqualTo(RenderedPi.ISSUED_AT);
            assertThat(identityValue(wb, "inputSha256").getStringCellValue()).isEqualTo(pdf.inputSha256());

            List<String> points = new ArrayList<>();
            XSSFSheet pi = piSheet(wb);
            boolean inPoints = false;
            for (Row row : id) {
                if (inPoints) {
                    int r = (int) row.getCell(3).getNumericCellValue() - 1;
                    String pointId = row.getCell(0).getStringCellValue();
                    // the row named there is the style's own row: its hidden point id says so
                    assertThat(pi.getRow(r).getCell(PiLayout.POINT_ID).getStringCellValue()).isEqualTo(pointId);
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("PI!M" + (r + 1));
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("PI!N" + (r + 1));
                    points.add(pointId + " " + row.getCell(1).getStringCellValue() + " " + row.getCell(2).getStringCellValue());
                }
                inPoints |= row.getCell(0).getStringCellValue().equals(PiLayout.POINTS_HEADER);
            }
            assertThat(points).containsExactlyElementsOf(
                    pdf.points().stream().map(p -> p.id() + " " + p.label() + " " + p.sha256()).toList());
            assertThat(pdf.points()).extracting(SignOffPoint::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void packagePropertiesNameTheDocumentLikeThePdf() throws Exception {
        DocumentIdentity pdf = RenderedPi.sample("paper-boxes.yaml").rendering().identity();
        try (XSSFWorkbook wb = WrittenWorkbook.sample("paper-boxes.yaml").open()) {
            var custom = wb.getProperties().getCustomProperties();
            assertThat(custom.getProperty("CountersignDocumentId").getLpwstr()).isEqualTo(pdf.documentId());
            assertThat(custom.getProperty("CountersignRevision").getLpwstr()).isEqualTo("1");
            assertThat(custom.getProperty("CountersignInputSha256").getLpwstr()).isEqualTo(pdf.inputSha256());
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(RenderedPi.ISSUED_AT);
            assertThat(wb.getProperties().getCoreProperties().getModified().toInstant()).isEqualTo(RenderedPi.ISSUED_AT);
        }
    }

    private static boolean insideMergedButNotFirst(XSSFSheet sheet, Cell c) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(c) && (m.getFirstRow() != c.getRowIndex() || m.getFirstColumn() != c.getColumnIndex())) {
                return true;
            }
        }
        return false;
    }
}
