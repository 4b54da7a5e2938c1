package io.countersign.input;

import static io.countersign.input.SkuListFiles.HEADER;
import static io.countersign.input.SkuListFiles.row;
import static io.countersign.input.SkuListFiles.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.labels.Sku;
import io.countersign.labels.SkuList;
import io.countersign.labels.SkuList.RowProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad row is listed with its row, SKU, column and every problem it has; the good rows around it still come through. */
class SkuRowProblemsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        SkuListFiles.withFiles(dir);
    }

    /** The list: a good row, the bad one, another good row. */
    private SkuList readWithBadRow(List<String> bad) {
        List<List<String>> rows = List.of(row("KB-5A", "100234", "084631001018"), bad, row("KB-3C", "100236", "084631001032"));
        return SkuReader.read(SkuListFiles.csv(dir, "skus.csv", HEADER, rows));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "GTIN          | 084631001026      | check digit 6 but the digits before it give 5",
        "GTIN          | 08463100102       | has 11 digits; a UPC-A has 12",
        "GTIN          | 8.46310E+10       | scientific notation",
        "GTIN          | 96385074          | is an EAN-8",
        "GTIN          | 10084631001022    | is a GTIN-14, which identifies a carton",
        "GTIN          | ''                | no GTIN",
        "Indicator     | 9                 | indicator 9 marks a variable-measure item",
        "Indicator     | 0                 | indicator 0 would give the carton the unit's own GTIN",
        "Indicator     | 12                | is not a single digit",
        "Carton GTIN   | 90084631001028    | starts with indicator 9",
        "Carton GTIN   | 10084631001023    | check digit 3",
        "Carton GTIN   | 00084631001025    | is the unit's own GTIN",
        "Carton GTIN   | 20084631001029    | does not match indicator 1",
        "Picture       | images/none.jpg   | picture \"images/none.jpg\" does not exist",
        "Picture       | drawings/box.pdf  | is not a JPEG or PNG picture (it looks like a PDF)",
        "Picture       | https://x.test/a.jpg | is a URL; countersign never downloads anything",
        "Picture       | ../outside.jpg    | leads out of the input file's folder",
        "Line drawing  | drawings/none.pdf | line drawing \"drawings/none.pdf\" does not exist",
        "Line drawing  | skus.csv          | is not a PDF, PNG or JPEG line drawing (it looks like a text file)",
        "Sticker size  | 50x               | sticker size \"50x\" is not width x height in mm",
        "Sticker size  | 0x30              | has a side of 0",
        "Sticker size  | 5000x30           | is outside 10–300 mm per side",
        "Sticker size  | 50x30 cm          | is in cm; countersign reads it in mm",
        "Sticker size  | 5,0x3,0           | is not width x height in mm",
        "Carton size   | 600x400x350       | is outside 1–300 cm per side",
        "Carton size   | 60x40             | is not length x width x height in cm",
        "N.W.          | 10,4              | is not a number",
        "N.W.          | 22 lb             | is in lb; countersign reads it in kg",
        "G.W.          | 9.9               | G.W. 9.9 kg is less than N.W. 10.4 kg",
        "G.W.          | 0                 | is not more than 0",
        "PCS/CTN       | 8 pcs             | \"8 pcs\" is not a number",
        "PCS/CTN       | 8.5               | must be a whole number",
        "PCS/CTN       | 0                 | must be between 1 and 1000000",
        "Cartons       | ''                | no cartons",
        "Layout        | landscape         | unknown sticker layout \"landscape\"",
        "Colours       | PANTONE 469 C     | colour \"PANTONE 469 C\" has no display colour",
        "Colours       | Black #00000      | display colour #00000 of \"Black #00000\" is not #RRGGBB",
        "Colours       | #000000           | colour #000000 has no name",
        "Consignee     | ''                | no consignee",
        "Buyer code    | ''                | no buyer code",
        "SKU           | ''                | no SKU",
    })
    void reportsTheBadCellWithRowAndColumnAndKeepsTheGoodRows(String column, String value, String message) {
        SkuList list = readWithBadRow(with(row("KB-5B", "100235", "084631001025"), column, value));
        assertThat(list.rows()).extracting(Sku::sku).containsExactly("KB-5A", "KB-3C");
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.sku()).isEqualTo(column.equals("SKU") ? "" : "KB-5B");
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(message);
            assertThat(p.hint()).isNotBlank();
        });
    }

    @Test
    void hintsAtALeadingZeroASpreadsheetDropped() {
        // 84631001025 is the case's UPC without its leading 0, as a CSV exported from a General column has it.
        RowProblem p = readWithBadRow(with(row("KB-5B", "100235", "084631001025"), "GTIN", "84631001025")).problems().get(0);
        assertThat(p.message()).contains("has 11 digits");
        assertThat(p.hint()).contains("if a spreadsheet dropped a leading zero it was 084631001025").contains("format the column as Text");
    }

    @Test
    void reportsEveryProblemOfABadRow() {
        List<String> bad = row("KB-5B", "100235", "084631001026");
        bad = with(bad, "Picture", "images/none.jpg");
        bad = with(bad, "Sticker size", "50x");
        bad = with(bad, "G.W.", "9");
        bad = with(bad, "Indicator", "9");
        SkuList list = readWithBadRow(bad);
        assertThat(list.problems()).extracting(RowProblem::column)
                .containsExactly("GTIN", "Sticker size", "Picture", "G.W.", "Indicator");
        assertThat(list.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(3));
        assertThat(list.rows()).hasSize(2);
    }

    @Test
    void reportsARepeatedSkuOnTheLaterRow() {
        SkuList list = readWithBadRow(row("KB-5A", "100299", "084631001025"));
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("SKU");
            assertThat(p.message()).isEqualTo("SKU KB-5A is also on row 2");
        });
        assertThat(list.rows()).extracting(Sku::row).containsExactly(2, 4);
    }

    @Test
    void reportsSkusThatDifferOnlyInCaseOrPunctuation() {
        // Their point ids (KB-5A_text …) and file names would collide, on a case-insensitive disk too.
        SkuList list = readWithBadRow(row("kb 5a", "100235", "084631001025"));
        assertThat(list.problems()).isEmpty();
        list = readWithBadRow(row("kb-5a", "100235", "084631001025"));
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("differ only in case or punctuation"));
    }

    @Test
    void reportsAGtinOfTwoSkusOnceOnTheLaterRow() {
        // The repeated GTIN also repeats the derived carton GTIN; that is one mistake and one problem.
        SkuList list = readWithBadRow(row("KB-5B", "100235", "084631001018"));
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("GTIN");
            assertThat(p.message()).isEqualTo("GTIN 084631001018 is also the GTIN of KB-5A on row 2");
        });
    }

    @Test
    void reportsACartonGtinOfTwoSkus() {
        SkuList list = readWithBadRow(with(with(row("KB-5B", "100235", "084631001025"), "Indicator", ""), "Carton GTIN", "10084631001015"));
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Carton GTIN");
            assertThat(p.message()).contains("is also the carton GTIN of KB-5A on row 2");
        });
    }

    @Test
    void reportsARowWithoutCartonGtinOrIndicator() {
        SkuList list = readWithBadRow(with(row("KB-5B", "100235", "084631001025"), "Indicator", ""));
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Carton GTIN");
            assertThat(p.message()).isEqualTo("no carton GTIN-14 and no indicator");
        });
    }

    @Test
    void refusesEncryptedAndDamagedPdfDrawings() throws IOException {
        Files.write(dir.resolve("drawings/locked.pdf"), SkuListFiles.pdf(true, ""));
        Files.write(dir.resolve("drawings/password.pdf"), SkuListFiles.pdf(true, "secret"));
        byte[] good = SkuListFiles.pdf(false, "");
        Files.write(dir.resolve("drawings/damaged.pdf"), java.util.Arrays.copyOf(good, 40));
        List<List<String>> rows = new ArrayList<>();
        rows.add(with(row("A", "1", "084631001018"), "Line drawing", "drawings/locked.pdf"));
        rows.add(with(row("B", "2", "084631001025"), "Line drawing", "drawings/password.pdf"));
        rows.add(with(row("C", "3", "084631001032"), "Line drawing", "drawings/damaged.pdf"));
        rows.add(with(row("D", "4", "084631001049"), "Line drawing", "drawings/box.png"));
        SkuList list = SkuReader.read(SkuListFiles.csv(dir, "skus.csv", HEADER, rows));
        assertThat(list.problems()).extracting(RowProblem::message).containsExactly(
                "line drawing \"drawings/locked.pdf\" is an encrypted PDF",
                "line drawing \"drawings/password.pdf\" is a PDF that needs a password to open",
                "line drawing \"drawings/damaged.pdf\" is a damaged PDF: it cannot be read");
        assertThat(list.rows()).singleElement().satisfies(s -> assertThat(s.lineDrawing().orElseThrow().format().name()).isEqualTo("PNG"));
    }

    @Test
    void refusesAPictureThatIsASymbolicLinkOutOfTheFolder() throws IOException {
        Path outside = Files.createTempFile("outside", ".jpg");
        try {
            Files.write(outside, TestImages.jpeg(10, 10));
            Files.createSymbolicLink(dir.resolve("images/link.jpg"), outside);
            RowProblem p = readWithBadRow(with(row("KB-5B", "100235", "084631001025"), "Picture", "images/link.jpg")).problems().get(0);
            assertThat(p.message()).contains("is a symbolic link to a file outside the input file's folder");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void reportsALineWhoseFieldsDoNotMatchTheHeader() {
        // An unquoted comma in a description shifts every later value one column to the right.
        String text = String.join(",", HEADER) + "\r\n"
                + String.join(",", row("KB-5A", "100234", "084631001018")).replace("Nested kraft box, set of 5", "Box, kraft set of 5")
                + "\r\n";
        SkuList list = SkuReader.read(SkuListFiles.write(dir.resolve("shifted.csv"), text.replace("\"", "")));
        assertThat(list.problems()).first().satisfies(p -> {
            assertThat(p.column()).isEmpty();
            assertThat(p.message()).isEqualTo("the line has 20 fields but the header has 19");
            assertThat(p.hint()).contains("double quotes");
        });
        assertThat(list.rows()).isEmpty();
    }

    @Test
    void namesTheColumnAsItsHeaderIsWritten() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(header.indexOf("GTIN"), "UPC Code");
        List<String> bad = with(row("KB-5B", "100235", "084631001025"), "GTIN", "084631001026");
        SkuList list = SkuReader.read(SkuListFiles.csv(dir, "skus.csv", header, List.of(bad)));
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("UPC Code"));
    }
}
