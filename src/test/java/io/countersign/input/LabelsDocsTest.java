package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.labels.SkuList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/input-labels.md lists the columns, their aliases and examples; all must be what the reader does. */
class LabelsDocsTest {
    private static final Path DOC = Path.of("docs/input-labels.md");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    @TempDir
    Path dir;

    @Test
    void theColumnTableListsEveryColumnWithExactlyItsAliases() throws IOException {
        for (SkuColumn c : SkuColumn.values()) {
            String[] cells = tableRow(c.label()).orElseThrow(() -> new AssertionError("no row for " + c.label())).split("\\|");
            List<String> aliases = new ArrayList<>();
            Matcher m = BACKTICKED.matcher(cells[2]);
            while (m.find()) {
                aliases.add(m.group(1));
            }
            assertThat(aliases).as(c.label()).isEqualTo(c.aliases());
        }
    }

    @Test
    void theRequiredColumnsAreTheBoldOnes() throws IOException {
        Set<SkuColumn> required = EnumSet.copyOf(SkuHeader.REQUIRED);
        // One form of each is required; the bold column stands for the group.
        required.addAll(List.of(SkuColumn.STICKER_SIZE, SkuColumn.CARTON_SIZE, SkuColumn.CARTON_GTIN));
        for (SkuColumn c : SkuColumn.values()) {
            String first = tableRow(c.label()).orElseThrow().split("\\|")[1].strip();
            assertThat(first.startsWith("**")).as(c.label()).isEqualTo(required.contains(c));
        }
    }

    @Test
    void theExamplesAreValid() throws IOException {
        copySampleFiles();
        String doc = Files.readString(DOC);
        SkuList yaml = SkuReader.read(SkuListFiles.write(dir.resolve("skus.yaml"), block(doc, "```yaml\n")));
        SkuList csv = SkuReader.read(SkuListFiles.write(dir.resolve("skus.csv"), block(doc, "```csv\n")));
        assertThat(yaml.problems()).isEmpty();
        assertThat(csv.problems()).isEmpty();
        // The YAML example is the CSV's first row with two print colours instead of one.
        assertThat(SkuReaderTest.withoutRow(yaml.rows().get(0)).marks()).isEqualTo(csv.rows().get(0).marks());
        assertThat(yaml.rows().get(0).cartonGtin()).isEqualTo(csv.rows().get(0).cartonGtin());
        assertThat(yaml.rows().get(0).picture()).isEqualTo(csv.rows().get(0).picture());
        assertThat(yaml.rows().get(0).colours()).hasSize(2);
    }

    @Test
    void theDocumentedErrorListingIsReal() throws IOException {
        String listing = block(Files.readString(DOC), "```\n2 problems").strip();
        Path file = SkuListFiles.write(dir.resolve("skus.csv"),
                "SKU,Buyer code,Description,Barcodes,Sticker size,PCS/CTN,Carton size,N.W.,G.W.,Indicator,Consignee,PO,Cartons\r\n"
                        + "KB-5A,100234,Nested kraft box,084631001018,50x30,8,64x48x34,10.4,11.4,1,MFH,PO-44817,150\r\n");
        assertThatThrownBy(() -> SkuReader.read(file))
                .satisfies(e -> assertThat(e.getMessage().replace(dir + "/", "")).isEqualTo(listing));
    }

    private void copySampleFiles() throws IOException {
        for (String sub : List.of("images", "drawings")) {
            Files.createDirectories(dir.resolve(sub));
            try (var files = Files.list(Path.of("samples/labels", sub))) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(sub).resolve(f.getFileName()));
                }
            }
        }
    }

    private static Optional<String> tableRow(String label) throws IOException {
        return Files.readAllLines(DOC).stream()
                .filter(l -> l.startsWith("| ") && l.split("\\|").length > 2 && l.split("\\|")[1].strip().replace("**", "").equals(label))
                .findFirst();
    }

    private static String block(String markdown, String start) {
        int from = markdown.indexOf(start);
        assertThat(from).as("block starting with " + start).isNotNegative();
        int bodyStart = start.startsWith("```\n") ? from + 4 : markdown.indexOf('\n', from) + 1;
        return markdown.substring(bodyStart, markdown.indexOf("```", bodyStart));
    }
}
