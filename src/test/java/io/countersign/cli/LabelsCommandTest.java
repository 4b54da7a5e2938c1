package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aListWhoseEveryRowIsBadNamesEachRowAndWritesNothing() throws IOException {
        List<String> sample = Files.readAllLines(Path.of("samples/labels/skus.csv"));
        Path list = dir.resolve("skus.csv");
        // 12 × 8 mm is too small for any UPC-A at 80 %: both rows are refused while the list is read.
        Files.write(list, List.of(sample.get(0), sample.get(1).replace(",50x30,", ",12x8,"), sample.get(2).replace(",50x30,", ",12x8,")));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("labels", list.toString(), "-o", out.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("skus.csv row 2 (KB-5A)", "skus.csv row 3 (KB-5B)", "no row can be rendered; nothing written")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
