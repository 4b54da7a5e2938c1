package io.countersign.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.countersign.labels.SheetKind;
import io.countersign.testing.Buyer;
import io.countersign.testing.TestSkus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index answered and then saved by LibreOffice Calc (headless, its own xlsx filter), as a buyer
 * without Excel returns it: Calc rewrites every cell (shared strings, its own styles), so the row
 * hashes recorded at issue must hold for what Calc writes. Skipped where LibreOffice is not installed.
 */
class IndexLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void decisionsAndCellHashesSurviveASaveByLibreOffice() throws Exception {
        byte[] issued = TestSkus.write(SheetKind.CARTON, 3, true);
        Path issuedFile = Files.write(dir.resolve("issued.xlsx"), issued);
        Path answered = Buyer.answer(issued, dir.resolve("answered.xlsx"), wb -> {
            Buyer.cells(wb).keySet().forEach(id -> Buyer.decide(wb, id, "Confirm"));
            Buyer.decide(wb, "KB-2_itf14", "Change needed");
            Buyer.note(wb, "KB-2_itf14", "indicator 2, not 1");
            Buyer.sign(wb, "Mark Reynolds", "Operations Manager");
        });

        Path saved = saveWithLibreOffice(answered);

        SignOffReport alone = ReturnReader.read(saved, Optional.empty());
        SignOffReport withIssued = ReturnReader.read(saved, Optional.of(issuedFile));
        for (SignOffReport r : List.of(alone, withIssued)) {
            assertThat(r.integrity().checked()).isTrue();
            assertThat(r.integrity().altered()).as(String.join("\n", r.integrity().findings())).isFalse();
            assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
            assertThat(r.with(Decision.CONFIRMED)).hasSize(14);
            assertThat(r.with(Decision.CHANGE_REQUESTED)).singleElement()
                    .satisfies(p -> assertThat(p.note()).isEqualTo("indicator 2, not 1"));
            assertThat(r.signer().name()).isEqualTo("Mark Reynolds");
        }
    }

    /** {@code soffice --convert-to xlsx} with a throw-away profile, so it neither uses nor disturbs another running office. */
    private Path saveWithLibreOffice(Path file) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path out = Files.createDirectories(dir.resolve("saved"));
        Path log = dir.resolve("soffice.log");
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        Path saved = out.resolve(file.getFileName());
        assertThat(saved).as(Files.readString(log, StandardCharsets.UTF_8)).exists();
        return saved;
    }
}
