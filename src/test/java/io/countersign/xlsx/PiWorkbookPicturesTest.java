package io.countersign.xlsx;

import static io.countersign.xlsx.WrittenWorkbook.itemRows;
import static io.countersign.xlsx.WrittenWorkbook.piSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.countersign.pi.ProductImage;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import io.countersign.testing.InputYaml;
import io.countersign.testing.Jpegs;
import io.countersign.testing.RenderedPi;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product picture and the barcode of each style sit in that style's row, inside their own cells. */
class PiWorkbookPicturesTest {

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void everyRowHasItsPictureAndBarcodeInsideItsCells(String sample) throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample(sample).open()) {
            List<Integer> rows = itemRows(wb);
            Map<String, List<XSSFPicture>> byCell = pictures(wb).stream()
                    .collect(Collectors.groupingBy(p -> p.getClientAnchor().getRow1() + ":" + p.getClientAnchor().getCol1()));

            assertThat(pictures(wb)).hasSize(2 * rows.size());
            for (int r : rows) {
                assertThat(byCell.get(r + ":" + PiLayout.PICTURE)).as("picture in row " + (r + 1)).hasSize(1);
                assertThat(byCell.get(r + ":" + PiLayout.BARCODE)).as("barcode in row " + (r + 1)).hasSize(1);
            }
            for (XSSFPicture p : pictures(wb)) {
                XSSFClientAnchor a = p.getClientAnchor();
                assertThat(a.getRow2()).isEqualTo(a.getRow1());
                assertThat(a.getCol2()).isEqualTo(a.getCol1());
                assertThat(a.getAnchorType()).isEqualTo(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
            }
        }
    }

    @Test
    void picturesKeepTheirAspectRatio() throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample("paper-boxes.yaml").open()) {
            for (XSSFPicture p : pictures(wb)) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.getPictureData().getData()));
                XSSFClientAnchor a = p.getClientAnchor();
                double shown = (double) (a.getDx2() - a.getDx1()) / (a.getDy2() - a.getDy1());
                assertThat(shown).isCloseTo((double) image.getWidth() / image.getHeight(), within(0.01));
            }
        }
    }

    @Test
    void jpegAndPngBytesAreEmbeddedUnchangedAndEachPictureOnce() throws Exception {
        // sixty-styles reuses a handful of picture files across its 60 rows
        InputYaml yaml = InputYaml.read(RenderedPi.SAMPLES.resolve("sixty-styles.yaml"));
        List<String> files = yaml.images().stream().distinct().toList();
        try (XSSFWorkbook wb = WrittenWorkbook.sample("sixty-styles.yaml").open()) {
            List<byte[]> products = new ArrayList<>();
            for (XSSFPicture p : pictures(wb)) {
                if (p.getClientAnchor().getCol1() == PiLayout.PICTURE) {
                    products.add(p.getPictureData().getData());
                }
            }
            assertThat(wb.getAllPictures()).hasSize(files.size() + yaml.styles().size());
            for (String f : files) {
                byte[] bytes = Files.readAllBytes(RenderedPi.SAMPLES.resolve(f));
                assertThat(wb.getAllPictures()).as(f).filteredOn(d -> java.util.Arrays.equals(d.getData(), bytes)).hasSize(1);
                assertThat(wb.getAllPictures()).as(f).filteredOn(d -> java.util.Arrays.equals(d.getData(), bytes))
                        .first().satisfies(d -> assertThat(d.getPictureType())
                                .isEqualTo(f.endsWith(".png") ? Workbook.PICTURE_TYPE_PNG : Workbook.PICTURE_TYPE_JPEG));
            }
            assertThat(products).hasSize(yaml.styles().size());
        }
    }

    @Test
    void barcodePictureScansAsTheRowsGtin() throws Exception {
        try (XSSFWorkbook wb = WrittenWorkbook.sample("mail-order-boxes.yaml").open()) {
            for (XSSFPicture p : pictures(wb)) {
                if (p.getClientAnchor().getCol1() == PiLayout.BARCODE) {
                    String gtin = piSheet(wb).getRow(p.getClientAnchor().getRow1()).getCell(PiLayout.GTIN).getStringCellValue();
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.getPictureData().getData()));
                    assertThat(image.getWidth()).as("300 dpi").isGreaterThan(300);
                    assertThat(scan(image)).isEqualTo(gtin);
                }
            }
        }
    }

    @Test
    void aPhotoWithExifOrientationIsTurnedUprightBecauseSpreadsheetsIgnoreIt(@TempDir Path dir) throws Exception {
        // a phone photo stored sideways: red on the left, blue on the right; orientation 6 shows it turned clockwise
        BufferedImage stored = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 80; x++) {
                stored.setRGB(x, y, x < 40 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        byte[] jpeg = Jpegs.withExifOrientation(Jpegs.encode(stored), 6);
        Path file = dir.resolve("sideways.jpg");
        Files.write(file, jpeg);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        ProductImage image = new ProductImage(file, ProductImage.Format.JPEG, 80, 40, 6, sha);
        Style style = TestPis.style(1, "10", "pcs", "1.00", List.of(image));
        ProformaInvoice pi = TestPis.with("USD", List.of(style));

        try (XSSFWorkbook wb = WrittenWorkbook.write(pi, WrittenWorkbook.options()).open()) {
            XSSFPicture picture = pictures(wb).stream().filter(p -> p.getClientAnchor().getCol1() == PiLayout.PICTURE).findFirst().orElseThrow();
            assertThat(picture.getPictureData().getPictureType()).isEqualTo(Workbook.PICTURE_TYPE_PNG);
            BufferedImage upright = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
            assertThat(upright.getWidth()).isEqualTo(40);
            assertThat(upright.getHeight()).isEqualTo(80);
            assertThat(new Color(upright.getRGB(20, 10)).getRed()).as("red on top").isGreaterThan(200);
            assertThat(new Color(upright.getRGB(20, 70)).getBlue()).as("blue below").isGreaterThan(200);
        }
    }

    private static List<XSSFPicture> pictures(XSSFWorkbook wb) {
        List<XSSFPicture> pictures = new ArrayList<>();
        for (XSSFShape s : piSheet(wb).getDrawingPatriarch().getShapes()) {
            pictures.add((XSSFPicture) s);
        }
        return pictures;
    }

    private static String scan(BufferedImage image) throws Exception {
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.UPC_A, BarcodeFormat.EAN_13, BarcodeFormat.EAN_8));
        String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints).getText();
        return text;
    }
}
