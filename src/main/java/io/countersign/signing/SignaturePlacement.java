package io.countersign.signing;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where a visible signature goes: page (from 1) and a box in millimetres measured from the
 * top-left corner of the page as it is shown (after the page's /Rotate), the way one measures on
 * a printout. Written {@code PAGE,X,Y,W,H}, e.g. {@code 1,120,230,70,25}.
 */
public record SignaturePlacement(int page, double x, double y, double width, double height) {
    private static final double POINTS_PER_MM = 72 / 25.4;

    public SignaturePlacement {
        if (page < 1) {
            throw new SigningInputException("visible signature page must be 1 or more, found " + page);
        }
        if (!(width > 0) || !(height > 0) || !(x >= 0) || !(y >= 0)) {
            throw new SigningInputException(String.format(Locale.ROOT,
                    "visible signature box %s,%s,%s,%s must have x, y ≥ 0 and width, height > 0 (millimetres)", num(x), num(y), num(width), num(height)));
        }
    }

    /** Parses {@code PAGE,X,Y,W,H} (millimetres, decimal point). */
    public static SignaturePlacement parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 5) {
            throw new SigningInputException("--visible \"" + text + "\" must be PAGE,X,Y,W,H — page from 1, then x, y, width, height"
                    + " in millimetres from the page's top-left corner, e.g. 1,120,230,70,25");
        }
        try {
            return new SignaturePlacement(Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()), Double.parseDouble(parts[4].trim()));
        } catch (NumberFormatException e) {
            throw new SigningInputException("--visible \"" + text + "\" has a value that is not a number — hint: use a decimal point, e.g. 1,120.5,230,70,25", e);
        }
    }

    /**
     * The widget rectangle in the page's own (unrotated) coordinates, in points. Fails, naming the
     * page size, when the box does not lie inside the visible page.
     */
    PDRectangle rectangleOn(PDPage p) {
        PDRectangle crop = p.getCropBox();
        int rotation = Math.floorMod(p.getRotation(), 360);
        boolean sideways = rotation == 90 || rotation == 270;
        double shownWidth = (sideways ? crop.getHeight() : crop.getWidth()) / POINTS_PER_MM;
        double shownHeight = (sideways ? crop.getWidth() : crop.getHeight()) / POINTS_PER_MM;
        if (x + width > shownWidth + 0.01 || y + height > shownHeight + 0.01) {
            throw new SigningInputException(String.format(Locale.ROOT,
                    "visible signature box (x %s + width %s, y %s + height %s mm) does not fit on page %d, which is %.1f × %.1f mm",
                    num(x), num(width), num(y), num(height), page, shownWidth, shownHeight));
        }
        float bx = (float) (x * POINTS_PER_MM);
        float by = (float) (y * POINTS_PER_MM);
        float bw = (float) (width * POINTS_PER_MM);
        float bh = (float) (height * POINTS_PER_MM);
        float llx = crop.getLowerLeftX();
        float lly = crop.getLowerLeftY();
        float urx = crop.getUpperRightX();
        float ury = crop.getUpperRightY();
        // Which page corner is shown top-left, and which page axes run right and down on screen.
        return switch (rotation) {
            case 90 -> new PDRectangle(llx + by, lly + bx, bh, bw);
            case 180 -> new PDRectangle(urx - bx - bw, lly + by, bw, bh);
            case 270 -> new PDRectangle(urx - by - bh, ury - bx - bw, bh, bw);
            default -> new PDRectangle(llx + bx, ury - by - bh, bw, bh);
        };
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
