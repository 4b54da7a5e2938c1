package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExifOrientationTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsEveryOrientationInBothByteOrders(int orientation) {
        byte[] jpeg = TestImages.jpeg(8, 8);
        assertThat(ExifOrientation.of(TestImages.withExifOrientation(jpeg, orientation, false))).isEqualTo(orientation);
        assertThat(ExifOrientation.of(TestImages.withExifOrientation(jpeg, orientation, true))).isEqualTo(orientation);
    }

    @Test
    void isUprightWithoutExif() {
        assertThat(ExifOrientation.of(TestImages.jpeg(8, 8))).isEqualTo(1);
    }

    @Test
    void isUprightForAnOutOfRangeValue() {
        assertThat(ExifOrientation.of(TestImages.withExifOrientation(TestImages.jpeg(8, 8), 9, false))).isEqualTo(1);
    }

    @Test
    void survivesEveryTruncationOfTheExifSegment() {
        // Why: the parser reads offsets from the file; a cut-off or hostile segment must not throw or loop.
        byte[] jpeg = TestImages.withExifOrientation(TestImages.jpeg(8, 8), 6, false);
        for (int length = 0; length < 64; length++) {
            int result = ExifOrientation.of(Arrays.copyOf(jpeg, length));
            assertThat(result).isBetween(1, 8);
        }
    }

    @Test
    void survivesRandomBytesAfterTheExifHeader() {
        Random random = new Random(7);
        byte[] jpeg = TestImages.withExifOrientation(TestImages.jpeg(8, 8), 6, false);
        for (int round = 0; round < 2_000; round++) {
            byte[] copy = jpeg.clone();
            for (int i = 0; i < 6; i++) {
                copy[12 + random.nextInt(30)] = (byte) random.nextInt();
            }
            assertThat(ExifOrientation.of(copy)).isBetween(1, 8);
        }
    }
}
