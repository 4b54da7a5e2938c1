package io.countersign.recap;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.pi.ProductImage;
import io.countersign.pi.Style;
import io.countersign.testing.Jpegs;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thumbnails for the HTML body: small, upright, one per distinct picture. */
class ThumbnailsTest {
    private static final String SHA = "0123456789abcdef".repeat(4);
    private static final Color RED = new Color(220, 0, 0);
    private static final Color BLUE = new Color(0, 0, 220);

    @TempDir
    Path dir;

    @Test
    void scalesASamplePictureTo160PixelsWide() throws IOException {
        ProductImage image = RecapFixtures.sample("paper-boxes.yaml").styles().get(0).images().get(0);

        Thumbnail t = Thumbnails.of(image, "kb-5a.jpg");

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        assertThat(decoded.getWidth()).isEqualTo(160).isEqualTo(t.width());
        assertThat(decoded.getHeight()).isEqualTo(120).isEqualTo(t.height());
        assertThat(t.contentId()).isEqualTo("thumb-" + image.sha256().substring(0, 16) + "@countersign.invalid");
        assertThat(Thumbnails.of(image, "kb-5a.jpg").jpeg()).as("same picture, same bytes").isEqualTo(t.jpeg());
    }

    /**
     * A 200 × 100 picture stored with its top-left quarter red, as a phone camera stores it, and the
     * EXIF orientation that says how to show it; the thumbnail must show the red quarter where a viewer would.
     */
    @ParameterizedTest
    @CsvSource({
        "1, 160, 80, top, left",
        "2, 160, 80, top, right",
        "3, 160, 80, bottom, right",
        "4, 160, 80, bottom, left",
        "5, 80, 160, top, left",
        "6, 80, 160, top, right",
        "7, 80, 160, bottom, right",
        "8, 80, 160, bottom, left",
    })
    void showsThePictureUprightByItsExifOrientation(int orientation, int width, int height, String vertical, String horizontal)
            throws IOException {
        BufferedImage stored = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                stored.setRGB(x, y, (x < 100 && y < 50 ? RED : BLUE).getRGB());
            }
        }
        Path file = dir.resolve("o" + orientation + ".jpg");
        Files.write(file, Jpegs.withExifOrientation(Jpegs.encode(stored), orientation));

        Thumbnail t = Thumbnails.of(new ProductImage(file, ProductImage.Format.JPEG, 200, 100, orientation, SHA), "o.jpg");

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        assertThat(shown.getWidth()).isEqualTo(width);
        assertThat(shown.getHeight()).isEqualTo(height);
        int x = horizontal.equals("left") ? width / 4 : 3 * width / 4;
        int y = vertical.equals("top") ? height / 4 : 3 * height / 4;
        assertThat(isRed(shown.getRGB(x, y))).as("red quarter at " + vertical + " " + horizontal).isTrue();
        assertThat(isRed(shown.getRGB(width - 1 - x, height - 1 - y))).as("opposite quarter").isFalse();
    }

    @Test
    void decodesALargePhotoAtReducedSizeAndStillFillsTheThumbnail() throws IOException {
        // 1700 px wide: the decoder skips every second pixel, the box filter does the rest
        BufferedImage photo = new BufferedImage(1700, 900, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 900; y++) {
            for (int x = 0; x < 1700; x++) {
                photo.setRGB(x, y, (x >= 1600 ? RED : BLUE).getRGB());
            }
        }
        Path file = dir.resolve("large.jpg");
        Files.write(file, Jpegs.encode(photo));

        Thumbnail t = Thumbnails.of(new ProductImage(file, ProductImage.Format.JPEG, 1700, 900, 1, SHA), "large.jpg");

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        assertThat(shown.getWidth()).isEqualTo(160);
        assertThat(shown.getHeight()).isEqualTo(85);
        assertThat(isRed(shown.getRGB(157, 40))).as("the red strip at the right edge survives").isTrue();
        assertThat(isRed(shown.getRGB(140, 40))).isFalse();
    }

    @Test
    void laysTransparencyOnWhite() throws IOException {
        BufferedImage clear = new BufferedImage(320, 240, BufferedImage.TYPE_INT_ARGB);
        Path file = dir.resolve("clear.png");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(clear, "png", png);
        Files.write(file, png.toByteArray());

        Thumbnail t = Thumbnails.of(new ProductImage(file, ProductImage.Format.PNG, 320, 240, 1, SHA), "clear.jpg");

        int rgb = ImageIO.read(new ByteArrayInputStream(t.jpeg())).getRGB(80, 60) & 0xFFFFFF;
        assertThat(rgb).as("a transparent picture is white, not black").isGreaterThan(0xF0F0F0);
    }

    @Test
    void neverScalesASmallPictureUp() throws IOException {
        Path file = dir.resolve("small.jpg");
        Files.write(file, Jpegs.encode(new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB)));

        Thumbnail t = Thumbnails.of(new ProductImage(file, ProductImage.Format.JPEG, 100, 50, 1, SHA), "small.jpg");

        assertThat(t.width()).isEqualTo(100);
        assertThat(t.height()).isEqualTo(50);
    }

    @Test
    void makesOneThumbnailPerDistinctPicture() {
        // the sixty-style sample reuses five pictures across sixty lines
        var pi = RecapFixtures.sample("sixty-styles.yaml");
        Set<String> distinct = new HashSet<>();
        for (Style s : pi.styles()) {
            s.images().stream().findFirst().ifPresent(img -> distinct.add(img.sha256()));
        }

        Recap recap = RecapFixtures.recap("sixty-styles.yaml");

        assertThat(recap.thumbnails()).hasSize(distinct.size());
        assertThat(recap.thumbnails()).extracting(Thumbnail::fileName).doesNotHaveDuplicates();
        Set<String> ids = new HashSet<>();
        recap.thumbnails().forEach(t -> ids.add(t.contentId()));
        recap.lines().forEach(l -> assertThat(l.thumbnail()).hasValueSatisfying(id -> assertThat(ids).contains(id)));
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 150 && c.getBlue() < 100;
    }
}
