package io.countersign.xlsx;

import io.countersign.CountersignException;
import io.countersign.barcode.ItfSymbol;
import io.countersign.barcode.LinearSymbol;
import io.countersign.barcode.VectorCanvas;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A UPC/EAN symbol (at {@value #DPI} dpi) or an ITF-14 (at a chosen resolution) as a PNG for a
 * spreadsheet, which cannot hold vector art: drawn with Java2D from the same GS1 geometry as the
 * PDF's vector bars, black on white, quiet zones, bearer bars and human-readable digits included.
 * Bars are drawn without anti-aliasing so their edges are sharp; the digits use the bundled
 * Liberation Sans, so the picture does not depend on the fonts of the machine.
 */
final class BarcodePicture {
    static final int DPI = 300;
    /** Room below the digits' baseline, in em, as in the PDF. */
    private static final double DIGIT_DESCENT = 0.25;
    private static final double PIXELS_PER_MM = DPI / 25.4;
    private static final Font FONT = loadFont();
    /** One bit per pixel; one shared colour model, as building it is most of the cost of a small image. */
    private static final IndexColorModel BLACK_AND_WHITE = new IndexColorModel(1, 2, new byte[] {0, (byte) 255},
            new byte[] {0, (byte) 255}, new byte[] {0, (byte) 255});

    private BarcodePicture() {
    }

    /** Width of the picture in millimetres. */
    static double widthMm(LinearSymbol symbol) {
        return symbol.width();
    }

    /** Height of the picture in millimetres: bars, digits and room for their descent. */
    static double heightMm(LinearSymbol symbol) {
        return symbol.height() + DIGIT_DESCENT * symbol.hri().get(0).size();
    }

    static byte[] png(LinearSymbol symbol) {
        return png(widthMm(symbol), heightMm(symbol), PIXELS_PER_MM, canvas -> symbol.drawTo(canvas, 0, 0));
    }

    /**
     * An ITF-14 at {@code dpi}, {@code symbol.width()} × {@code symbol.height()} mm. Bar edges snap to
     * whole pixels, so choose a dpi at which X is several pixels (at 300 dpi X = 0.508 mm is six).
     */
    static byte[] png(ItfSymbol symbol, int dpi) {
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be 72–1200: " + dpi);
        }
        return png(symbol.width(), symbol.height(), dpi / 25.4, canvas -> symbol.drawTo(canvas, 0, 0));
    }

    private static byte[] png(double widthMm, double heightMm, double pixelsPerMm, Consumer<VectorCanvas> drawing) {
        BufferedImage image = new BufferedImage((int) Math.ceil(widthMm * pixelsPerMm),
                (int) Math.ceil(heightMm * pixelsPerMm), BufferedImage.TYPE_BYTE_BINARY, BLACK_AND_WHITE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            drawing.accept(new Canvas(g, pixelsPerMm));
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** PNG bytes, encoded in memory: ImageIO.write would buffer each picture in a temporary file. */
    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private record Canvas(Graphics2D g, double pixelsPerMm) implements VectorCanvas {
        @Override
        public void fillRect(double x, double y, double width, double height) {
            g.fill(new Rectangle2D.Double(x * pixelsPerMm, y * pixelsPerMm, width * pixelsPerMm, height * pixelsPerMm));
        }

        @Override
        public void text(String text, double centreX, double baselineY, double size) {
            Font font = FONT.deriveFont((float) (size * pixelsPerMm));
            g.setFont(font);
            double width = font.getStringBounds(text, g.getFontRenderContext()).getWidth();
            g.drawString(text, (float) (centreX * pixelsPerMm - width / 2), (float) (baselineY * pixelsPerMm));
        }
    }

    private static Font loadFont() {
        try (InputStream in = BarcodePicture.class.getResourceAsStream("/io/countersign/render/fonts/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new CountersignException("the bundled font LiberationSans-Regular.ttf is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new CountersignException("the bundled font LiberationSans-Regular.ttf cannot be read", e);
        }
    }
}
