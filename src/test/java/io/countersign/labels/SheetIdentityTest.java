package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.core.Sha256;
import io.countersign.gs1.Gtin;
import io.countersign.pi.CartonSize;
import io.countersign.render.IdentityEmbedding;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * What identifies a sheet: a document id that survives re-issues of the same SKU, one point per
 * element whose hash changes when — and only when — what that element shows changes, and the
 * same bytes for the same input and issue time.
 */
class SheetIdentityTest {
    private static final Sku STICKER = CaseSkus.sticker("50", "40", StickerLayout.STANDARD);
    private static final LineDrawing DRAWING = CaseSkus.pdfDrawing();
    private static final Sku CARTON = CaseSkus.carton(Optional.of(DRAWING));

    @Test
    void theDocumentIdIsStableForTheSkuAcrossReissuesAndDiffersPerSkuAndKind() {
        DocumentIdentity first = id(STICKER, SheetKind.STICKER, CaseSkus.options());
        DocumentIdentity later = SheetIdentity.of(copy(STICKER, "description", "Nested kraft box, set of 5, brown"),
                SheetKind.STICKER, new LabelOptions("de", 0.9, ItfPrint.LABEL, 0.5, Instant.parse("2026-09-01T00:00:00Z"), Optional.empty()),
                "UPC-Etikett");

        assertThat(later.documentId()).isEqualTo(first.documentId()).hasSize(16);
        assertThat(later.inputSha256()).isNotEqualTo(first.inputSha256());
        assertThat(id(copy(STICKER, "sku", "KB-5B"), SheetKind.STICKER, CaseSkus.options()).documentId())
                .isNotEqualTo(first.documentId());
        assertThat(id(copy(STICKER, "buyerCode", "100235"), SheetKind.STICKER, CaseSkus.options()).documentId())
                .isNotEqualTo(first.documentId());
        assertThat(id(STICKER, SheetKind.CARTON, CaseSkus.options()).documentId()).isNotEqualTo(first.documentId());
        assertThat(first.kind()).isEqualTo("sticker");
        assertThat(first.revision()).isEqualTo(1);
    }

    @Test
    void eachStickerChangeChangesOnlyTheHashOfTheElementThatShowsIt() {
        Map<String, String> before = hashes(id(STICKER, SheetKind.STICKER, CaseSkus.options()));

        assertThat(changed(before, id(copy(STICKER, "description", "Nested kraft box, set of 3"), SheetKind.STICKER,
                CaseSkus.options()))).containsExactly("KB-5A_text");
        assertThat(changed(before, id(copy(STICKER, "gtin", "084631001025"), SheetKind.STICKER, CaseSkus.options())))
                .containsExactly("KB-5A_barcode");
        assertThat(changed(before, id(CaseSkus.sticker("50", "45", StickerLayout.STANDARD), SheetKind.STICKER, CaseSkus.options())))
                .containsExactly("KB-5A_size");
        assertThat(changed(before, id(STICKER, SheetKind.STICKER, CaseSkus.options("en", 0.9)))).containsExactly("KB-5A_size");
        // the picture is shown beside the sticker, not on it: it is in the input hash only
        DocumentIdentity otherPicture = id(copy(STICKER, "picture", "kb-5b.png"), SheetKind.STICKER, CaseSkus.options());
        assertThat(changed(before, otherPicture)).isEmpty();
        assertThat(otherPicture.inputSha256()).isNotEqualTo(id(STICKER, SheetKind.STICKER, CaseSkus.options()).inputSha256());
    }

    @Test
    void aBarcodeOnlyStickerShowsNoDescriptionSoItsTextDoesNotChangeWithIt() {
        Sku sku = CaseSkus.sticker("40", "30", StickerLayout.BARCODE_ONLY);
        DocumentIdentity before = id(sku, SheetKind.STICKER, CaseSkus.options());

        DocumentIdentity after = id(copy(sku, "description", "Something else"), SheetKind.STICKER, CaseSkus.options());

        assertThat(changed(hashes(before), after)).isEmpty();
        assertThat(after.inputSha256()).isNotEqualTo(before.inputSha256());
    }

    @Test
    void eachCartonChangeChangesOnlyTheHashOfTheElementThatShowsIt() {
        LabelOptions options = CaseSkus.options();
        Map<String, String> before = hashes(id(CARTON, SheetKind.CARTON, options));

        assertThat(changed(before, id(copy(CARTON, "marks", ""), SheetKind.CARTON, options))).containsExactly("KB-5A_mainmark");
        assertThat(changed(before, id(copy(CARTON, "grossWeightKg", "14.2"), SheetKind.CARTON, options)))
                .containsExactly("KB-5A_sidemark");
        assertThat(changed(before, id(copy(CARTON, "cartonGtin", "10084631001022"), SheetKind.CARTON, options)))
                .containsExactly("KB-5A_itf14");
        assertThat(changed(before, id(CARTON, SheetKind.CARTON,
                new LabelOptions("en", 1.0, ItfPrint.LABEL, 0.625, CaseSkus.ISSUED_AT, Optional.empty())))).containsExactly("KB-5A_itf14");
        assertThat(changed(before, id(copy(CARTON, "colours", ""), SheetKind.CARTON, options))).containsExactly("KB-5A_colours");
        LineDrawing turned = TestDrawings.pdf(CaseSkus.tempDir(), "turned.pdf", 90);
        assertThat(changed(before, id(CaseSkus.carton(Optional.of(turned)), SheetKind.CARTON, options))).containsExactly("KB-5A_drawing");
        // the sticker's own size and layout are not on the carton sheet
        assertThat(changed(before, id(copy(CARTON, "sticker", ""), SheetKind.CARTON, options))).isEmpty();
    }

