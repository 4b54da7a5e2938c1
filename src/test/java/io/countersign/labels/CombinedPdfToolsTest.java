package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The combined PDF as other PDF software reads it (qpdf, poppler, pdftk; each test is skipped where
 * the tool is not installed): no structural error, every font embedded, every field once.
 */
class CombinedPdfToolsTest {
    @TempDir
    static Path dir;
    static Path combined;

    @BeforeAll
    static void combine() {
        Path sheets = dir.resolve("sheets");
        combined = dir.resolve("combined.pdf");
        CombinedPdfWriterTest.combine(combined, TestSheets.pi("paper-boxes.yaml", "A", sheets),
                TestSheets.pi("mail-order-boxes.yaml", "B", sheets), TestSheets.pi("paper-boxes.yaml", "C", sheets));
    }

    @Test
    void qpdfFindsNoError() throws Exception {
        Result r = run("qpdf", "--check", combined.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("No syntax or stream encoding errors found");
    }

    @Test
    void pdfinfoSeesEveryPageTheFormAndTheMetadata() throws Exception {
        Result r = run("pdfinfo", combined.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("Pages:\\s+8\\n").containsPattern("Form:\\s+AcroForm")
                .containsPattern("Title:\\s+UPC sticker approval, batch 7").containsPattern("Metadata Stream:\\s+yes");
    }

    @Test
    void pdffontsListsOnlyEmbeddedSubsets() throws Exception {
        Result r = run("pdffonts", combined.toString());
        assertThat(r.exit()).isZero();
        List<String> fonts = Arrays.stream(r.out().split("\\n")).skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(fonts).isNotEmpty().allSatisfy(line -> assertThat(line).matches("[A-Z]{6}\\+\\S+\\s.*\\byes\\s+yes\\s+yes\\s+\\d+\\s+0"));
    }

    @Test
    void pdftkListsEveryFieldOnce() throws Exception {
        Result r = run("pdftk", combined.toString(), "dump_data_fields");
        assertThat(r.exit()).as(r.out()).isZero();
        List<String> names = Arrays.stream(r.out().split("\\n")).filter(l -> l.startsWith("FieldName: ")).map(l -> l.substring(11)).toList();
        List<String> expected = new ArrayList<>(List.of("note", "signer", "signoff", "signer.name", "signer.title", "signer.date",
                "signer.signature"));
        for (String id : CombinedPdfWriterTest.pointIds(dir.resolve("sheets/A.pdf"), dir.resolve("sheets/B.pdf"), dir.resolve("sheets/C.pdf"))) {
            expected.add("signoff." + id);
            expected.add("note." + id);
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    record Result(int exit, String out) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        assumeTrue(CombinedPdfCheckTest.onPath(command[0]), command[0] + " is not installed");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
