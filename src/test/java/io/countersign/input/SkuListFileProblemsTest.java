package io.countersign.input;

import static io.countersign.input.SkuListFiles.HEADER;
import static io.countersign.input.SkuListFiles.row;
import static io.countersign.input.SkuListFiles.threeGoodRows;
import static io.countersign.input.SkuListFiles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the file as a whole stop the reading with one InvalidInputException (exit 2) before any row is used. */
class SkuListFileProblemsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        SkuListFiles.withFiles(dir);
    }

    private static List<String> without(List<String> header, String... names) {
        List<String> h = new ArrayList<>(header);
        for (String n : names) {
            h.set(h.indexOf(n), "Remarks " + n);
        }
        return h;
    }

    private static InvalidInputException thrown(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void namesEveryMissingRequiredColumnBeforeReadingAnyRow() {
        // The row names a picture that does not exist: had rows been read, that would be a problem too.
        List<String> r = with(row("KB-5A", "100234", "084631001018"), "Picture", "images/none.jpg");
        Path file = SkuListFiles.csv(dir, "skus.csv", without(HEADER, "GTIN", "Consignee"), List.of(r));
        InvalidInputException e = thrown(() -> SkuReader.read(file));
        assertThat(e.problems()).extracting(Problem::message).containsExactly("no column for the GTIN", "no column for the consignee");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.hint()).contains("the header row has \"SKU\", \"Buyer code\"");
        });
        assertThat(e.problems().get(0).hint()).startsWith("add a column headed \"gtin\"");
        assertThat(e.getMessage()).doesNotContain("none.jpg");
    }

    @Test
    void suggestsTheColumnANearMissHeaderWasMeantToBe() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(header.indexOf("GTIN"), "Barcodes");
        InvalidInputException e = thrown(() -> SkuReader.read(SkuListFiles.csv(dir, "skus.csv", header, threeGoodRows())));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("no column for the GTIN");
            assertThat(p.hint()).isEqualTo("column 4 \"Barcodes\" is not a recognised header; did you mean \"barcode\"?");
        });
    }

    @Test
    void refusesAMisspeltOptionalColumnWhoseValuesWouldBeLost() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(header.indexOf("Picture"), "Pictrue");
        InvalidInputException e = thrown(() -> SkuReader.read(SkuListFiles.csv(dir, "skus.csv", header, threeGoodRows())));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("column 7 \"Pictrue\" is not a recognised column, and there is no picture column");
            assertThat(p.hint()).startsWith("did you mean \"picture\"?");
        });
    }

    @Test
    void ignoresColumnsItDoesNotKnow() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("Unit price");
        header.add("No.");
        List<List<String>> rows = threeGoodRows().stream().map(r -> {
            List<String> x = new ArrayList<>(r);
            x.add("2.35");
            x.add("1");
            return (List<String>) x;
        }).toList();
        assertThat(SkuReader.read(SkuListFiles.csv(dir, "skus.csv", header, rows)).rows()).hasSize(3);
    }

    @Test
    void refusesTwoColumnsForOneValue() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(header.indexOf("Description"), "UPC");
        InvalidInputException e = thrown(() -> SkuReader.read(SkuListFiles.csv(dir, "skus.csv", header, threeGoodRows())));
        assertThat(e.problems()).extracting(Problem::message)
                .contains("columns column 3 \"UPC\" and column 4 \"GTIN\" both give the GTIN", "no column for the description");
    }

    @Test
    void refusesASizeGivenTwiceOrHalf() {
        List<String> both = new ArrayList<>(HEADER);
        both.add("Sticker width");
        assertThat(thrown(() -> SkuReader.read(SkuListFiles.csv(dir, "both.csv", both, List.of()))).problems())
                .extracting(Problem::message).contains("both column 5 \"Sticker size\" and column 20 \"Sticker width\" give the sticker size");
        List<String> half = new ArrayList<>(HEADER);
        half.set(half.indexOf("Sticker size"), "Sticker width");
        assertThat(thrown(() -> SkuReader.read(SkuListFiles.csv(dir, "half.csv", half, List.of()))).problems())
                .extracting(Problem::message).containsExactly("no column for the sticker height (the sticker width is there)");
    }

    @Test
    void refusesAHeaderUnitThatIsNotTheColumnsUnit() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(header.indexOf("Carton size"), "Carton size (mm)");
        assertThat(thrown(() -> SkuReader.read(SkuListFiles.csv(dir, "skus.csv", header, threeGoodRows()))).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("column 9 \"Carton size (mm)\" says its values are in mm, but countersign reads the carton size in cm");
                    assertThat(p.hint()).contains("convert the values to cm");
                });
    }

    @Test
    void refusesAListWithoutRows() {
        assertThatThrownBy(() -> SkuReader.read(SkuListFiles.csv(dir, "header.csv", HEADER, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the list has a header but no SKU rows");
        assertThatThrownBy(() -> SkuReader.read(SkuListFiles.write(dir.resolve("empty.csv"), "\r\n\r\n")))
                .hasMessageContaining("the file has no header line and no rows");
    }

    @Test
    void pointsAtAQuoteThatIsNeverClosed() {
        String text = String.join(",", HEADER) + "\r\n" + "KB-5A,100234,\"Nested kraft box\r\nKB-5B,100235\r\n";
        InvalidInputException e = thrown(() -> SkuReader.read(SkuListFiles.write(dir.resolve("open.csv"), text)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(14);
            assertThat(p.message()).isEqualTo("the double quote that starts a value here is never closed");
        });
    }

    @Test
    void pointsAtTextAfterAClosingQuote() {
        String text = String.join(",", HEADER) + "\n" + "KB-5A,100234,\"12\" box\",x\n";
        InvalidInputException e = thrown(() -> SkuReader.read(SkuListFiles.write(dir.resolve("quote.csv"), text)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(18);
            assertThat(p.hint()).contains("\"12\"\" box\"");
        });
    }

    @Test
    void refusesACsvThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (String.join(",", HEADER) + "\r\nKB-5A,100234,Schachtel f\u00fcr Geschenke\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(thrown(() -> SkuReader.read(file)).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("the file is not UTF-8 text");
            assertThat(p.hint()).endsWith("from Excel, use Save As → CSV UTF-8");
        });
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(SkuReader.MAX_INPUT_BYTES + 1L);
        }
        assertThatThrownBy(() -> SkuReader.read(file)).hasMessageContaining("the file is larger than 20 MB");
        Path yaml = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(yaml.toFile(), "rw")) {
            f.setLength(SkuReader.MAX_YAML_BYTES + 1L);
        }
        assertThatThrownBy(() -> SkuReader.read(yaml)).hasMessageContaining("the file is larger than 5 MB")
                .hasMessageContaining("write a list this long as CSV or XLSX");
    }

    @Test
    void refusesMoreRowsThanTheLimit() throws IOException {
        // The real limit is 100,000; a smaller one exercises the same counting in a fraction of the time.
        int limit = 500;
        Path file = dir.resolve("many.csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("SKU,Buyer code,Description,GTIN,Sticker size,PCS/CTN,Carton size,N.W.,G.W.,Indicator,Consignee,PO,Destination,Cartons\n");
            out.write("\n");
            for (int i = 0; i <= limit; i++) {
                String data = String.format("2%010d", i);
                out.write("S" + i + ",B" + i + ",Box," + data + io.countersign.gs1.Gtin.checkDigit(data)
                        + ",50x30,8,60x40x35,10,11,1,MFH,PO,LB,1\n");
            }
        }
        assertThat(SkuReader.read(file, limit + 1).rows()).as("empty lines do not count").hasSize(limit + 1);
        assertThat(thrown(() -> SkuReader.read(file, limit)).problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the list has more than 500 SKU rows");
            assertThat(p.hint()).contains("split it");
        });
        assertThat(SkuReader.MAX_ROWS).isEqualTo(100_000);
    }

    @Test
    void refusesAWorkbookThatUnpacksToTooMuch() throws IOException {
        // 300 MB of one repeated byte packs into a few hundred kilobytes: a zip bomb for an in-memory reader.
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 300; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);
        assertThat(thrown(() -> SkuReader.read(file)).problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("the workbook has a part that unpacks to more than 256 MB; a SKU list of 100000 rows needs far less"));
    }

    @Test
    void refusesFilesThatAreNoXlsxWorkbook() throws IOException {
        Path xls = dir.resolve("old.xlsx");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> SkuReader.read(xls)).hasMessageContaining("old-style Excel 97–2003 workbook or a password-protected one");
        Path csv = SkuListFiles.csv(dir, "renamed.xlsx", HEADER, threeGoodRows());
        assertThatThrownBy(() -> SkuReader.read(csv)).hasMessageContaining("the file is not an XLSX workbook");
        Path zip = dir.resolve("other.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
        assertThatThrownBy(() -> SkuReader.read(zip)).hasMessageContaining("cannot be read as an XLSX workbook");
    }

    @Test
    void refusesAnEmptyFirstSheet() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("empty");
            var second = wb.createSheet("SKUs");
            second.createRow(0).createCell(0).setCellValue("SKU");
            wb.write(out);
        }
        assertThatThrownBy(() -> SkuReader.read(file)).hasMessageContaining("the first sheet is empty");
    }
}