    @Test
    void theAttachedIdentityAndCanonicalInputAreWhatTheRendererReturns() throws IOException {
        RenderedSheet sheet = CaseSkus.standardSticker();

        try (PDDocument doc = Loader.loadPDF(sheet.pdf())) {
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            byte[] identity = files.get(IdentityEmbedding.ATTACHMENT).getEmbeddedFile().toByteArray();
            byte[] input = files.get(SheetIdentity.INPUT_ATTACHMENT).getEmbeddedFile().toByteArray();

            assertThat(identity).isEqualTo(IdentityEmbedding.json(sheet.identity()));
            assertThat(Sha256.hex(input)).isEqualTo(sheet.identity().inputSha256());
            assertThat(new String(input, java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"sku\":\"KB-5A\"", "\"gtin\":\"084631001018\"", CaseSkus.picture("kb-5a.jpg").sha256());
        }
    }

    @Test
    void theSameSkuAndIssueTimeGiveTheSameBytesOnAnyThreadAndAnotherIssueTimeDoesNot() throws Exception {
        Sku sku = CaseSkus.sticker("60", "40", StickerLayout.SIDE);
        byte[] first = CaseSkus.RENDERER.render(CARTON, SheetKind.CARTON, CaseSkus.options()).pdf();
        byte[] sticker = CaseSkus.RENDERER.render(sku, SheetKind.STICKER, CaseSkus.options()).pdf();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                boolean carton = i % 2 == 0;
                renders.add(pool.submit(() -> carton ? CaseSkus.RENDERER.render(CARTON, SheetKind.CARTON, CaseSkus.options()).pdf()
                        : CaseSkus.RENDERER.render(sku, SheetKind.STICKER, CaseSkus.options()).pdf()));
            }
            for (int i = 0; i < renders.size(); i++) {
                assertThat(renders.get(i).get()).isEqualTo(i % 2 == 0 ? first : sticker);
            }
        } finally {
            pool.shutdownNow();
        }
        LabelOptions later = new LabelOptions("en", 1.0, ItfPrint.DIRECT, 0.625, CaseSkus.ISSUED_AT.plusSeconds(60), Optional.empty());
        assertThat(CaseSkus.RENDERER.render(sku, SheetKind.STICKER, later).pdf()).isNotEqualTo(sticker);
    }

    private static DocumentIdentity id(Sku sku, SheetKind kind, LabelOptions options) {
        return SheetIdentity.of(sku, kind, options, "UPC sticker");
    }

    private static Map<String, String> hashes(DocumentIdentity id) {
        return id.points().stream().collect(Collectors.toMap(SignOffPoint::id, SignOffPoint::sha256, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<String> changed(Map<String, String> before, DocumentIdentity after) {
        Map<String, String> now = hashes(after);
        assertThat(now.keySet()).containsExactlyElementsOf(before.keySet());
        return before.keySet().stream().filter(k -> !before.get(k).equals(now.get(k))).toList();
    }

    /** {@code sku} with one field replaced by a test value ({@code value} is used where a field takes text). */
    private static Sku copy(Sku s, String field, String value) {
        return new Sku(s.row(),
                field.equals("sku") ? value : s.sku(),
                field.equals("buyerCode") ? value : s.buyerCode(),
                field.equals("description") ? value : s.description(),
                field.equals("gtin") ? Gtin.parse(value) : s.gtin(),
                field.equals("sticker") ? new StickerSpec(new BigDecimal("60"), new BigDecimal("30"), StickerLayout.SIDE) : s.sticker(),
                field.equals("picture") ? Optional.of(CaseSkus.picture(value)) : s.picture(),
                s.pcsPerCarton(),
                field.equals("carton") ? new CartonSize(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE) : s.carton(),
                s.netWeightKg(),
                field.equals("grossWeightKg") ? new BigDecimal(value) : s.grossWeightKg(),
                field.equals("cartonGtin") ? Gtin.parse(value) : s.cartonGtin(),
                field.equals("marks") ? new ShippingMarks("M&F", "PO 4500012345", "NEW YORK", 120) : s.marks(),
                s.lineDrawing(),
                field.equals("colours") ? List.of(new PrintColour("PANTONE 469 C", "#6B4E2F")) : s.colours());
    }
}
