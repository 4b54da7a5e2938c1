package io.countersign.labels;

import io.countersign.CountersignException;
import io.countersign.core.Sha256;
import io.countersign.input.ExifOrientation;
import io.countersign.render.PageImage;
import io.countersign.render.PdfPageArt;
import io.countersign.render.RenderResources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A SKU's line drawing made ready for the carton sheet: read once (bounded), checked against the
 * hash the reader took — the sheet must show the file its identity names — and registered as a
 * PDF page to place as vector, or as a picture. {@code aspect} is width over height as shown.
 */
record PlacedDrawing(String ref, boolean vector, double aspect) {
    /** As for product pictures: a bigger picture costs memory to embed and shows nothing more at this size. */
    private static final long MAX_PIXELS = 40_000_000L;

    static PlacedDrawing of(Sku sku, LineDrawing drawing, RenderResources resources) {
        byte[] bytes = read(sku, drawing);
        String name = drawing.file().getFileName().toString();
        if (!Sha256.hex(bytes).equals(drawing.sha256())) {
            throw new SheetException("SKU " + sku.sku() + ": line drawing " + name + " changed after the SKU list was read",
                    "run again, so the sheet shows the drawing its identity names");
        }
        if (drawing.format() == LineDrawing.Format.PDF) {
            try {
                PdfPageArt page = PdfPageArt.of(bytes, drawing.sha256());
                return new PlacedDrawing(resources.pdfPage(page), true, page.aspect());
            } catch (CountersignException e) {
                throw new SheetException("SKU " + sku.sku() + ": line drawing " + name + ": " + e.getMessage(),
                        "export the drawing again as a PDF (or PNG) and name that file", e);
            }
        }
        int orientation = drawing.format() == LineDrawing.Format.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.UPRIGHT;
        int[] size = pixelSize(sku, name, bytes);
        boolean quarter = orientation >= 5 && orientation <= 8;
        double aspect = quarter ? (double) size[1] / size[0] : (double) size[0] / size[1];
        return new PlacedDrawing(resources.image(new PageImage(drawing.file(), drawing.sha256(), orientation)), false, aspect);
    }

    private static byte[] read(Sku sku, LineDrawing drawing) {
        try {
            long size = Files.size(drawing.file());
            if (size > PdfPageArt.MAX_BYTES) {
                throw new SheetException("SKU " + sku.sku() + ": line drawing " + drawing.file().getFileName() + " has "
                        + size / (1024 * 1024) + " MB", "keep line drawings under " + PdfPageArt.MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(drawing.file());
        } catch (IOException e) {
            throw new SheetException("SKU " + sku.sku() + ": line drawing " + drawing.file().getFileName() + " cannot be read ("
                    + e.getMessage() + ")", "check that the file is still there", e);
        }
    }

    /** Width and height from the header; the picture itself is decoded by nobody (PNG is embedded losslessly, JPEG as is). */
    private static int[] pixelSize(Sku sku, String name, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(stream);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if ((long) w * h > MAX_PIXELS) {
                        throw new SheetException(String.format(java.util.Locale.ROOT, "SKU %s: line drawing %s is %d × %d pixels; at most %d megapixels are placed",
                                sku.sku(), name, w, h, MAX_PIXELS / 1_000_000), "export it smaller, or as a PDF (placed as vector at any size)");
                    }
                    if (w > 0 && h > 0) {
                        return new int[] {w, h};
                    }
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            // reported below
        }
        throw new SheetException("SKU " + sku.sku() + ": line drawing " + name + " is not a readable PNG or JPEG",
                "export the drawing again as PDF, PNG or JPEG");
    }
}
