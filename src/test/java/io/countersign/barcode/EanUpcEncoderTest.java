package io.countersign.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.oned.EAN8Writer;
import com.google.zxing.oned.UPCAWriter;
import io.countersign.gs1.Gtin;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EanUpcEncoderTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "036000291452", "012345678905", "042100005264", "885909950805", "725272730706", "000000000000",
        "4006381333931", "9780306406157", "5901234123457", "6901234567892", "8712345678906",
        "96385074", "73513537", "50123452", "40123455",
    })
    void matchesZxingWriterForRealGtins(String digits) throws WriterException {
        Gtin gtin = Gtin.parse(digits);
        assertThat(EanUpcEncoder.encode(gtin).toString()).isEqualTo(zxingModules(gtin));
    }

    // The leading digit of an EAN-13 exists only as the parity pattern of the left half, so each of
    // the ten patterns needs its own cross-check; the real GTINs above do not cover all of them.
    static Stream<Gtin> oneGtinPerLeadingDigit() {
        return IntStream.rangeClosed(0, 9).mapToObj(lead -> {
            String data = lead + "12345678901";
            return Gtin.parse(data + Gtin.checkDigit(data));
        });
    }

    @ParameterizedTest
    @MethodSource("oneGtinPerLeadingDigit")
    void encodesEveryEan13ParityPatternLikeZxing(Gtin gtin) throws WriterException {
        assertThat(EanUpcEncoder.encode(gtin).toString()).isEqualTo(zxingModules(gtin));
    }

    @Test
    void upcAAndEan13Have95ModulesAndEan8Has67() {
        assertThat(EanUpcEncoder.encode(Gtin.parse("036000291452")).size()).isEqualTo(95);
        assertThat(EanUpcEncoder.encode(Gtin.parse("4006381333931")).size()).isEqualTo(95);
        assertThat(EanUpcEncoder.encode(Gtin.parse("96385074")).size()).isEqualTo(67);
    }

    @Test
    void upcAIsTheSameSymbolAsAnEan13WithLeadingZero() {
        assertThat(EanUpcEncoder.encode(Gtin.parse("036000291452")).toString())
                .isEqualTo(EanUpcEncoder.encode(Gtin.parse("0036000291452")).toString());
    }

    @Test
    void upcAExtendsGuardsAndItsFirstAndLastDigit() {
        ModulePattern upc = EanUpcEncoder.encode(Gtin.parse("036000291452"));
        assertThat(extendedModules(upc)).isEqualTo(
                // start guard | digit 0 (L) ... centre guard ... digit 11 (R) | end guard
                "101" + "0001101" + "0".repeat(35) + "01010" + "0".repeat(35) + "1101100" + "101");
    }

    @Test
    void ean13ExtendsOnlyItsGuards() {
        ModulePattern ean = EanUpcEncoder.encode(Gtin.parse("4006381333931"));
        assertThat(extendedModules(ean)).isEqualTo("101" + "0".repeat(42) + "01010" + "0".repeat(42) + "101");
    }

    @Test
    void rejectsGtin14BecauseItHasNoEanUpcSymbol() {
        assertThatThrownBy(() -> EanUpcEncoder.encode(Gtin.parse("10036000291459")))
                .isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("GTIN-14 10036000291459")
                .satisfies(e -> assertThat(((InvalidSymbolException) e).hint()).contains("ITF-14"));
    }

    private static String extendedModules(ModulePattern pattern) {
        StringBuilder s = new StringBuilder();
        for (int m = 0; m < pattern.size(); m++) {
            s.append(pattern.isExtended(m) ? '1' : '0');
        }
        return s.toString();
    }

    /** The modules ZXing's own writer produces, without its quiet zone. */
    private static String zxingModules(Gtin gtin) throws WriterException {
        Map<EncodeHintType, Object> noMargin = Map.of(EncodeHintType.MARGIN, 0);
        BitMatrix matrix = switch (gtin.kind()) {
            case GTIN_12 -> new UPCAWriter().encode(gtin.digits(), BarcodeFormat.UPC_A, 0, 1, noMargin);
            case GTIN_13 -> new EAN13Writer().encode(gtin.digits(), BarcodeFormat.EAN_13, 0, 1, noMargin);
            case GTIN_8 -> new EAN8Writer().encode(gtin.digits(), BarcodeFormat.EAN_8, 0, 1, noMargin);
            case GTIN_14 -> throw new IllegalArgumentException(gtin.toString());
        };
        StringBuilder modules = new StringBuilder(matrix.getWidth());
        for (int x = 0; x < matrix.getWidth(); x++) {
            modules.append(matrix.get(x, 0) ? '1' : '0');
        }
        return modules.toString();
    }
}
