package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.testing.CliRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerWarmUpTest {
    @Test
    void readsAndRendersTheSamplePiForItsBudgetAndLeavesNoFilesBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = warmUpFolders(tmp);
        StringWriter log = new StringWriter();

        new ServerWarmUp(Duration.ofSeconds(1), new PrintWriter(log)).run();

        assertThat(log.toString()).containsPattern("warmed up \\(([1-9][0-9]*) PIs read and rendered in 1 s, nothing stored\\)");
        assertThat(warmUpFolders(tmp)).as("temporary photo folders").isEqualTo(before);
    }

    @Test
    void aNegativeWarmUpIsRefusedWithTheRange(@TempDir Path data) {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--warm-up", "-1", "--create-key", "a");

        assertThat(run.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(run.err()).contains("--warm-up must be 0..3600 seconds");
    }

    private static long warmUpFolders(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("countersign-warm-up")).count();
        }
    }
}
