package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettlementCommandTest {
    private static final String SAMPLE = "samples/settlement/paper-boxes-claim.yaml";

    @TempDir
    Path dir;

    @Test
    void writesTheAgreementAndSaysWhoPaysWhom() {
        CliRun run = CliRun.of("settlement", SAMPLE, "-o", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(dir.resolve("ST-2026-0815-1.pdf")).isRegularFile();
        assertThat(run.out()).contains("8 clauses, each agreed on its own", "the buyer pays the seller 1780.81 USD");
    }

    @Test
    void writesTheWorkbookBesideThePdf() {
        CliRun run = CliRun.of("settlement", SAMPLE, "-o", dir.toString(), "--format", "pdf,xlsx");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("ST-2026-0815-1.xlsx")).isRegularFile();
        assertThat(dir.resolve("ST-2026-0815-1.pdf")).isRegularFile();
    }

    @Test
    void badFiguresAreLocatedAndNothingIsWritten() throws IOException {
        Path claim = dir.resolve("claim.yaml");
        Files.writeString(claim, Files.readString(Path.of(SAMPLE)).replace("buyer: rest", "buyer: 40%"));
        CliRun run = CliRun.of("settlement", claim.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(run.err()).containsPattern("claim\\.yaml:\\d+:\\d+: split: the percentages add up to 90 %, not 100 %")
                .contains("hint:").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAnUnknownFormat() {
        CliRun run = CliRun.of("settlement", SAMPLE, "-o", dir.toString(), "--format", "docx");
        assertThat(run.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(run.err()).contains("--format docx is not known");
    }
}
