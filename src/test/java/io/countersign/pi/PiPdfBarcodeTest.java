package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import io.countersign.testing.PageScan;
import io.countersign.testing.RenderedPi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The printed PI read back with a barcode scanner: every page at 300 dpi through ZXing. */
class PiPdfBarcodeTest {

    /** Scanning a document takes seconds; both tests of a sample share one scan. */
    private static final Map<String, List<PageScan.Page>> SCANS = new HashMap<>();

    private static synchronized List<PageScan.Page> scan(String sample) {
        return SCANS.computeIfAbsent(sample, s -> PageScan.allPages(RenderedPi.sample(s).pdf()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void everyPrintedUpcOrEanScansToTheGtinOfAStyleAndEveryGtinIsPrinted(String sample) {
        List<String> gtins = RenderedPi.sample(sample).yaml().gtins();

        List<PageScan.Read> reads = scan(sample).stream().flatMap(p -> p.symbols().stream()).toList();
        List<PageScan.Read> ignored = scan(sample).stream().flatMap(p -> p.offSymbols().stream()).toList();

        assertThat(reads.stream().map(PageScan.Read::text).collect(Collectors.toSet()))
                .as("reads on the printed symbols (ignored reads elsewhere: %s)", ignored).isEqualTo(Set.copyOf(gtins));
        // each style's symbol is printed once, on one row
        assertThat(reads).hasSameSizeAs(gtins);
        // 12 digits are a UPC-A and must print as one (not as an EAN-13 with a leading 0), 13 digits as an EAN-13
        assertThat(reads).allSatisfy(r -> assertThat(r.format())
                .as("symbology of %s", r.text()).isEqualTo(r.text().length() == 12 ? BarcodeFormat.UPC_A : BarcodeFormat.EAN_13));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void everyPageCarriesTheQrCodeOfTheDocumentIdentity(String sample) {
        String payload = RenderedPi.sample(sample).rendering().identity().qrPayload();

        List<PageScan.Page> pages = scan(sample);

        assertThat(pages).allSatisfy(p -> assertThat(p.qr()).as("QR code on page %d", p.number()).contains(payload));
    }
}
