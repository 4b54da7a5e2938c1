package io.countersign.signoff;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Finds countersign's identity QR code on the pages of a document that lost its form and
 * attachment (flattened, or printed and scanned back). Reads at most the first few pages.
 */
final class PageQrCode {
    private static final int MAX_PAGES = 3;
    private static final float DPI = 200;

    private PageQrCode() {
    }

    static Optional<QrPayload> find(PDDocument doc) {
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int page = 0; page < Math.min(MAX_PAGES, doc.getNumberOfPages()); page++) {
            try {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
                Optional<QrPayload> found = decode(image);
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // a page that cannot be rendered has no readable code; try the next one
            }
        }
        return Optional.empty();
    }

    private static Optional<QrPayload> decode(BufferedImage image) {
        // The code sits in the footer's left corner; a crop of that area reads far more reliably
        // than the whole page, where text can look like finder patterns.
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage[] tries = {image.getSubimage(0, h * 3 / 4, w / 3, h / 4), image};
        for (BufferedImage candidate : tries) {
            try {
                var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new Gray(candidate))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                Optional<QrPayload> payload = QrPayload.parse(result.getText());
                if (payload.isPresent()) {
                    return payload;
                }
            } catch (NotFoundException e) {
                // no code in this area
            } catch (ReaderException e) {
                // a damaged code; nothing to read
            }
        }
        return Optional.empty();
    }

    /** Luminance straight from a grey image (zxing core has no BufferedImage source of its own). */
    private static final class Gray extends LuminanceSource {
        private final BufferedImage image;

        Gray(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            this.image = image;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] r = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            image.getRaster().getDataElements(0, y, getWidth(), 1, r);
            return r;
        }

        @Override
        public byte[] getMatrix() {
            byte[] m = new byte[getWidth() * getHeight()];
            image.getRaster().getDataElements(0, 0, getWidth(), getHeight(), m);
            return m;
        }
    }
}
