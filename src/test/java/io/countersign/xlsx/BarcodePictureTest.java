package io.countersign.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.countersign.barcode.ItfBearers;
import io.countersign.barcode.ItfSymbol;
import io.countersign.gs1.Gtin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ITF-14 picture for a workbook: the symbol's size at the asked resolution, and it scans. */
class BarcodePictureTest {
    private static final Gtin CARTON = Gtin.parse("10084631001022");

    @ParameterizedTest(name = "{0} at {1}, {2} dpi")
    @CsvSource({"TOP_AND_BOTTOM, 0.50, 300", "FRAME, 0.625, 300", "FRAME, 1.00, 200"})
    void itf14PictureHasTheSymbolsSizeAndScansToTheGtin14(ItfBearers bearers, double magnification, int dpi)
            throws IOException, ReaderException {
        ItfSymbol symbol = ItfSymbol.of(CARTON, magnification, bearers);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(BarcodePicture.png(symbol, dpi)));

        assertThat(image.getWidth() * 25.4 / dpi).isCloseTo(symbol.width(), within(25.4 / dpi));
        assertThat(image.getHeight() * 25.4 / dpi).isCloseTo(symbol.height(), within(25.4 / dpi));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.ITF),
                DecodeHintType.ALLOWED_LENGTHS, new int[] {14});
        assertThat(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), hints).getText()).isEqualTo(CARTON.digits());
    }

    @Test
    void refusesAResolutionThatCannotShowTheBars() {
        ItfSymbol symbol = ItfSymbol.of(CARTON, 0.5, ItfBearers.TOP_AND_BOTTOM);
        assertThatThrownBy(() -> BarcodePicture.png(symbol, 50)).hasMessageContaining("dpi must be 72–1200: 50");
    }
}
