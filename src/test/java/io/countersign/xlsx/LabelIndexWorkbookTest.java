package io.countersign.xlsx;

import static io.countersign.xlsx.LabelIndexLayout.CHECK;
import static io.countersign.xlsx.LabelIndexLayout.DECISION;
import static io.countersign.xlsx.LabelIndexLayout.ELEMENT;
import static io.countersign.xlsx.LabelIndexLayout.NO;
import static io.countersign.xlsx.LabelIndexLayout.NOTE;
import static io.countersign.xlsx.LabelIndexLayout.POINT_ID;
import static io.countersign.xlsx.LabelIndexLayout.SHEET_FILE;
import static io.countersign.xlsx.LabelIndexLayout.SKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.labels.LabelOptions;
import io.countersign.labels.RenderedSheet;
import io.countersign.labels.SheetKind;
import io.countersign.labels.SheetRenderer;
import io.countersign.labels.Sku;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import io.countersign.testing.RenderedPi;
import io.countersign.testing.TestSkus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The index workbook as a buyer opens it: one row per SKU × element, what to check, and only the decisions open to edit. */
class LabelIndexWorkbookTest {

    @Test
    void hasOneRowPerSkuAndElementInElementOrderEachWithItsSheetsPoint() throws IOException {
        try (XSSFWorkbook wb = open(TestSkus.write(SheetKind.CARTON, 3, false))) {
            List<Row> rows = pointRows(wb);

            assertThat(rows).hasSize(3 * 5);
            assertThat(rows).extracting(r -> r.getCell(POINT_ID).getStringCellValue()).startsWith(
                    "KB-1_drawing", "KB-1_mainmark", "KB-1_sidemark", "KB-1_itf14", "KB-1_colours", "KB-2_drawing");
            assertThat(rows).extracting(r -> (int) r.getCell(NO).getNumericCellValue()).containsExactly(1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3);
            assertThat(rows).allSatisfy(r -> assertThat(r.getCell(SHEET_FILE).getStringCellValue())
                    .isEqualTo("cartons/" + r.getCell(SKU).getStringCellValue() + ".pdf"));
            // no gaps: the decision list and the filter cover one block of rows
            assertThat(rows.get(rows.size() - 1).getRowNum() - rows.get(0).getRowNum()).isEqualTo(rows.size() - 1);
        }
    }

    @Test
    void asksWhatEachRenderedSheetShowsInTheSameWords() throws IOException {
        // No line drawing: the test SKUs name drawings that do not exist, and the renderer reads the file.
        Sku sku = TestSkus.sku(1);
        Sku noDrawing = new Sku(sku.row(), sku.sku(), sku.buyerCode(), sku.description(), sku.gtin(), sku.sticker(), sku.picture(),
                sku.pcsPerCarton(), sku.carton(), sku.netWeightKg(), sku.grossWeightKg(), sku.cartonGtin(), sku.marks(),
                java.util.Optional.empty(), sku.colours());
        SheetRenderer renderer = new SheetRenderer("countersign test");
        LabelOptions options = LabelOptions.defaults(RenderedPi.ISSUED_AT);
        for (SheetKind kind : SheetKind.values()) {
            RenderedSheet sheet = renderer.render(noDrawing, kind, options);
            byte[] bytes = TestSkus.write(TestSkus.index(kind, "en", false), List.of(LabelIndexWorkbook.Entry.of(sheet, "KB-1.pdf")));

            try (XSSFWorkbook wb = open(bytes)) {
                List<Row> rows = pointRows(wb);
                assertThat(rows).extracting(r -> r.getCell(CHECK).getStringCellValue()).as(kind.kind())
                        .containsExactlyElementsOf(sheet.shows()).hasSize(kind.elements().size());
                assertThat(pointTable(wb)).extracting(p -> p[0] + " " + p[2]).as(kind.kind()).containsExactlyElementsOf(
                        sheet.identity().points().stream().map(p -> p.id() + " " + p.sha256()).toList());
            }
        }
        assertThat(renderer.render(noDrawing, SheetKind.STICKER, options).shows().get(1)).isEqualTo("UPC-A " + sku.gtin().digits());
    }

