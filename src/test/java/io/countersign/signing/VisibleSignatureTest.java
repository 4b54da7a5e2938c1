package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.countersign.Countersign;
import io.countersign.testing.TestPki;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A visible signature is drawn in its widget's own appearance — the page content stays byte for
 * byte what was signed before — at the box given in millimetres from the top-left corner, or in
 * the document's own signature field; it shows the signer's name, the time and the reason.
 */
class VisibleSignatureTest {
    private static final TestPki PKI = SignedPis.PKI;
    private static final float MM = 72 / 25.4f;

    @Test
    void aNewVisibleSignatureIsDrawnInItsWidgetAtTheGivenBoxAndLeavesThePageContentAlone() throws Exception {
        byte[] issued = SignedPis.issued();
        byte[] signed = Countersign.sign(issued, PKI.seller.signingKey(), SigningRequest.approval().withCertification(DocMdp.FORM_FILLING)
                .withReason("Issued as agreed").withLocation("Dongguan").withVisible(SignaturePlacement.parse("1,20,150,70,25"))
                .withSigningTime(TestPki.SIGNED_AT)).pdf();

        try (PDDocument before = Loader.loadPDF(issued); PDDocument after = Loader.loadPDF(signed)) {
            assertThat(content(after.getPage(0))).isEqualTo(content(before.getPage(0)));
            PDSignatureField field = (PDSignatureField) after.getDocumentCatalog().getAcroForm(null).getField("Signature1");
            PDRectangle rect = field.getWidgets().get(0).getRectangle();
            float pageHeight = after.getPage(0).getCropBox().getUpperRightY();
            assertThat(rect.getLowerLeftX()).isCloseTo(20 * MM, offset(0.01f));
            assertThat(rect.getUpperRightY()).isCloseTo(pageHeight - 150 * MM, offset(0.01f));
            assertThat(rect.getWidth()).isCloseTo(70 * MM, offset(0.01f));
            assertThat(rect.getHeight()).isCloseTo(25 * MM, offset(0.01f));

            String shown = text(after, rect);
            assertThat(shown).contains("Certified by", "Lily Chen", "2026-08-20 08:15:00 UTC", "Issued as agreed", "Dongguan");
            assertThat(inkIn(after, rect)).as("the appearance draws in the box").isGreaterThan(inkIn(before, rect) + 200);
        }
        assertThat(SignedPis.verify(signed).verified()).isTrue();
    }

    @Test
    void theDocumentsOwnSignatureFieldKeepsItsPlaceAndShowsTheSigner() throws Exception {
        byte[] signed = Countersign.sign(SignedPis.filled(), PKI.buyer.signingKey(), SignedPis.countersignature()).pdf();

        try (PDDocument issued = Loader.loadPDF(SignedPis.issued()); PDDocument doc = Loader.loadPDF(signed)) {
            PDRectangle was = issued.getDocumentCatalog().getAcroForm(null).getField("signer.signature").getWidgets().get(0).getRectangle();
            PDRectangle is = doc.getDocumentCatalog().getAcroForm(null).getField("signer.signature").getWidgets().get(0).getRectangle();
            assertThat(is.getCOSArray().toFloatArray()).containsExactly(was.getCOSArray().toFloatArray());
            assertThat(text(doc, is)).contains("Digitally signed by", "Mark Reynolds", "2026-08-21 08:15:00 UTC", "Decisions as marked");
        }
    }

    @Test
    void chineseTextIsSetInTheBundledCjkFont() throws Exception {
        byte[] signed = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(), SigningRequest.approval()
                .withReason("确认").withVisible(SignaturePlacement.parse("1,20,150,70,25")).withSigningTime(TestPki.SIGNED_AT)).pdf();

        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDRectangle rect = doc.getDocumentCatalog().getAcroForm(null).getField("Signature1").getWidgets().get(0).getRectangle();
            assertThat(text(doc, rect)).contains("Reason: 确认");
        }
    }

    @ParameterizedTest(name = "rotation {0}")
    @CsvSource({
            "0,   56.693, 671.811, 85.039, 28.346",
            "90,  141.732, 56.693, 28.346, 85.039",
            "180, 453.543, 141.732, 85.039, 28.346",
            "270, 425.197, 700.157, 28.346, 85.039"})
    void theBoxIsMeasuredFromTheTopLeftOfThePageAsShown(int rotation, float x, float y, float w, float h) {
        // A4 portrait 595.28 × 841.89 pt; box 20 mm right, 50 mm down, 30 × 10 mm, as the reader sees the page.
        PDPage page = new PDPage(PDRectangle.A4);
        page.setRotation(rotation);

        PDRectangle r = new SignaturePlacement(1, 20, 50, 30, 10).rectangleOn(page);

        assertThat(new float[] {r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()})
                .containsExactly(new float[] {x, y, w, h}, offset(0.01f));
    }

    @Test
    void aPlacementMustBeFivePositiveNumbers() {
        assertThatThrownBy(() -> SignaturePlacement.parse("1,20,150,70")).hasMessageContaining("PAGE,X,Y,W,H");
        assertThatThrownBy(() -> SignaturePlacement.parse("1,20,150,0,25")).hasMessageContaining("width, height > 0");
        assertThatThrownBy(() -> SignaturePlacement.parse("0,20,150,70,25")).hasMessageContaining("page must be 1 or more");
        assertThatThrownBy(() -> SignaturePlacement.parse("1,20mm,150,70,25")).hasMessageContaining("not a number");
    }

    private static byte[] content(PDPage page) throws Exception {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    /** The text of the appearance of the widget at {@code rect}: set on a page of its own and extracted. */
    private static String text(PDDocument doc, PDRectangle rect) throws Exception {
        PDAppearanceStream appearance = null;
        for (PDPage p : doc.getPages()) {
            for (PDAnnotation a : p.getAnnotations()) {
                if (a.getRectangle() != null && Arrays.equals(a.getRectangle().getCOSArray().toFloatArray(), rect.getCOSArray().toFloatArray())) {
                    appearance = a.getNormalAppearanceStream();
                }
            }
        }
        assertThat(appearance).as("a widget at " + rect).isNotNull();
        try (PDDocument single = new PDDocument()) {
            PDPage page = new PDPage(appearance.getBBox());
            page.setResources(appearance.getResources());
            page.getCOSObject().setItem(COSName.CONTENTS, appearance.getCOSObject());
            single.addPage(page);
            return new PDFTextStripper().getText(single);
        }
    }

    /** Dark pixels inside {@code rect} on its page, rendered at 72 dpi as a viewer would (appearances included). */
    private static int inkIn(PDDocument doc, PDRectangle rect) throws Exception {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
        float pageHeight = doc.getPage(0).getCropBox().getHeight();
        int dark = 0;
        for (int x = (int) rect.getLowerLeftX() + 2; x < (int) rect.getUpperRightX() - 2; x++) {
            for (int y = (int) (pageHeight - rect.getUpperRightY()) + 2; y < (int) (pageHeight - rect.getLowerLeftY()) - 2; y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
