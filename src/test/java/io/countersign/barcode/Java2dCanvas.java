package io.countersign.barcode;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** A {@link VectorCanvas} over Java2D, so tests can rasterise symbols the way a printer would and scan them. */
final class Java2dCanvas implements VectorCanvas {
    private static final Font FONT = loadFont();

    private final Graphics2D g;
    private final double pixelsPerMm;

    private Java2dCanvas(Graphics2D g, double pixelsPerMm) {
        this.g = g;
        this.pixelsPerMm = pixelsPerMm;
    }

    /** A white image of the given size in millimetres at {@code dpi}, with whatever {@code draw} paints in black. */
    static BufferedImage render(double widthMm, double heightMm, int dpi, Consumer<VectorCanvas> draw) {
        double pixelsPerMm = dpi / 25.4;
        BufferedImage image = new BufferedImage((int) Math.ceil(widthMm * pixelsPerMm),
                (int) Math.ceil(heightMm * pixelsPerMm), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            draw.accept(new Java2dCanvas(g, pixelsPerMm));
        } finally {
            g.dispose();
        }
        return image;
    }

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

    // The bundled font rather than a system one, so the rendering does not depend on the machine.
    private static Font loadFont() {
        try (InputStream in = Java2dCanvas.class.getResourceAsStream(
                "/io/countersign/render/fonts/LiberationSans-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
