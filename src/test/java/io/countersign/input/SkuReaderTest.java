package io.countersign.input;

import static io.countersign.input.SkuListFiles.HEADER;
import static io.countersign.input.SkuListFiles.row;
import static io.countersign.input.SkuListFiles.threeGoodRows;
import static io.countersign.input.SkuListFiles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.core.Sha256;
import io.countersign.labels.PrintColour;
import io.countersign.labels.Sku;
import io.countersign.labels.SkuList;
import io.countersign.labels.StickerLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkuReaderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() {
        SkuListFiles.withFiles(dir);
    }

    @Test
    void readsEveryColumnOfAGoodRow() throws IOException {
        Path file = SkuListFiles.csv(dir, "skus.csv", HEADER, threeGoodRows());
        SkuList list = SkuReader.read(file);
        assertThat(list.problems()).isEmpty();
        assertThat(list.source()).isEqualTo(file);
        assertThat(list.inputSha256()).isEqualTo(Sha256.hex(Files.readAllBytes(file)));
        Sku sku = list.rows().get(1);
        assertThat(sku.row()).isEqualTo(3);
        assertThat(sku.sku()).isEqualTo("KB-5B");
        assertThat(sku.buyerCode()).isEqualTo("100235");
        assertThat(sku.description()).isEqualTo("Nested kraft box, set of 5");
        assertThat(sku.gtin().digits()).isEqualTo("084631001025");
        assertThat(sku.sticker().widthMm()).isEqualTo(new BigDecimal("50"));
        assertThat(sku.sticker().heightMm()).isEqualTo(new BigDecimal("30"));
        assertThat(sku.sticker().layout()).isEqualTo(StickerLayout.STANDARD);
        assertThat(sku.picture().orElseThrow().file()).isEqualTo(dir.resolve("images/a.jpg").toRealPath());
        assertThat(sku.pcsPerCarton()).isEqualTo(8);
        assertThat(sku.carton().lengthCm()).isEqualTo(new BigDecimal("64"));
        assertThat(sku.carton().heightCm()).isEqualTo(new BigDecimal("34"));
        assertThat(sku.netWeightKg()).isEqualTo(new BigDecimal("10.4"));
        assertThat(sku.grossWeightKg()).isEqualTo(new BigDecimal("11.4"));
        // Indicator 1 with 084631001025: the case's carton number (hand check in CartonGtinTest).
        assertThat(sku.cartonGtin().digits()).isEqualTo("10084631001022");
        assertThat(sku.marks().consigneeInitials()).isEqualTo("MFH");
        assertThat(sku.marks().reference()).isEqualTo("PO-44817");
        assertThat(sku.marks().destination()).isEqualTo("LONG BEACH");
        assertThat(sku.marks().cartonsTotal()).isEqualTo(150);
        assertThat(sku.lineDrawing().orElseThrow().sha256()).isEqualTo(Sha256.hex(Files.readAllBytes(dir.resolve("drawings/box.pdf"))));
        assertThat(sku.colours()).containsExactly(new PrintColour("PANTONE 469 C", "#693F23"), new PrintColour("Black", "#000000"));
    }

    @Test
    void csvXlsxAndYamlGiveTheSameSkus() {
        List<List<String>> rows = threeGoodRows();
        List<Sku> csv = SkuReader.read(SkuListFiles.csv(dir, "skus.csv", HEADER, rows)).rows();
        List<Sku> xlsx = SkuReader.read(SkuListFiles.xlsx(dir, "skus.xlsx", HEADER, rows)).rows();
        List<Sku> yaml = SkuReader.read(SkuListFiles.yaml(dir, "skus.yaml", HEADER, rows)).rows();
        assertThat(csv).hasSize(3);
        assertThat(xlsx).isEqualTo(csv);
        // YAML numbers its SKUs 1, 2, 3 where the sheets have a header row first.
        assertThat(yaml.stream().map(Sku::row)).containsExactly(1, 2, 3);
        assertThat(yaml.stream().map(SkuReaderTest::withoutRow)).isEqualTo(csv.stream().map(SkuReaderTest::withoutRow).toList());
    }

    @Test
    void numbersTypedIntoTheWorkbookReadLikeText() {
        // Weights, counts and the indicator typed as numbers; 10.4 is stored as a double and must come back as 10.4.
        List<Sku> text = SkuReader.read(SkuListFiles.xlsx(dir, "text.xlsx", HEADER, threeGoodRows())).rows();
        List<Sku> numbers = SkuReader.read(SkuListFiles.xlsx(dir, "numbers.xlsx", HEADER, threeGoodRows(),
                java.util.Set.of("PCS/CTN", "N.W.", "G.W.", "Indicator", "Cartons", "Buyer code"), null)).rows();
        assertThat(numbers).isEqualTo(text);
    }

    @Test
    void recognisesHeadersByTheirAliases() {
        List<String> aliases = List.of("Item No.", "Customer code", "Desc", "UPC", "Label size (mm)", "label_layout", "Photo", "Qty/Ctn",
                "MEAS (cm)", "NW (kgs)", "gross-weight", "ITF-14", "Packaging indicator", "Initials", "Order No", "Port", "CTNS",
                "Artwork", "Pantone");
        List<Sku> canonical = SkuReader.read(SkuListFiles.csv(dir, "canonical.csv", HEADER, threeGoodRows())).rows();
        assertThat(SkuReader.read(SkuListFiles.csv(dir, "aliases.csv", aliases, threeGoodRows())).rows()).isEqualTo(canonical);
    }

    @Test
    void takesStickerAndCartonSizesFromSeparateColumns() {
        List<String> header = List.of("SKU", "Buyer code", "Description", "GTIN", "Sticker width", "Sticker height", "PCS/CTN",
                "Carton length", "Carton width", "Carton height", "N.W.", "G.W.", "Indicator", "Consignee", "PO", "Destination", "Cartons");
        List<String> r = List.of("KB-5A", "100234", "Nested kraft box", "084631001018", "60", "40 mm", "8", "64", "48", "34 cm", "10.4",
                "11.4 kg", "1", "MFH", "PO-44817", "LONG BEACH", "150");
        Sku sku = SkuReader.read(SkuListFiles.csv(dir, "split.csv", header, List.of(r))).rows().get(0);
        assertThat(sku.sticker().widthMm()).isEqualTo(new BigDecimal("60"));
        assertThat(sku.sticker().heightMm()).isEqualTo(new BigDecimal("40"));
        assertThat(List.of(sku.carton().lengthCm(), sku.carton().widthCm(), sku.carton().heightCm()))
                .containsExactly(new BigDecimal("64"), new BigDecimal("48"), new BigDecimal("34"));
        assertThat(sku.picture()).isEmpty();
        assertThat(sku.lineDrawing()).isEmpty();
        assertThat(sku.colours()).isEmpty();
    }

    @Test
    void readsSemicolonSeparatedCsvWithAByteOrderMark() {
        // Excel in many European locales saves "CSV" with semicolons, and "CSV UTF-8" with a BOM.
        List<Sku> comma = SkuReader.read(SkuListFiles.csv(dir, "comma.csv", HEADER, threeGoodRows())).rows();
        List<Sku> semicolon = SkuReader.read(SkuListFiles.csv(dir, "semicolon.csv", HEADER, threeGoodRows(), ';', true)).rows();
        assertThat(semicolon).isEqualTo(comma);
    }

    @Test
    void followsAnExcelSeparatorLine() {
        String text = "sep=;\r\n" + String.join(";", HEADER) + "\r\n"
                + String.join(";", with(row("KB-5A", "100234", "084631001018"), "Colours", "Black #000000"));
        SkuList list = SkuReader.read(SkuListFiles.write(dir.resolve("sep.csv"), text));
        assertThat(list.problems()).isEmpty();
        // The sep= line is line 1, the header line 2, so the SKU is on line 3.
        assertThat(list.rows().get(0).row()).isEqualTo(3);
    }

    @Test
    void trimsCellsAndSkipsEmptyRows() {
        List<String> padded = row(" KB-5A\u00A0", " 100234 ", "084631001018 ");
        List<String> empty = HEADER.stream().map(h -> " ").toList();
        SkuList list = SkuReader.read(SkuListFiles.csv(dir, "padded.csv", HEADER, List.of(empty, padded, empty)));
        assertThat(list.problems()).isEmpty();
        assertThat(list.rows()).singleElement().satisfies(s -> {
            assertThat(s.sku()).isEqualTo("KB-5A");
            assertThat(s.buyerCode()).isEqualTo("100234");
            assertThat(s.row()).isEqualTo(3);
        });
    }

    @Test
    void keepsQuotedSeparatorsLineBreaksAndQuotes() {
        List<String> r = with(row("KB-5A", "100234", "084631001018"), "Description", "Box, \"kraft\"\nset of 5");
        Sku sku = SkuReader.read(SkuListFiles.csv(dir, "quoted.csv", HEADER, List.of(r, row("KB-5B", "100235", "084631001025"))))
                .rows().get(0);
        assertThat(sku.description()).isEqualTo("Box, \"kraft\"\nset of 5");
        assertThat(SkuReader.read(dir.resolve("quoted.csv")).rows().get(1).row()).as("line of the record after the line break").isEqualTo(4);
    }

    @Test
    void derivesOrChecksTheCartonGtin() {
        List<String> given = with(with(row("KB-5A", "100234", "084631001018"), "Indicator", ""), "Carton GTIN", "10084631001015");
        List<String> derived = with(row("KB-5B", "100235", "084631001025"), "Indicator", "2");
        List<String> both = with(row("KB-3C", "100236", "084631001032"), "Carton GTIN", "10084631001039");
        List<Sku> rows = SkuReader.read(SkuListFiles.csv(dir, "cartons.csv", HEADER, List.of(given, derived, both))).rows();
        assertThat(rows.stream().map(s -> s.cartonGtin().digits()))
                .containsExactly("10084631001015", "20084631001029", "10084631001039");
    }

    @Test
    void readsYamlWithColoursAsAList() {
        String yaml = """
                skus:
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
                    colours: ["PANTONE 469 C #693F23", "Black #000000"]
                """;
        SkuList list = SkuReader.read(SkuListFiles.write(dir.resolve("skus.yml"), yaml));
        assertThat(list.problems()).isEmpty();
        assertThat(list.rows().get(0).colours()).extracting(PrintColour::pantone).containsExactly("PANTONE 469 C", "Black");
        assertThat(list.rows().get(0).cartonGtin().digits()).isEqualTo("10084631001015");
    }

    @Test
    void refusesAnUnknownFormat() {
        Path xls = SkuListFiles.write(dir.resolve("skus.xls"), "x");
        assertThatThrownBy(() -> SkuReader.read(xls)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot tell the format").hasMessageContaining("save it from Excel as .xlsx");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> SkuReader.read(dir.resolve("nothing.csv"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such file");
    }

    static Sku withoutRow(Sku s) {
        return new Sku(0, s.sku(), s.buyerCode(), s.description(), s.gtin(), s.sticker(), s.picture(), s.pcsPerCarton(), s.carton(),
                s.netWeightKg(), s.grossWeightKg(), s.cartonGtin(), s.marks(), s.lineDrawing(), s.colours());
    }
}
