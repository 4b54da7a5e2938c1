package io.countersign.xlsx;

import static io.countersign.xlsx.WrittenWorkbook.itemRows;
import static io.countersign.xlsx.WrittenWorkbook.piSheet;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of lines stream through: rows leave memory behind a window and pictures wait in a
 * temporary file, so the heap a PI needs grows with its input, not with the workbook. With POI's
 * own drawing (an XML object tree per picture) the 3,000 styles below did not fit in 64 MB.
 */
class PiWorkbookLargeTest {
    private static final int STYLES = 3000;
    private static final String HEAP = "-Xmx40m";

    @Test
    void writesThreeThousandStylesInASmallHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.xlsx");
        Path log = dir.resolve("log.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), LargePi.class.getName(),
                Integer.toString(STYLES), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(java.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(java.exitValue()).as(output).isZero();
        System.out.printf("[xlsx] %d styles in %s: %,d bytes, %s%n", STYLES, HEAP, Files.size(file), output.strip());

        // one barcode picture per style: more package entries than POI's reader accepts by default (1,000)
        long maxEntries = ZipSecureFile.getMaxFileCount();
        ZipSecureFile.setMaxFileCount(10_000);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            List<Integer> rows = itemRows(wb);
            assertThat(rows).hasSize(STYLES);
            assertThat(piSheet(wb).getRow(rows.get(STYLES - 1)).getCell(PiLayout.POINT_ID).getStringCellValue()).isEqualTo("S-03000");
            assertThat(piSheet(wb).getDrawingPatriarch().getShapes()).hasSize(2 * STYLES);
            assertThat(wb.getAllPictures()).as("three shared photos and one barcode per style").hasSize(3 + STYLES);
        } finally {
            ZipSecureFile.setMaxFileCount(maxEntries);
        }
    }
}
