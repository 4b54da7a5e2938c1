package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.testing.RenderedPi;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countersign check} as a user runs it: the report, the JSON form, and the exit code per verdict. */
class CheckCommandTest {
    private static final RenderedPi PI = RenderedPi.sample("paper-boxes.yaml");

    @TempDir
    Path dir;

    @Test
    void anUnansweredDocumentListsEveryPointAsNotConfirmedAndExitsThree() throws Exception {
        Path file = Files.write(dir.resolve("2026-0815-r1.pdf"), PI.pdf());

        PiCommandTest.Run run = PiCommandTest.run("check", file.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("KB-5A").contains("UNDECIDED (not confirmed)").contains("Verdict: INCOMPLETE");
    }

    @Test
    void aFullyConfirmedReturnExitsZeroAndReportsAsJson() throws Exception {
        Files.write(dir.resolve("2026-0815-r1.pdf"), PI.pdf());
        Path returned = dir.resolve("2026-0815-r1-confirmed.pdf");
        try (PDDocument doc = Loader.loadPDF(PI.pdf())) {
            for (String id : new String[] {"KB-5A", "KB-5B", "KB-3C"}) {
                ((PDRadioButton) doc.getDocumentCatalog().getAcroForm().getField("signoff." + id)).setValue("confirm");
            }
            doc.save(returned.toFile());
        }

        PiCommandTest.Run run = PiCommandTest.run("check", returned.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("verdict").asText()).isEqualTo("CONFIRMED");
        assertThat(json.path("points")).hasSize(3);
        assertThat(json.path("integrity").path("checked").asBoolean()).isTrue();
    }

    @Test
    void aForeignFileExitsTwoWithoutAStackTrace() throws Exception {
        Path text = Files.writeString(dir.resolve("x.pdf"), "not a pdf");

        PiCommandTest.Run run = PiCommandTest.run("check", text.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a PDF").doesNotContain("at io.");
    }
}
