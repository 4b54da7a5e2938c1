package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.cli.Main;
import io.countersign.signoff.Decision;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Signer;
import io.countersign.signoff.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The sheets' forms as a buyer fills them and as {@code countersign check} reads them: one
 * Confirm / Change-needed decision and one note per element, under the contract's field names,
 * read back by the same reader as PIs.
 */
class SheetSignOffTest {
    @TempDir
    Path dir;

    @Test
    void theStickerHasADecisionAndANotePerElementPlusTheSignerFieldsAndNothingElse() throws IOException {
        assertFields(CaseSkus.standardSticker(), List.of("KB-5A_text", "KB-5A_barcode", "KB-5A_size"));
    }

    @Test
    void theCartonHasADecisionAndANotePerElementPlusTheSignerFieldsAndNothingElse() throws IOException {
        assertFields(CaseSkus.pdfCarton(), List.of("KB-5A_drawing", "KB-5A_mainmark", "KB-5A_sidemark", "KB-5A_itf14", "KB-5A_colours"));
    }

    @Test
    void pointIdsMakeTheSkuSafeForFieldNames() {
        // a dot would split the field name into a hierarchy; slashes and spaces are not allowed in ids
        assertThat(SheetPoints.id("KB.5A/blue box", "text")).isEqualTo("KB_5A_blue_box_text");
        assertThat(SheetPoints.id("", "size")).isEqualTo("sku_size");
    }

    @Test
    void anUnansweredStickerIsIncompleteWithEveryElementUndecided() throws IOException {
        Path issued = Files.write(dir.resolve("KB-5A-sticker.pdf"), CaseSkus.standardSticker().pdf());

        SignOffReport r = Countersign.check(issued, Optional.empty());

        assertThat(r.identity().kind()).isEqualTo("sticker");
        assertThat(r.points()).extracting(PointDecision::decision).containsOnly(Decision.UNDECIDED);
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void aStickerWithOneElementToChangeIsReadElementByElement() throws IOException {
        RenderedSheet sheet = CaseSkus.standardSticker();
        Path issued = Files.write(dir.resolve("KB-5A-sticker.pdf"), sheet.pdf());
        Path returned = returned(sheet, "KB-5A-sticker-signed.pdf", doc -> {
            set(doc, "signoff.KB-5A_text", "confirm");
            set(doc, "signoff.KB-5A_barcode", "change");
            set(doc, "note.KB-5A_barcode", "Our GTIN for 100234 is 084631001025");
            set(doc, "signer.name", "Mark Reynolds");
        });

        SignOffReport r = Countersign.check(returned, Optional.of(issued));

        assertThat(r.points()).extracting(p -> p.point().id(), PointDecision::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KB-5A_text", Decision.CONFIRMED),
                org.assertj.core.groups.Tuple.tuple("KB-5A_barcode", Decision.CHANGE_REQUESTED),
                org.assertj.core.groups.Tuple.tuple("KB-5A_size", Decision.UNDECIDED));
        assertThat(r.points().get(1).note()).isEqualTo("Our GTIN for 100234 is 084631001025");
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "", ""));
        assertThat(r.integrity().altered()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
    }

    @Test
    void countersignCheckExitsZeroOnlyWhenEveryCartonElementIsConfirmed() throws IOException {
        RenderedSheet sheet = CaseSkus.pdfCarton();
        Files.write(dir.resolve("KB-5A-carton.pdf"), sheet.pdf());
        Path allButColours = returned(sheet, "KB-5A-carton-partly.pdf", doc -> sheet.identity().points().stream()
                .filter(p -> !p.id().endsWith("_colours")).forEach(p -> set(doc, p.decisionField(), "confirm")));
        Path all = returned(sheet, "KB-5A-carton-confirmed.pdf", doc -> sheet.identity().points()
                .forEach(p -> set(doc, p.decisionField(), "confirm")));

        Run partly = check(allButColours);
        Run confirmed = check(all);

        assertThat(partly.exit()).as(partly.out()).isEqualTo(3);
        assertThat(partly.out()).contains("KB-5A_colours").contains("Verdict: INCOMPLETE");
        assertThat(confirmed.exit()).as(confirmed.out() + confirmed.err()).isZero();
        assertThat(confirmed.out()).contains("Verdict: CONFIRMED");
    }

    @Test
    void aBoxPaintedOverTheStickerDrawingIsAnAlteration() throws IOException {
        RenderedSheet sheet = CaseSkus.standardSticker();
        Path issued = Files.write(dir.resolve("KB-5A-sticker.pdf"), sheet.pdf());
        Path returned = dir.resolve("KB-5A-sticker-edited.pdf");
        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            sheet.identity().points().forEach(p -> set(doc, p.decisionField(), "confirm"));
            // a white box painted over the sticker drawing
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, doc.getPage(0),
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true)) {
                cs.setNonStrokingColor(1f);
                cs.addRect(40, 650, 100, 60);
                cs.fill();
            }
            doc.save(returned.toFile());
        }

        SignOffReport r = Countersign.check(returned, Optional.of(issued));

        assertThat(r.integrity().altered()).isTrue();
        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
    }

    private static void assertFields(RenderedSheet sheet, List<String> points) throws IOException {
        assertThat(sheet.identity().points()).extracting(p -> p.id()).containsExactlyElementsOf(points);
        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            Map<String, Class<?>> expected = new TreeMap<>();
            points.forEach(p -> expected.put("signoff." + p, PDRadioButton.class));
            points.forEach(p -> expected.put("note." + p, PDTextField.class));
            List.of("signer.name", "signer.title", "signer.date").forEach(f -> expected.put(f, PDTextField.class));
            expected.put("signer.signature", PDSignatureField.class);
            Map<String, Class<?>> actual = new TreeMap<>();
            List<PDRadioButton> radios = new ArrayList<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (f instanceof PDTerminalField t) {
                    assertThat(actual.put(t.getFullyQualifiedName(), t.getClass())).as("%s defined once", t.getFullyQualifiedName()).isNull();
                    if (t instanceof PDRadioButton r) {
                        radios.add(r);
                    }
                }
            }
            assertThat(actual).isEqualTo(expected);
            assertThat(radios).allSatisfy(r -> {
                assertThat(r.getOnValues()).containsExactlyInAnyOrder("confirm", "change");
                assertThat(r.getValue()).as("nothing pre-ticked").isEqualTo("Off");
            });
        }
    }

    private Path returned(RenderedSheet sheet, String name, Consumer<PDDocument> edit) throws IOException {
        Path out = dir.resolve(name);
        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            edit.accept(doc);
            doc.save(out.toFile());
        }
        return out;
    }

    private static void set(PDDocument doc, String field, String value) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        try {
            form.getField(field).setValue(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run check(Path returned) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("check", returned.toString());
        return new Run(exit, out.toString(), err.toString());
    }
}
