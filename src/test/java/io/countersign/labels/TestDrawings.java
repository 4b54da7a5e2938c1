package io.countersign.labels;

import io.countersign.core.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Line drawings for tests: a nested box drawn with PDFBox vector lines, written as a PDF file. */
final class TestDrawings {
    /** The drawing's page: 200 × 120 pt, landscape like most product drawings. */
    static final float WIDTH = 200;
    static final float HEIGHT = 120;

    private TestDrawings() {
    }

    /** A box in three-quarter view with its lid, on a page turned by {@code rotation}° (its /Rotate). */
    static byte[] boxPdf(int rotation) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            page.setRotation(rotation);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(1.2f);
                // front face, top face, side face
                cs.addRect(30, 15, 100, 60);
                cs.moveTo(30, 75);
                cs.lineTo(70, 100);
                cs.lineTo(170, 100);
                cs.lineTo(130, 75);
                cs.moveTo(170, 100);
                cs.lineTo(170, 40);
                cs.lineTo(130, 15);
                cs.stroke();
                // the lid's edge, dashed
                cs.setLineDashPattern(new float[] {4, 3}, 0);
                cs.moveTo(30, 65);
                cs.lineTo(130, 65);
                cs.lineTo(170, 90);
                cs.stroke();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LineDrawing pdf(Path dir, String name, int rotation) {
        return write(dir.resolve(name), boxPdf(rotation), LineDrawing.Format.PDF);
    }

    static LineDrawing write(Path file, byte[] bytes, LineDrawing.Format format) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LineDrawing(file, format, Sha256.hex(bytes));
    }
}
