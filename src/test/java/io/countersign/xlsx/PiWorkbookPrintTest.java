package io.countersign.xlsx;

import static io.countersign.xlsx.WrittenWorkbook.itemRows;
import static io.countersign.xlsx.WrittenWorkbook.piSheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.pi.PiOptions;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Printed, the sheet looks like the PDF's pages: landscape, one page wide, the table header on every page, the identity in the footer. */
class PiWorkbookPrintTest {

    @Test
    void printsLandscapeOnePageWideWithTheTableHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample("sixty-styles.yaml").open()) {
            XSSFSheet sheet = piSheet(wb);
            PrintSetup ps = sheet.getPrintSetup();
            int header = itemRows(wb).get(0) - 1;

            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).as("as many pages down as needed").isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
        }
    }

    @Test
    void letterPaperWhenAsked() throws Exception {
        WrittenWorkbook written = WrittenWorkbook.write(TestPis.paperBoxes(), WrittenWorkbook.options().withPaper(PiOptions.Paper.LETTER));
        try (XSSFWorkbook wb = written.open()) {
            assertThat(piSheet(wb).getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
        }
    }

    @Test
    void footerNamesTheDocumentAndCountsPages() throws Exception {
        WrittenWorkbook written = WrittenWorkbook.sample("paper-boxes.yaml");
        try (XSSFWorkbook wb = written.open()) {
            var footer = piSheet(wb).getFooter();

            assertThat(footer.getLeft()).contains(written.rendering().identity().documentId(), written.rendering().identity().shortHash());
            assertThat(footer.getRight()).isEqualTo("Page &P of &N");
        }
    }
}
