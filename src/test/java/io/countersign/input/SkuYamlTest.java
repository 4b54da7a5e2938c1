package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.labels.SkuList;
import io.countersign.labels.SkuList.RowProblem;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SKU list in YAML: the spreadsheet's columns as keys, problems with the value's line and column. */
class SkuYamlTest {
    private static final String SKU = """
              - sku: KB-5A
                buyer code: "100234"
                description: Nested kraft box
                gtin: "084631001018"
                sticker size: 50x30
                pcs/ctn: 8
                carton size: 60x40x35
                n.w.: 10.4
                g.w.: 11.4
                indicator: 1
                consignee: MFH
                po: PO-44817
                destination: LONG BEACH
                cartons: 150
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        SkuListFiles.withFiles(dir);
    }

    private SkuList read(String yaml) {
        return SkuReader.read(SkuListFiles.write(dir.resolve("skus.yaml"), yaml));
    }

    @Test
    void refusesAGtinWrittenAsANumberAtItsLineAndColumn() {
        // As in a PI: a YAML number is how a leading zero gets lost on the next edit, so GTINs are quoted.
        SkuList list = read("skus:\n" + SKU + SKU.replace("KB-5A", "KB-5B").replace("\"084631001018\"", "123456789012"));
        assertThat(list.rows()).hasSize(1);
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("gtin");
            assertThat(p.message()).isEqualTo("GTIN 123456789012 is written as a number (line 19, column 11)");
            assertThat(p.hint()).contains("\"123456789012\"");
        });
    }

    @Test
    void reportsAnUnknownKeyOnItsSkuWithASuggestion() {
        SkuList list = read("skus:\n" + SKU + "    pictrue: images/a.jpg\n");
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("pictrue");
            assertThat(p.message()).isEqualTo("unknown field \"pictrue\" (line 16, column 5)");
            assertThat(p.hint()).isEqualTo("did you mean \"picture\"?");
        });
    }

    @Test
    void reportsAValueOneSkuLacksAtThatSku() {
        SkuList list = read("skus:\n" + SKU + SKU.replace("KB-5A", "KB-5B").replace("084631001018", "084631001025")
                .replace("    cartons: 150\n", ""));
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("no cartons (line 16, column 5)");
        });
    }

    @Test
    void refusesAFieldNoSkuHasLikeAMissingColumn() {
        assertThatThrownBy(() -> read("skus:\n" + SKU.replace("    po: PO-44817\n", "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("skus.yaml:2:3: header: no field for the PO — hint: add a field headed \"po\"");
    }

    @Test
    void refusesOtherTopLevelFields() {
        assertThatThrownBy(() -> read("po: PO-44817\nskus:\n" + SKU))
                .hasMessageContaining("unknown field \"po\" at the top of a SKU list")
                .hasMessageContaining("fields such as po or destination go on each SKU");
    }

    @Test
    void reportsAnItemThatIsNotAMapping() {
        SkuList list = read("skus:\n" + SKU + "  - KB-5B\n");
        assertThat(list.problems()).extracting(RowProblem::message)
                .contains("expected a mapping of fields (sku: …, gtin: …), found the text \"KB-5B\" (line 16, column 5)");
        assertThat(list.rows()).hasSize(1);
    }

    @Test
    void explainsAColourCutOffByAYamlComment() {
        // Unquoted, everything from " #" on is a YAML comment: the display colour never reaches the reader.
        SkuList list = read("skus:\n" + SKU + "    colours: PANTONE 469 C #693F23\n");
        assertThat(list.problems()).singleElement().satisfies(p ->
                assertThat(p.hint()).contains("in YAML put the value in quotes, as a # after a space starts a comment"));
    }

    @Test
    void refusesAKeyGivenTwice() {
        assertThatThrownBy(() -> read("skus:\n" + SKU + "    sku: KB-5C\n"))
                .hasMessageContaining("key \"sku\" appears twice in this mapping");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("# nothing yet\n"))
                .hasMessageContaining("the file is empty — hint: a SKU list starts with skus:");
    }
}
