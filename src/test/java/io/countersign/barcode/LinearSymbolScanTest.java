package io.countersign.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import io.countersign.gs1.Gtin;
import java.awt.image.BufferedImage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end: the vector symbol rasterised at 300 dpi, as a label printer would, must scan back
 * to the GTIN. This catches errors the pattern cross-check cannot, such as wrong quiet zones or bars
 * drawn at the wrong x.
 */
class LinearSymbolScanTest {
    private static final int DPI = 300;
    private static final double MARGIN_MM = 2;

    static Stream<Arguments> symbols() {
        return Stream.of("036000291452", "012345678905", "885909950805", "4006381333931", "9780306406157",
                "6901234567892", "96385074", "50123452")
                .flatMap(gtin -> Stream.of(0.8, 1.0, 2.0).map(m -> Arguments.of(gtin, m)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("symbols")
    void scansBackToTheGtin(String digits, double magnification) {
        Gtin gtin = Gtin.parse(digits);
        LinearSymbol symbol = LinearSymbol.of(gtin, magnification);
        BufferedImage image = Java2dCanvas.render(symbol.width() + 2 * MARGIN_MM, symbol.height() + 2 * MARGIN_MM,
                DPI, canvas -> symbol.drawTo(canvas, MARGIN_MM, MARGIN_MM));

        Result result = Scanner.scan(image, BarcodeFormat.UPC_A, BarcodeFormat.EAN_13, BarcodeFormat.EAN_8);

        assertThat(result.getText()).isEqualTo(digits);
        assertThat(result.getBarcodeFormat()).isEqualTo(switch (symbol.symbology()) {
            case UPC_A -> BarcodeFormat.UPC_A;
            case EAN_13 -> BarcodeFormat.EAN_13;
            case EAN_8 -> BarcodeFormat.EAN_8;
        });
    }

    @ParameterizedTest(name = "{0} truncated to half height")
    @MethodSource("symbols")
    void truncatedSymbolStillScans(String digits, double magnification) {
        LinearSymbol symbol = LinearSymbol.of(Gtin.parse(digits), magnification, 0.5);
        BufferedImage image = Java2dCanvas.render(symbol.width() + 2 * MARGIN_MM, symbol.height() + 2 * MARGIN_MM,
                DPI, canvas -> symbol.drawTo(canvas, MARGIN_MM, MARGIN_MM));

        assertThat(Scanner.scan(image, BarcodeFormat.UPC_A, BarcodeFormat.EAN_13, BarcodeFormat.EAN_8).getText())
                .isEqualTo(digits);
    }
}
