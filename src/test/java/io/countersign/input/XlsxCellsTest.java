package io.countersign.input;

import static io.countersign.input.SkuListFiles.HEADER;
import static io.countersign.input.SkuListFiles.row;
import static io.countersign.input.SkuListFiles.threeGoodRows;
import static io.countersign.input.SkuListFiles.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.labels.Sku;
import io.countersign.labels.SkuList;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbook cells as Excel stores them: GTINs typed as numbers, error cells, formulas, inline strings. */
class XlsxCellsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        SkuListFiles.withFiles(dir);
    }

    @Test
    void reportsAGtinThatLostItsLeadingZeroAsANumber() {
        // 084631001025 typed into a General column is stored as the number 84631001025.
        SkuList list = SkuReader.read(SkuListFiles.xlsx(dir, "skus.xlsx", HEADER,
                List.of(row("KB-5B", "100235", "084631001025"), row("KB-3C", "100236", "084631001032")), Set.of("GTIN"), null));
        assertThat(list.rows()).isEmpty();
        assertThat(list.problems()).first().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("GTIN");
            assertThat(p.message()).isEqualTo("GTIN cell holds the number 84631001025 (11 digits); a spreadsheet drops the leading zeros of numbers");
            assertThat(p.hint()).isEqualTo("format the GTIN column as Text and type all the digits; if a spreadsheet dropped a leading zero"
                    + " it was 084631001025 (a valid check digit), so format the column as Text");
        });
    }

    @Test
    void saysWhenOnlyTheNumberFormatShowsTheZero() {
        // A custom format 000000000000 displays the zero, but the stored value (what other programs read) has none.
        SkuList list = SkuReader.read(SkuListFiles.xlsx(dir, "skus.xlsx", HEADER, List.of(row("KB-5B", "100235", "084631001025")),
                Set.of("GTIN"), "000000000000"));
        assertThat(list.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("(the cell shows 084631001025 only through its number format)"));
    }

    @Test
    void acceptsANumberCellWhoseDigitCountShowsNothingWasLost() {
        // 123456789012: weights 3,1,… from the right over 12345678901 give 98, so the check digit is 2.
        // 123456789029: the same sum over 12345678902 is 101, check digit 9.
        String carton = io.countersign.gs1.CartonGtin.derive(io.countersign.gs1.Gtin.parse("123456789029"), 3).digits();
        List<List<String>> rows = List.of(row("A", "1", "123456789012"), row("B", "2", "4006381333931"),
                with(with(row("C", "3", "123456789029"), "Indicator", ""), "Carton GTIN", carton));
        SkuList list = SkuReader.read(SkuListFiles.xlsx(dir, "skus.xlsx", HEADER, rows, Set.of("GTIN", "Carton GTIN"), null));
        assertThat(list.problems()).isEmpty();
        assertThat(list.rows()).extracting(s -> s.gtin().digits()).containsExactly("123456789012", "4006381333931", "123456789029");
        assertThat(list.rows().get(2).cartonGtin().digits()).isEqualTo(carton);
    }

    @Test
    void reportsACartonGtinNumberThatLostItsZero() {
        // Typed as a number, 0084631001032 keeps 11 digits; fewer than 14 in a GTIN-14 column means digits were lost.
        List<List<String>> rows = List.of(with(with(row("A", "1", "084631001018"), "Indicator", ""), "Carton GTIN", "0084631001032"));
        SkuList list = SkuReader.read(SkuListFiles.xlsx(dir, "skus.xlsx", HEADER, rows, Set.of("Carton GTIN"), null));
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Carton GTIN");
            assertThat(p.message()).contains("holds the number 84631001032 (11 digits)");
        });
    }

    @Test
    void reportsErrorCellsAndFormulasWithoutASavedResult() throws IOException {
        Path file = dir.resolve("errors.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = table(wb, List.of(row("KB-5A", "100234", "084631001018"), row("KB-5B", "100235", "084631001025")));
            sheet.getRow(1).getCell(HEADER.indexOf("N.W.")).setCellErrorValue(FormulaError.NA.getCode());
            Row row = sheet.getRow(2);
            row.removeCell(row.getCell(HEADER.indexOf("Cartons")));
            row.createCell(HEADER.indexOf("Cartons")).setCellFormula("1200/8");
            write(wb, file);
        }
        SkuList list = SkuReader.read(file);
        assertThat(list.problems()).extracting(p -> p.row() + " " + p.column() + ": " + p.message())
                .containsExactly("2 N.W.: the cell shows #N/A", "3 Cartons: the cell shows a formula without a saved result");
    }

    @Test
    void readsTheSavedResultOfAFormula() throws IOException {
        Path file = dir.resolve("formulas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = table(wb, List.of(row("KB-5A", "100234", "084631001018")));
            sheet.getRow(1).getCell(HEADER.indexOf("Cartons")).setCellFormula("1200/8");
            sheet.getRow(1).getCell(HEADER.indexOf("SKU")).setCellFormula("\"KB-\"&\"5A\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(wb, file);
        }
        Sku sku = SkuReader.read(file).rows().get(0);
        assertThat(sku.sku()).isEqualTo("KB-5A");
        assertThat(sku.marks().cartonsTotal()).isEqualTo(150);
    }

    @Test
    void readsInlineStringsAsStreamingWritersStoreThem() throws IOException {
        // SXSSF (and many other tools) write text inline instead of in the shared-strings table.
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            table(wb, threeGoodRows());
            write(wb, file);
            wb.dispose();
        }
        assertThat(SkuReader.read(file).rows()).isEqualTo(SkuReader.read(SkuListFiles.xlsx(dir, "plain.xlsx", HEADER, threeGoodRows())).rows());
    }

    @Test
    void findsTheHeaderBelowEmptyRowsAndNumbersRowsAsTheSheetDoes() throws IOException {
        Path file = dir.resolve("offset.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("SKUs");
            sheet.createRow(2);
            Row head = sheet.createRow(3);
            for (int i = 0; i < HEADER.size(); i++) {
                head.createCell(i + 1).setCellValue(HEADER.get(i));
            }
            List<String> values = row("KB-5A", "100234", "084631001018");
            Row r = sheet.createRow(6);
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isEmpty()) {
                    r.createCell(i + 1).setCellValue(values.get(i));
                }
            }
            write(wb, file);
        }
        SkuList list = SkuReader.read(file);
        assertThat(list.problems()).isEmpty();
        assertThat(list.rows()).singleElement().satisfies(s -> assertThat(s.row()).isEqualTo(7));
    }

    @Test
    void refusesASheetThatPointsAtTextThatIsNotThere() throws IOException {
        // A damaged workbook: the first text cell names shared string 999 of a table of a few dozen.
        Path good = SkuListFiles.xlsx(dir, "good.xlsx", HEADER, threeGoodRows());
        Path bad = dir.resolve("damaged.xlsx");
        try (var in = new java.util.zip.ZipFile(good.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            for (var e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    String damaged = xml.replaceFirst("(t=\"s\"[^>]*><v>)\\d+(</v>)", "$1999$2");
                    assertThat(damaged).isNotEqualTo(xml);
                    bytes = damaged.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SkuReader.read(bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the file cannot be read as an XLSX workbook");
    }

    private static Sheet table(Workbook wb, List<List<String>> rows) {
        Sheet sheet = wb.createSheet("SKUs");
        Row head = sheet.createRow(0);
        for (int i = 0; i < HEADER.size(); i++) {
            head.createCell(i).setCellValue(HEADER.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
        return sheet;
    }

    private static void write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
