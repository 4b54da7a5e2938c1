package io.countersign.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Every page printed at 300 dpi and read with ZXing, the way a scanner app meets the paper:
 * the UPC/EAN symbols and the page's QR code.
 *
 * <p>Two things about ZXing shape this class. Its row scanner, under TRY_HARDER, reads dense
 * lines of CJK text as EAN-13 (measured: "4080088888888", check digit valid, off the seller's
 * Chinese address), so only reads centred on a drawn symbol (see {@link PageDrawing#symbols()})
 * count. And the multi-reader stops looking around a symbol once it found a neighbour, so a
 * symbol without a read is cropped out with its quiet zone and read on its own. For the QR code,
 * which ZXing misses at some module sizes, the symbol is cropped and enlarged before giving up.
 */
public final class PageScan {
    public static final int DPI = 300;
    private static final double PX_PER_PT = DPI / 72.0;
    /** Room around a symbol's bars for the quiet zone and the human-readable digits (in points). */
    private static final double MARGIN_PT = 6 * 72 / 25.4;

    /** One read symbol: format, the digits or text, and the page (from 1). */
    public record Read(BarcodeFormat format, String text, int page) {
    }

    /** What one page gave: linear symbols read on the drawn symbols, reads elsewhere, and its QR text. */
    public record Page(int number, List<Read> symbols, List<Read> offSymbols, Optional<String> qr) {
    }

    private PageScan() {
    }

    /** Scans every page for UPC-A and EAN-13 symbols and the QR code. */
    public static List<Page> allPages(byte[] pdf) {
        return allPages(pdf, List.of(BarcodeFormat.UPC_A, BarcodeFormat.EAN_13));
    }

    /**
     * Scans every page for symbols of {@code linearFormats} and the QR code; pages are decoded on two
     * threads because TRY_HARDER is slow on 9-megapixel pages.
     */
    public static List<Page> allPages(byte[] pdf, List<BarcodeFormat> linearFormats) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Future<Page>> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                List<Rectangle> symbols = PageDrawing.of(page).symbols().stream()
                        .map(r -> toPixels(r, page.getMediaBox().getHeight())).toList();
                int number = i + 1;
                pages.add(pool.submit(() -> scan(number, image, symbols, linearFormats)));
            }
            List<Page> result = new ArrayList<>();
            for (Future<Page> p : pages) {
                result.add(p.get());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    static Page scan(int number, BufferedImage image, List<Rectangle> symbols, List<BarcodeFormat> formats) {
        List<Read> on = new ArrayList<>();
        List<Read> off = new ArrayList<>();
        List<Rectangle> unread = new ArrayList<>(symbols);
        for (Result r : linear(image, formats)) {
            Read read = new Read(r.getBarcodeFormat(), r.getText(), number);
            Optional<Rectangle> symbol = symbols.stream().filter(s -> s.contains(centre(r))).findFirst();
            if (symbol.isPresent()) {
                on.add(read);
                unread.remove(symbol.get());
            } else {
                off.add(read);
            }
        }
        for (Rectangle s : unread) {
            single(crop(image, s, 1), linearHints(formats)).ifPresent(r -> on.add(new Read(r.getBarcodeFormat(), r.getText(), number)));
        }
        return new Page(number, on, off, qr(image, symbols));
    }

    private static List<Result> linear(BufferedImage image, List<BarcodeFormat> formats) {
        try {
            return List.of(new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap(image), linearHints(formats)));
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private static Optional<String> qr(BufferedImage image, List<Rectangle> symbols) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return Optional.of(new QRCodeReader().decode(bitmap(image), hints).getText());
        } catch (ReaderException e) {
            for (Rectangle s : symbols) {
                try {
                    return Optional.of(new QRCodeReader().decode(bitmap(crop(image, s, 2)), hints).getText());
                } catch (ReaderException ignored) {
                    // not the QR code, or not readable at this size either
                }
            }
            return Optional.empty();
        }
    }

    private static Optional<Result> single(BufferedImage image, Map<DecodeHintType, Object> hints) {
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap(image), hints));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Map<DecodeHintType, Object> linearHints(List<BarcodeFormat> formats) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, formats);
        return hints;
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    }

    private static java.awt.Point centre(Result r) {
        double x = 0;
        double y = 0;
        for (ResultPoint p : r.getResultPoints()) {
            x += p.getX();
            y += p.getY();
        }
        int n = r.getResultPoints().length;
        return new java.awt.Point((int) Math.round(x / n), (int) Math.round(y / n));
    }

    /** A symbol outline in page space as pixels of the page image (origin top left), widened by the margin. */
    private static Rectangle toPixels(Rectangle2D r, float pageHeight) {
        double x = (r.getMinX() - MARGIN_PT) * PX_PER_PT;
        double y = (pageHeight - r.getMaxY() - MARGIN_PT) * PX_PER_PT;
        double w = (r.getWidth() + 2 * MARGIN_PT) * PX_PER_PT;
        double h = (r.getHeight() + 2 * MARGIN_PT) * PX_PER_PT;
        return new Rectangle((int) Math.floor(x), (int) Math.floor(y), (int) Math.ceil(w), (int) Math.ceil(h));
    }

    private static BufferedImage crop(BufferedImage page, Rectangle r, int scale) {
        Rectangle inside = r.intersection(new Rectangle(page.getWidth(), page.getHeight()));
        BufferedImage out = new BufferedImage(inside.width * scale, inside.height * scale, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(page.getSubimage(inside.x, inside.y, inside.width, inside.height), 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }
}
