package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.countersign.Countersign;
import io.countersign.cli.Main;
import io.countersign.signoff.Decision;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Signer;
import io.countersign.signoff.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code countersign check} on a combined PDF the buyer filled in: the reader is the one for every
 * issued PDF, so the combined document must carry what it looks for — the attached identity with
 * every sheet's points and one field per point in one form — and be found as the issued file next
 * to the returned one.
 */
class CombinedPdfCheckTest {
    @TempDir
    Path dir;
    Path issued;

    @BeforeEach
    void combine() {
        Path sheets = dir.resolve("sheets");
        issued = dir.resolve("batch-0007.pdf");
        CombinedPdfWriterTest.combine(issued, TestSheets.pi("paper-boxes.yaml", "A", sheets),
                TestSheets.pi("mail-order-boxes.yaml", "B", sheets), TestSheets.pi("paper-boxes.yaml", "C", sheets));
    }

    @Test
    void eachDecisionIsReadForItsOwnSkuAndElement() throws IOException {
        Path returned = fillWithPdfBox("batch-0007-signed.pdf", Map.of(
                "signoff.A-KB-5B", "change", "note.A-KB-5B", "Plain kraft, no dots",
                "signoff.B-VK-305W", "confirm", "signoff.C-KB-3C", "confirm", "signer.name", "Mark Reynolds"));

        SignOffReport r = Countersign.check(returned, Optional.empty());

        assertThat(decisions(r)).containsExactly(
                Map.entry("A-KB-5A", Decision.UNDECIDED), Map.entry("A-KB-5B", Decision.CHANGE_REQUESTED),
                Map.entry("A-KB-3C", Decision.UNDECIDED), Map.entry("B-VK-305W", Decision.CONFIRMED),
                Map.entry("B-VK-305B", Decision.UNDECIDED), Map.entry("C-KB-5A", Decision.UNDECIDED),
                Map.entry("C-KB-5B", Decision.UNDECIDED), Map.entry("C-KB-3C", Decision.CONFIRMED));
        assertThat(r.points().get(1).note()).isEqualTo("Plain kraft, no dots");
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "", ""));
        assertThat(r.identity().documentId()).isEqualTo("batch-0007");
        assertThat(r.integrity().checked()).as("the combined file was found next to the returned one").isTrue();
        assertThat(r.integrity().altered()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);

        Run run = check(returned);
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("8 sign-off points", "A-KB-5B", "note: Plain kraft, no dots", "Verdict: CHANGES_REQUESTED");
    }

    @Test
    void theNameTypedOnceShowsOnEverySheet() throws IOException {
        Path returned = fillWithPdfBox("batch-0007-signed.pdf", Map.of("signer.name", "Mark Reynolds"));

        try (PDDocument doc = Loader.loadPDF(returned.toFile())) {
            List<PDAnnotationWidget> widgets = doc.getDocumentCatalog().getAcroForm().getField("signer.name").getWidgets();
            assertThat(widgets).hasSize(3);
            for (PDAnnotationWidget w : widgets) {
                byte[] look = w.getNormalAppearanceStream().getContentStream().toByteArray();
                assertThat(new String(look, StandardCharsets.ISO_8859_1)).contains("(Mark Reynolds)");
            }
        }
    }

    @Test
    void everyPointConfirmedOnEverySheetExitsZero() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String id : List.of("A-KB-5A", "A-KB-5B", "A-KB-3C", "B-VK-305W", "B-VK-305B", "C-KB-5A", "C-KB-5B", "C-KB-3C")) {
            values.put("signoff." + id, "confirm");
        }
        Path returned = fillWithPdfBox("batch-0007-confirmed.pdf", values);

        Run run = check(returned);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Verdict: CONFIRMED").contains("updates appended");
    }

    @Test
    void aFormFilledByPdftkIsReadToo() throws Exception {
        assumeTrue(onPath("pdftk"), "pdftk is not installed");
        Path fdf = Files.writeString(dir.resolve("answers.fdf"), """
                %FDF-1.2
                1 0 obj
                << /FDF << /Fields [
                << /T (signoff) /Kids [ << /T (A-KB-5A) /V /confirm >> << /T (B-VK-305B) /V /change >> << /T (C-KB-5B) /V /confirm >> ] >>
                << /T (note) /Kids [ << /T (B-VK-305B) /V (Farbe falsch) >> ] >>
                << /T (signer) /Kids [ << /T (name) /V (Jana Vogel) >> << /T (date) /V (2026-08-25) >> ] >>
                ] >> >>
                endobj
                trailer
                << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.ISO_8859_1);
        Path returned = dir.resolve("batch-0007-pdftk.pdf");
        Process pdftk = new ProcessBuilder("pdftk", issued.toString(), "fill_form", fdf.toString(), "output", returned.toString())
                .redirectErrorStream(true).start();
        String output = new String(pdftk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdftk.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(pdftk.exitValue()).as(output).isZero();

        SignOffReport r = Countersign.check(returned, Optional.empty());

        assertThat(decisions(r)).containsEntry("A-KB-5A", Decision.CONFIRMED).containsEntry("B-VK-305B", Decision.CHANGE_REQUESTED)
                .containsEntry("C-KB-5B", Decision.CONFIRMED).containsEntry("C-KB-5A", Decision.UNDECIDED);
        assertThat(decisions(r).values().stream().filter(d -> d != Decision.UNDECIDED)).hasSize(3);
        assertThat(r.points().get(4).note()).isEqualTo("Farbe falsch");
        assertThat(r.signer()).isEqualTo(new Signer("Jana Vogel", "", "2026-08-25"));
        assertThat(r.integrity().altered()).as(r.integrity().findings().toString()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
        assertThat(check(returned).exit()).isEqualTo(3);
    }

    private Path fillWithPdfBox(String name, Map<String, String> values) throws IOException {
        Path returned = dir.resolve(name);
        try (PDDocument doc = Loader.loadPDF(issued.toFile()); OutputStream out = Files.newOutputStream(returned)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (form.getField(e.getKey()) instanceof PDRadioButton radio) {
                    radio.setValue(e.getValue());
                } else {
                    ((PDTextField) form.getField(e.getKey())).setValue(e.getValue());
                }
            }
            // as a viewer saves a filled form: the issued bytes, then an update
            doc.saveIncremental(out);
        }
        return returned;
    }

    private static Map<String, Decision> decisions(SignOffReport r) {
        return r.points().stream().collect(Collectors.toMap(p -> p.point().id(), PointDecision::decision, (x, y) -> x, LinkedHashMap::new));
    }

    record Run(int exit, String out, String err) {
    }

    private static Run check(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("check", file.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
