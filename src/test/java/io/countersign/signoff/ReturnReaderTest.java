package io.countersign.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.testing.PageEdits;
import io.countersign.testing.RenderedPi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returned PDFs as different viewers and tools leave them: what each point says, who signed,
 * whether the document was altered, and the verdict with its exit code.
 */
class ReturnReaderTest {
    private static final RenderedPi PI = RenderedPi.sample("paper-boxes.yaml");

    @TempDir
    Path dir;
    Path issued;

    @BeforeEach
    void issue() throws IOException {
        issued = dir.resolve("2026-0815-r1.pdf");
        Files.write(issued, PI.pdf());
    }

    @Test
    void anUntouchedDocumentHasEveryPointUndecided() {
        SignOffReport r = ReturnReader.read(issued, Optional.empty());

        assertThat(r.points()).extracting(PointDecision::decision).containsOnly(Decision.UNDECIDED);
        assertThat(r.points()).extracting(p -> p.point().id()).containsExactly("KB-5A", "KB-5B", "KB-3C");
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.verdict().exitCode()).isEqualTo(3);
    }

    @Test
    void readsDecisionsNotesAndSignerFilledWithPdfBoxAsAnIncrementalUpdate() throws IOException {
        Path returned = returned("signed", doc -> {
            set(doc, "signoff.KB-5A", "confirm");
            set(doc, "signoff.KB-5B", "change");
            text(doc, "note.KB-5B", "Wrong print: we ordered plain");
            text(doc, "signer.name", "Mark Reynolds");
            text(doc, "signer.title", "Operations Manager");
        }, true);

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.points()).extracting(PointDecision::decision)
                .containsExactly(Decision.CONFIRMED, Decision.CHANGE_REQUESTED, Decision.UNDECIDED);
        assertThat(r.points().get(1).note()).isEqualTo("Wrong print: we ordered plain");
        assertThat(r.signer()).isEqualTo(new Signer("Mark Reynolds", "Operations Manager", ""));
        assertThat(r.integrity().checked()).isTrue();
        assertThat(r.integrity().altered()).isFalse();
        assertThat(r.integrity().findings().get(0)).contains("updates appended");
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
    }

    @Test
    void allConfirmedIsTheOnlyVerdictWithExitZero() throws IOException {
        Path returned = returned("ok", doc -> List.of("KB-5A", "KB-5B", "KB-3C").forEach(id -> set(doc, "signoff." + id, "confirm")), false);

        SignOffReport r = ReturnReader.read(returned, Optional.of(issued));

        assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(r.verdict().exitCode()).isZero();
    }

    @Test
    void aChoiceRecordedOnlyInTheAppearanceStateCounts() throws IOException {
        // Some viewers update the widget's /AS but never the field's /V.
        Path returned = returned("as-only", doc -> {
            PDRadioButton radio = (PDRadioButton) form(doc).getField("signoff.KB-3C");
            for (PDAnnotationWidget w : radio.getWidgets()) {
                boolean change = w.getAppearance().getNormalAppearance().getSubDictionary().containsKey(COSName.getPDFName("change"));
                w.getCOSObject().setName(COSName.AS, change ? "change" : "Off");
            }
        }, false);

        assertThat(ReturnReader.read(returned, Optional.empty()).points().get(2).decision()).isEqualTo(Decision.CHANGE_REQUESTED);
    }

    @Test
    void aValueWrittenAsAStringOrOnlyAsTheValueCounts() throws IOException {
        // Tools differ: a name /confirm, a string (confirm), with or without touching the widgets.
        Path returned = returned("v-only", doc -> {
            form(doc).getField("signoff.KB-5A").getCOSObject().setItem(COSName.V, new COSString("confirm"));
            form(doc).getField("signoff.KB-5B").getCOSObject().setName(COSName.V, "change");
            form(doc).setNeedAppearances(true);
        }, false);

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.points()).extracting(PointDecision::decision)
                .containsExactly(Decision.CONFIRMED, Decision.CHANGE_REQUESTED, Decision.UNDECIDED);
    }

    @Test
    void changedPageTextIsAnAlterationNamingThePageAndTheValues() throws IOException {
        Path returned = returned("altered", doc -> {
            List.of("KB-5A", "KB-5B", "KB-3C").forEach(id -> set(doc, "signoff." + id, "confirm"));
            PageEdits.writeText(doc, 1, "unit price 2.20");
        }, true);

        SignOffReport r = ReturnReader.read(returned, Optional.empty());

        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.verdict().exitCode()).isEqualTo(4);
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).startsWith("page 2").contains("KB-5B").contains("unit price 2.20"));
    }

    @Test
    void aBoxDrawnOverThePageIsAnAlteration() throws IOException {
        Path returned = returned("covered", doc -> {
            PDAnnotationSquare square = new PDAnnotationSquare();
            square.setRectangle(new PDRectangle(500, 300, 60, 20));
            try {
                doc.getPage(0).getAnnotations().add(square);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, true);

        SignOffReport r = ReturnReader.read(returned, Optional.of(issued));

        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).contains("Square annotation"));
    }

    @Test
    void withoutTheIssuedFileIntegrityIsReportedAsNotChecked() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("inbox")).resolve("from-buyer.pdf");
        Files.write(elsewhere, PI.pdf());

        SignOffReport r = ReturnReader.read(elsewhere, Optional.empty());

        assertThat(r.integrity().checked()).isFalse();
        assertThat(r.integrity().findings().get(0)).contains("--issued");
    }

    @Test
    void aScannedReturnIsRecognisedByItsQrCodeAndNotMistakenForUndecided() throws IOException {
        Path scanned = dir.resolve("2026-0815-r1-scan.pdf");
        try (PDDocument original = Loader.loadPDF(PI.pdf()); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(original);
            for (int i = 0; i < original.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 200, ImageType.GRAY);
                PDPage page = new PDPage(original.getPage(i).getMediaBox());
                scan.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            scan.save(scanned.toFile());
        }

        SignOffReport r = ReturnReader.read(scanned, Optional.empty());

        assertThat(r.identity().documentId()).isEqualTo(PI.rendering().identity().documentId());
        assertThat(r.points()).hasSize(3).extracting(PointDecision::decision).containsOnly(Decision.NOT_MACHINE_READABLE);
        assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void aPdfThatIsNotACountersignDocumentIsRefused() throws IOException {
        Path foreign = dir.resolve("foreign.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(foreign.toFile());
        }

        assertThatThrownBy(() -> ReturnReader.read(foreign, Optional.empty()))
                .isInstanceOf(UnusableReturnException.class).hasMessageContaining("not a countersign document");
    }

    @Test
    void aFileThatIsNotAPdfIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "hello");

        assertThatThrownBy(() -> ReturnReader.read(text, Optional.empty()))
                .isInstanceOf(UnusableReturnException.class).hasMessageContaining("not a PDF");
    }

    /** Writes a returned copy next to the issued file: an incremental update or a full rewrite. */
    private Path returned(String suffix, Consumer<PDDocument> edit, boolean incremental) throws IOException {
        Path out = dir.resolve("2026-0815-r1-" + suffix + ".pdf");
        try (PDDocument doc = Loader.loadPDF(PI.pdf())) {
            edit.accept(doc);
            if (incremental) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
                form(doc).getCOSObject().setNeedToBeUpdated(true);
                markAll(doc);
                doc.saveIncremental(bytes);
                Files.write(out, bytes.toByteArray());
            } else {
                doc.save(out.toFile());
            }
        }
        return out;
    }

    /** Marks everything for the incremental writer; PDFBox only writes objects flagged as changed. */
    private static void markAll(PDDocument doc) {
        for (var field : form(doc).getFieldTree()) {
            field.getCOSObject().setNeedToBeUpdated(true);
            if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField t) {
                t.getWidgets().forEach(w -> w.getCOSObject().setNeedToBeUpdated(true));
            }
        }
        for (PDPage page : doc.getPages()) {
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject().getCOSArray(COSName.ANNOTS);
        }
    }

    private static PDAcroForm form(PDDocument doc) {
        return doc.getDocumentCatalog().getAcroForm();
    }

    private static void set(PDDocument doc, String field, String value) {
        try {
            ((PDRadioButton) form(doc).getField(field)).setValue(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(PDDocument doc, String field, String value) {
        try {
            form(doc).getField(field).setValue(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
