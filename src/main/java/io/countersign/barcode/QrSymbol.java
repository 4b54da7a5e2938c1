package io.countersign.barcode;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A QR code module matrix (error correction level M, text in UTF-8), for a renderer to draw as
 * vector rectangles. The matrix excludes the quiet zone; leave {@link #QUIET_ZONE_MODULES} light
 * modules around it.
 */
public final class QrSymbol {
    /** Light margin ISO/IEC 18004 requires on every side, in modules. */
    public static final int QUIET_ZONE_MODULES = 4;

    private final String text;
    private final int size;
    private final boolean[] dark;

    private QrSymbol(String text, int size, boolean[] dark) {
        this.text = text;
        this.size = size;
        this.dark = dark;
    }

    /** Encodes {@code text}; ZXing picks numeric, alphanumeric or byte mode, and byte mode is UTF-8. */
    public static QrSymbol encode(String text) {
        if (text.isEmpty()) {
            throw new InvalidSymbolException("QR code text is empty", "pass the text the QR code should carry");
        }
        // Without the character-set hint ZXing would write byte mode as ISO-8859-1 and Chinese
        // text would come out as '?'; with it, an ECI marks the data as UTF-8 for the reader.
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new InvalidSymbolException("QR code cannot hold " + text.length() + " characters: " + e.getMessage(),
                    "shorten the text; a QR code at level M holds at most 2331 bytes", e);
        }
        int size = matrix.getWidth();
        boolean[] dark = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                dark[y * size + x] = matrix.get(x, y) == 1;
            }
        }
        return new QrSymbol(text, size, dark);
    }

    public String text() {
        return text;
    }

    /** Modules per side, without the quiet zone (21 for version 1, up to 177). */
    public int size() {
        return size;
    }

    /** Whether the module in column {@code x}, row {@code y} (both from 0, top-left) is dark. */
    public boolean isDark(int x, int y) {
        if (x < 0 || y < 0 || x >= size || y >= size) {
            throw new IndexOutOfBoundsException("module (" + x + ", " + y + ") outside a " + size + "×" + size + " QR code");
        }
        return dark[y * size + x];
    }

    /**
     * The dark modules as few rectangles: horizontal runs in each row, stacked with identical runs
     * in the rows below. Every dark module is covered exactly once. Sorted by row, then column.
     */
    public List<ModuleRect> darkRects() {
        List<ModuleRect> done = new ArrayList<>();
        // Open rectangles from the previous row, keyed by their column span.
        Map<Long, ModuleRect> open = new HashMap<>();
        for (int y = 0; y < size; y++) {
            Map<Long, ModuleRect> next = new HashMap<>();
            int x = 0;
            while (x < size) {
                if (!dark[y * size + x]) {
                    x++;
                    continue;
                }
                int end = x + 1;
                while (end < size && dark[y * size + end]) {
                    end++;
                }
                long span = ((long) x << 32) | end;
                ModuleRect above = open.remove(span);
                next.put(span, above == null
                        ? new ModuleRect(x, y, end - x, 1)
                        : new ModuleRect(above.x(), above.y(), above.width(), above.height() + 1));
                x = end;
            }
            done.addAll(open.values());
            open = next;
        }
        done.addAll(open.values());
        done.sort(Comparator.comparingInt(ModuleRect::y).thenComparingInt(ModuleRect::x));
        return List.copyOf(done);
    }

    /**
     * Draws the dark modules with the top-left module at the origin, each module
     * {@code moduleSize} millimetres square; the quiet zone is the caller's to keep clear.
     */
    public void drawTo(VectorCanvas canvas, double originX, double originY, double moduleSize) {
        for (ModuleRect r : darkRects()) {
            canvas.fillRect(originX + r.x() * moduleSize, originY + r.y() * moduleSize,
                    r.width() * moduleSize, r.height() * moduleSize);
        }
    }
}
