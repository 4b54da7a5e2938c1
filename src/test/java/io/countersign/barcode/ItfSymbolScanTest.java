package io.countersign.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.ITFReader;
import io.countersign.gs1.Gtin;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The symbol rasterised at 300 dpi, as a printer would, must scan back to exactly the GTIN-14. */
class ItfSymbolScanTest {
    private static final int DPI = 300;
    private static final double MARGIN_MM = 3;

    static Stream<Arguments> symbols() {
        return Stream.of("10084631001022", "16901234567899", "50012345678900")
                .flatMap(gtin -> Stream.of(0.5, 0.625, 1.0).flatMap(m -> Stream.of(ItfBearers.values())
                        .filter(b -> m >= b.minMagnification())
                        .flatMap(b -> Stream.of(2.25, 2.5, 3.0).map(r -> Arguments.of(gtin, m, b, r)))));
    }

    @ParameterizedTest(name = "{0} at {1} with {2}, ratio {3}")
    @MethodSource("symbols")
    void scansBackToTheGtin14(String digits, double magnification, ItfBearers bearers, double ratio) throws ReaderException {
        ItfSymbol symbol = ItfSymbol.of(Gtin.parse(digits), magnification, bearers, ratio, ItfSymbol.NOMINAL_BAR_HEIGHT);
        BufferedImage image = Java2dCanvas.render(symbol.width() + 2 * MARGIN_MM, symbol.height() + 2 * MARGIN_MM,
                DPI, canvas -> symbol.drawTo(canvas, MARGIN_MM, MARGIN_MM));

        assertThat(itf14(image)).isEqualTo(digits);
    }

    static String itf14(BufferedImage image) throws NotFoundException, com.google.zxing.FormatException {
        // ITF has no fixed length; insisting on 14 keeps a partial read of the bars from passing
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.ALLOWED_LENGTHS, new int[] {14},
                DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.ITF));
        return new ITFReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints)
                .getText();
    }
}