    @Test
    void namesTheElementsAsTheSheetsDo() throws IOException {
        try (XSSFWorkbook wb = open(TestSkus.write(SheetKind.CARTON, 1, false))) {
            assertThat(pointRows(wb)).extracting(r -> r.getCell(ELEMENT).getStringCellValue())
                    .containsExactly("Line drawing", "Main mark", "Side mark", "Carton barcode (ITF-14)", "Print colours");
        }
    }

    @Test
    void namesElementsInTheDocumentLanguage() throws IOException {
        byte[] bytes = TestSkus.write(TestSkus.index(SheetKind.STICKER, "de", false), TestSkus.list(1, SheetKind.STICKER));
        try (XSSFWorkbook wb = open(bytes)) {
            assertThat(pointRows(wb)).extracting(r -> r.getCell(ELEMENT).getStringCellValue())
                    .containsExactly("Etikettentext", "Strichcode-Nummer", "Größe und Anordnung");
            assertThat(identityValue(wb, "decision.confirm")).isEqualTo("Bestätigen");
        }
    }

    @Test
    void onlyDecisionNoteAndSignerCellsCanBeEdited() throws IOException {
        try (XSSFWorkbook wb = open(TestSkus.write(SheetKind.STICKER, 4, true))) {
            XSSFSheet sheet = wb.getSheet(LabelIndexLayout.SHEET);
            List<String> unlocked = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (!c.getCellStyle().getLocked()) {
                        unlocked.add(new CellReference(LabelIndexLayout.SHEET, c.getRowIndex(), c.getColumnIndex(), false, false).formatAsString());
                    }
                }
            }
            List<String> expected = new ArrayList<>();
            for (Row r : pointRows(wb)) {
                expected.add(ref(r.getRowNum(), DECISION));
                expected.add(ref(r.getRowNum(), NOTE));
            }
            List<String> signer = List.of(identityValue(wb, "signer.name"), identityValue(wb, "signer.title"), identityValue(wb, "signer.date"));

            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).as("no password").isFalse();
            assertThat(sheet.getCTWorksheet().getSheetProtection().getAutoFilter()).as("filtering allowed").isFalse();
            assertThat(sheet.getCTWorksheet().getSheetProtection().getSort()).as("sorting would move decisions off their rows").isTrue();
            // merged signer inputs are unlocked over their whole range; the first cell is the one read
            assertThat(unlocked).containsAll(expected).containsAll(signer);
            assertThat(unlocked.stream().filter(u -> !expected.contains(u))).allSatisfy(u -> assertThat(signerRows(signer)).contains(row(u)));
        }
    }

    @Test
    void offersTheTwoDecisionLabelsAsAListOverAllDecisionCells() throws IOException {
        try (XSSFWorkbook wb = open(TestSkus.write(SheetKind.STICKER, 5, false))) {
            List<Row> rows = pointRows(wb);
            List<? extends DataValidation> validations = wb.getSheet(LabelIndexLayout.SHEET).getDataValidations();

            assertThat(validations).hasSize(1);
            DataValidation v = validations.get(0);
            assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("Confirm", "Change needed");
            assertThat(v.getRegions().getCellRangeAddresses()).singleElement().satisfies(range -> {
                assertThat(range.getFirstRow()).isEqualTo(rows.get(0).getRowNum());
                assertThat(range.getLastRow()).isEqualTo(rows.get(rows.size() - 1).getRowNum());
                assertThat(range.getFirstColumn()).isEqualTo(DECISION);
                assertThat(range.getLastColumn()).isEqualTo(DECISION);
            });
            assertThat(v.getEmptyCellAllowed()).isTrue();
        }
    }

    @Test
    void identitySheetFollowsThePiContractWithTheSheetsPoints() throws IOException {
        try (XSSFWorkbook wb = open(TestSkus.write(SheetKind.STICKER, 2, false))) {
            XSSFSheet id = wb.getSheet(LabelIndexLayout.IDENTITY_SHEET);
            List<Row> rows = pointRows(wb);
            List<String[]> table = pointTable(wb);
            DocumentIdentity sheet1 = TestSkus.sheetIdentity(TestSkus.sku(1), SheetKind.STICKER);

            assertThat(wb.getSheetVisibility(wb.getSheetIndex(id))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.isStructureLocked()).isTrue();
            assertThat(identityValue(wb, "format")).isEqualTo(DocumentIdentity.FORMAT);
            assertThat(identityValue(wb, "kind")).isEqualTo("sticker-index");
            assertThat(identityValue(wb, "documentId")).isEqualTo("LB-2026-0815");
            assertThat(identityValue(wb, "sheet")).isEqualTo(LabelIndexLayout.SHEET);
            assertThat(identityValue(wb, "inputSha256")).isEqualTo(TestSkus.INPUT_SHA256);
            assertThat(identityValue(wb, "cellsSha256")).hasSize(64);
            assertThat(table).hasSize(6);
            for (int i = 0; i < 3; i++) {
                SignOffPoint p = sheet1.points().get(i);
                assertThat(table.get(i)).startsWith(p.id(), p.label(), p.sha256());
            }
            for (int i = 0; i < rows.size(); i++) {
                int r = rows.get(i).getRowNum();
                assertThat(table.get(i)[3]).isEqualTo(String.valueOf(r + 1));
                assertThat(table.get(i)[4]).isEqualTo(ref(r, DECISION));
                assertThat(table.get(i)[5]).isEqualTo(ref(r, NOTE));
                assertThat(table.get(i)[7]).as("row hash").hasSize(64);
                assertThat(rows.get(i).getCell(POINT_ID).getStringCellValue()).isEqualTo(table.get(i)[0]);
            }
        }
    }

    @Test
    void aPointCarriedFromAnEarlierRevisionIsLockedAndNotAskedAgain() throws IOException {
        Sku sku = TestSkus.sku(1);
        DocumentIdentity fresh = TestSkus.sheetIdentity(sku, SheetKind.STICKER);
        List<SignOffPoint> points = new ArrayList<>(fresh.points());
        SignOffPoint barcode = points.get(1);
        points.set(1, new SignOffPoint(barcode.id(), barcode.label(), barcode.sha256(), 1));
        DocumentIdentity revised = new DocumentIdentity(fresh.documentId(), fresh.kind(), 2, fresh.title(), fresh.issuedAt(),
                fresh.inputSha256(), points);
        byte[] bytes = TestSkus.write(TestSkus.index(SheetKind.STICKER, "en", false), List.of(new LabelIndexWorkbook.Entry(sku,
                SheetKind.STICKER, revised, "stickers/KB-1.pdf", TestSkus.checks(sku, SheetKind.STICKER))));

        try (XSSFWorkbook wb = open(bytes)) {
            Cell decision = pointRows(wb).get(1).getCell(DECISION);
            assertThat(decision.getStringCellValue()).isEqualTo("Not asked again: decided on revision 1");
            assertThat(decision.getCellStyle().getLocked()).isTrue();
            assertThat(pointTable(wb).get(1)[4]).isEmpty();
            assertThat(pointTable(wb).get(1)[6]).isEqualTo("1");
        }
    }

    @Test
    void printsLandscapeOnePageWideWithTheHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook wb = open(TestSkus.write(SheetKind.STICKER, 2, false))) {
            XSSFSheet sheet = wb.getSheet(LabelIndexLayout.SHEET);
            int header = pointRows(wb).get(0).getRowNum() - 1;

            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo((header + 1) + ":" + (header + 1));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen below the header").isEqualTo((short) (header + 1));
            assertThat(sheet.getRow(header).getCell(DECISION).getStringCellValue()).isEqualTo("Your decision on this line");
            assertThat(sheet.getFooter().getLeft()).contains("LB-2026-0815").contains("revision 1");
            assertThat(sheet.isColumnHidden(POINT_ID)).isTrue();
            assertThat(sheet.isColumnHidden(LabelIndexLayout.PICTURE)).as("written without pictures").isTrue();
        }
    }

    @Test
    void embedsEachSkusPictureInItsFirstRowWhenAskedTo() throws IOException {
        try (XSSFWorkbook wb = open(TestSkus.write(SheetKind.STICKER, 3, true))) {
            XSSFSheet sheet = wb.getSheet(LabelIndexLayout.SHEET);
            List<Row> rows = pointRows(wb);
            var anchors = sheet.getDrawingPatriarch().getShapes().stream()
                    .map(s -> (org.apache.poi.xssf.usermodel.XSSFClientAnchor) s.getAnchor()).toList();

            assertThat(sheet.isColumnHidden(LabelIndexLayout.PICTURE)).isFalse();
            assertThat(anchors).extracting(a -> a.getRow1()).containsExactly(rows.get(0).getRowNum(), rows.get(3).getRowNum());
            assertThat(anchors).allSatisfy(a -> {
                assertThat(a.getCol1()).isEqualTo((short) LabelIndexLayout.PICTURE);
                assertThat(a.getRow2()).isEqualTo(a.getRow1());
            });
            assertThat(rows.get(6).getCell(LabelIndexLayout.PICTURE).getStringCellValue()).isEqualTo("no picture supplied");
        }
        try (XSSFWorkbook wb = open(TestSkus.write(SheetKind.STICKER, 3, false))) {
            assertThat(wb.getSheet(LabelIndexLayout.SHEET).getDrawingPatriarch()).isNull();
            assertThat(wb.getAllPictures()).isEmpty();
        }
    }

    @Test
    void theSameEntriesAndIssueTimeGiveTheSameBytes() {
        assertThat(TestSkus.write(SheetKind.CARTON, 4, true)).isEqualTo(TestSkus.write(SheetKind.CARTON, 4, true));
    }

    @Test
    void anIndexStartedBeforeItsInputHashIsKnownIsFinishedWithItAndComesOutTheSame() {
        // a batch writes its index while the sheets render and learns the input hash at the end
        LabelIndexWorkbook.Index known = TestSkus.index(SheetKind.STICKER, "en", false);
        LabelIndexWorkbook.Index later = new LabelIndexWorkbook.Index(known.documentId(), known.sheets(), known.revision(), known.title(),
                known.issuedAt(), "", known.messages(), known.pictures());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (LabelIndexWorkbook workbook = LabelIndexWorkbook.start(later, out)) {
            TestSkus.list(3, SheetKind.STICKER).forEach(workbook::add);
            assertThatThrownBy(workbook::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("finish(inputSha256)");
            workbook.finish(known.inputSha256());
        }

        assertThat(out.toByteArray()).isEqualTo(TestSkus.write(known, TestSkus.list(3, SheetKind.STICKER)));
    }

    @Test
    void refusesASheetOfTheOtherKind() {
        assertThatThrownBy(() -> TestSkus.write(TestSkus.index(SheetKind.STICKER, "en", false), List.of(TestSkus.entry(1, SheetKind.CARTON))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KB-1").hasMessageContaining("carton sheet");
    }

    @Test
    void refusesPointsOutOfElementOrder() {
        Sku sku = TestSkus.sku(1);
        DocumentIdentity id = TestSkus.sheetIdentity(sku, SheetKind.STICKER);
        List<SignOffPoint> swapped = List.of(id.points().get(1), id.points().get(0), id.points().get(2));
        DocumentIdentity wrong = new DocumentIdentity(id.documentId(), id.kind(), 1, id.title(), id.issuedAt(), id.inputSha256(), swapped);

        assertThatThrownBy(() -> TestSkus.write(TestSkus.index(SheetKind.STICKER, "en", false),
                List.of(new LabelIndexWorkbook.Entry(sku, SheetKind.STICKER, wrong, "s.pdf", TestSkus.checks(sku, SheetKind.STICKER)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KB-1_barcode").hasMessageContaining("<sku>_text");
    }

    @Test
    void refusesAnEntryWithoutOneTextPerElement() {
        Sku sku = TestSkus.sku(1);

        assertThatThrownBy(() -> TestSkus.write(TestSkus.index(SheetKind.STICKER, "en", false), List.of(new LabelIndexWorkbook.Entry(sku,
                SheetKind.STICKER, TestSkus.sheetIdentity(sku, SheetKind.STICKER), "s.pdf", List.of("only one")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KB-1").hasMessageContaining("1 texts of what to check for 3");
    }

    @Test
    void refusesTwoSkusWhosePointIdsCollide() {
        // SKUs such as "KB/1" and "KB_1" both become KB_1 once made safe for field names; two decisions
        // under one id could not be told apart in a report. The same entry twice stands in for them.
        LabelIndexWorkbook.Entry first = TestSkus.entry(1, SheetKind.STICKER);

        assertThatThrownBy(() -> TestSkus.write(TestSkus.index(SheetKind.STICKER, "en", false), List.of(first, first)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KB-1_text is already in the index");
    }

    @Test
    void anUnfinishedIndexWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LabelIndexWorkbook index = LabelIndexWorkbook.start(TestSkus.index(SheetKind.STICKER, "en", false), out)) {
            index.add(TestSkus.entry(1, SheetKind.STICKER));
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void leavesNoTemporaryFilesBehindFinishedOrNot() throws IOException {
        List<Path> before = temporaryFiles();

        TestSkus.write(SheetKind.STICKER, 3, true);
        try (LabelIndexWorkbook index = LabelIndexWorkbook.start(TestSkus.index(SheetKind.STICKER, "en", true), new ByteArrayOutputStream())) {
            index.add(TestSkus.entry(1, SheetKind.STICKER));
        }

        assertThat(temporaryFiles()).containsExactlyInAnyOrderElementsOf(before);
    }

    /** SXSSF's row files under tmpdir/poifiles, and the index's point and picture files in tmpdir. */
    private static List<Path> temporaryFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(tmp, tmp.resolve("poifiles"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> dir.equals(tmp.resolve("poifiles")) || p.getFileName().toString().startsWith("countersign-"))
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    // --- reading helpers

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the index sheet that hold a point, found by their hidden point id. */
    static List<Row> pointRows(XSSFWorkbook wb) {
        List<Row> rows = new ArrayList<>();
        for (Row row : wb.getSheet(LabelIndexLayout.SHEET)) {
            Cell id = row.getCell(POINT_ID);
            if (id != null && !id.getStringCellValue().isEmpty() && !id.getStringCellValue().equals(LabelIndexLayout.POINTS_HEADER)) {
                rows.add(row);
            }
        }
        return rows;
    }

    static String identityValue(XSSFWorkbook wb, String name) {
        for (Row row : wb.getSheet(LabelIndexLayout.IDENTITY_SHEET)) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(name)) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no " + name + " on the identity sheet");
    }

    /** The point table of the identity sheet as text, numbers without ".0". */
    static List<String[]> pointTable(XSSFWorkbook wb) {
        List<String[]> table = new ArrayList<>();
        boolean inPoints = false;
        for (Row row : wb.getSheet(LabelIndexLayout.IDENTITY_SHEET)) {
            String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
            if (inPoints && !first.isEmpty()) {
                String[] cells = new String[8];
                for (int i = 0; i < cells.length; i++) {
                    Cell c = row.getCell(i);
                    cells[i] = c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue();
                }
                table.add(cells);
            }
            inPoints |= first.equals(LabelIndexLayout.POINTS_HEADER);
        }
        return table;
    }

    private static String ref(int row, int column) {
        return new CellReference(LabelIndexLayout.SHEET, row, column, false, false).formatAsString();
    }

    private static int row(String ref) {
        return new CellReference(ref).getRow();
    }

    private static List<Integer> signerRows(List<String> signer) {
        return signer.stream().map(LabelIndexWorkbookTest::row).toList();
    }
}
