package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import io.countersign.gs1.Gtin;
import io.countersign.testing.PageScan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sheets printed at 300 dpi and read with ZXing: every barcode on every page, and the page QR codes. */
class SheetBarcodeScanTest {
    private static final List<BarcodeFormat> FORMATS = List.of(BarcodeFormat.UPC_A, BarcodeFormat.EAN_13, BarcodeFormat.ITF);

    @ParameterizedTest(name = "{0} × {1} mm {2} at {3}, GTIN {4}")
    @CsvSource({
        "50, 40, STANDARD, 1.00, 084631001018",
        "60, 30, SIDE, 1.00, 084631001018",
        "40, 30, BARCODE_ONLY, 0.80, 084631001018",
        "50, 40, STANDARD, 1.00, 4006381333931",
    })
    void theStickersBarcodeScansToItsGtinAndThePageQrToTheIdentity(String w, String h, StickerLayout layout, double magnification,
                                                                     String gtin) {
        Sku base = CaseSkus.sticker(w, h, layout);
        Sku sku = new Sku(base.row(), base.sku(), base.buyerCode(), base.description(), Gtin.parse(gtin), base.sticker(), base.picture(),
                base.pcsPerCarton(), base.carton(), base.netWeightKg(), base.grossWeightKg(), base.cartonGtin(), base.marks(),
                base.lineDrawing(), base.colours());
        RenderedSheet sheet = CaseSkus.RENDERER.render(sku, SheetKind.STICKER, CaseSkus.options("en", magnification));

        List<PageScan.Page> pages = PageScan.allPages(sheet.pdf(), FORMATS);

        assertThat(pages).hasSize(1);
        PageScan.Page page = pages.get(0);
        assertThat(page.symbols()).as("reads on drawn symbols (elsewhere: %s)", page.offSymbols())
                .extracting(PageScan.Read::text).containsExactly(gtin);
        assertThat(page.symbols().get(0).format()).isEqualTo(gtin.length() == 12 ? BarcodeFormat.UPC_A : BarcodeFormat.EAN_13);
        assertThat(page.qr()).contains(sheet.identity().qrPayload());
    }

    @Test
    void theCartonsItf14ScansToTheCartonGtinAndEveryPageCarriesTheQrCode() {
        RenderedSheet sheet = CaseSkus.pdfCarton();

        List<PageScan.Page> pages = PageScan.allPages(sheet.pdf(), FORMATS);

        assertThat(pages).hasSize(2);
        assertThat(pages).flatExtracting(PageScan.Page::symbols)
                .extracting(PageScan.Read::format, PageScan.Read::text, PageScan.Read::page)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BarcodeFormat.ITF, CaseSkus.CARTON_GTIN.digits(), 2));
        assertThat(pages).allSatisfy(p -> assertThat(p.qr()).as("QR code on page %d", p.number()).contains(sheet.identity().qrPayload()));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"LABEL, 0.50", "DIRECT, 1.00"})
    void theItf14ScansAtTheSmallestAndLargestSize(ItfPrint print, double magnification) {
        Sku sku = CaseSkus.carton(Optional.empty());
        LabelOptions options = new LabelOptions("en", 1.0, print, magnification, CaseSkus.ISSUED_AT, Optional.empty());

        List<PageScan.Page> pages = PageScan.allPages(CaseSkus.RENDERER.render(sku, SheetKind.CARTON, options).pdf(), FORMATS);

        assertThat(pages).flatExtracting(PageScan.Page::symbols).extracting(PageScan.Read::text)
                .containsExactly(CaseSkus.CARTON_GTIN.digits());
    }
}
