package io.countersign.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.testing.Jpegs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** JPEG facts are read from the SOF marker, so pictures are embedded without decoding them. */
class JpegInfoTest {

    @Test
    void readsSizeAndComponentsOfAColourJpeg() {
        byte[] jpeg = Jpegs.encode(new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB));

        assertThat(JpegInfo.read(jpeg)).contains(new JpegInfo(37, 23, 3, 8));
    }

    @Test
    void readsAGreyJpegAsOneComponent() {
        byte[] jpeg = Jpegs.encode(new BufferedImage(16, 9, BufferedImage.TYPE_BYTE_GRAY));

        assertThat(JpegInfo.read(jpeg)).contains(new JpegInfo(16, 9, 1, 8));
    }

    @Test
    void skipsAnExifSegmentBeforeTheFrame() {
        // cameras put APP1 Exif (often tens of kilobytes) before SOF
        byte[] jpeg = Jpegs.withExifOrientation(Jpegs.encode(new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB)), 6);

        // the stored size, not the displayed one: the orientation is applied when drawing
        assertThat(JpegInfo.read(jpeg)).contains(new JpegInfo(400, 200, 3, 8));
    }

    @Test
    void saysNothingAboutAPngOrATruncatedJpeg() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] jpeg = Jpegs.encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));

        assertThat(JpegInfo.read(png.toByteArray())).isEmpty();
        assertThat(JpegInfo.read(java.util.Arrays.copyOf(jpeg, 6))).isEmpty();
        assertThat(JpegInfo.read(new byte[0])).isEmpty();
    }
}
