package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countersign bench}: it runs its workload and reports both measurements; timings themselves are not asserted. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsOneThreadAndAllCoresAndCanSaveWhatItMeasured() throws Exception {
        Path sample = dir.resolve("sample.pdf");

        PiCommandTest.Run run = PiCommandTest.run("bench", "pi", "--styles", "3", "--warmup", "1", "--documents", "2",
                "--threads", "2", "--save-sample", sample.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("PI with 3 styles").contains("1 thread:").contains("2 threads:")
                .containsPattern("median \\d+\\.\\d ms, p90 \\d+\\.\\d ms per document, \\d+\\.\\d documents/s");
        assertThat(Files.readAllBytes(sample)).startsWith("%PDF-".getBytes());
    }

    @Test
    void aSmallLabelBatchReportsWallTimeRateAndHeap() {
        PiCommandTest.Run run = PiCommandTest.run("bench", "labels", "--skus", "12", "--threads", "2");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("workload: 12 SKUs in a CSV")
                .containsPattern("12 sticker sheets \\+ combined PDF \\(\\d+ MB\\) \\+ index \\+ manifest: \\d+\\.\\d s wall, \\d+\\.\\d SKUs/s")
                .containsPattern("heap: peak in use \\d+ MB, peak live after GC \\d+ MB, max heap \\d+ MB");
    }

    @Test
    void aShortServerRunReportsEachPhaseAndFindsNothingLost() {
        PiCommandTest.Run run = PiCommandTest.run("bench", "server", "--styles", "2", "--clients", "2", "--seconds", "2", "--overload", "3",
                "--warmup", "2");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("a 2-style PI (YAML) + 2 JPEG photos").contains("load average before:")
                .containsPattern("sustained\\s+2 clients .* PIs/s, 201 p50 +\\d+ ms p99 +\\d+ ms")
                .containsPattern("3x overload +6 clients").contains("recovery")
                .containsPattern("check: (\\d+) answered 201, \\1 documents registered, every PDF stored: yes; nothing lost or half-stored")
                .contains("targets: >= 40 PIs/s sustained:");
    }

    @Test
    void refusesAnUnknownWorkload() {
        PiCommandTest.Run run = PiCommandTest.run("bench", "settlement");

        assertThat(run.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(run.err()).contains("no benchmark for \"settlement\"");
    }
}
