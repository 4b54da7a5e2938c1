package io.countersign.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pictures with an EXIF orientation are drawn upright, their bytes untouched. */
class ObjectDrawersTest {
    private static final float W = 30;
    private static final float H = 20;

    /**
     * Where the stored image's top-left, top-right and bottom-left pixels must appear in the
     * displayed box, per EXIF 2.32 (tag 0x0112): e.g. 6 is "row 0 is the right side, column 0 the
     * top", so a phone's landscape sensor image of a portrait shot is turned a quarter clockwise.
     * In PDF image space those pixels are the unit-square corners (0,1), (1,1) and (0,0).
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, TL, TR, BL",
        "2, TR, TL, BR",
        "3, BR, BL, TR",
        "4, BL, BR, TL",
        "5, TL, BL, TR",
        "6, TR, BR, TL",
        "7, BR, TR, BL",
        "8, BL, TL, BR",
    })
    void putsTheStoredCornersWhereTheExifOrientationSays(int orientation, String topLeft, String topRight, String bottomLeft) {
        Matrix m = ObjectDrawers.orientationMatrix(orientation, W, H);

        assertCorner(m.transformPoint(0, 1), topLeft);
        assertCorner(m.transformPoint(1, 1), topRight);
        assertCorner(m.transformPoint(0, 0), bottomLeft);
    }

    private static void assertCorner(Point2D.Float actual, String corner) {
        // the box is W wide and H high with its origin at the bottom left, as PDF draws it
        float x = corner.charAt(1) == 'L' ? 0 : W;
        float y = corner.charAt(0) == 'B' ? 0 : H;
        assertThat(actual.x).as("x of %s", corner).isCloseTo(x, within(1e-4f));
        assertThat(actual.y).as("y of %s", corner).isCloseTo(y, within(1e-4f));
    }
}
