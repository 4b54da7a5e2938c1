package io.countersign.barcode;

import io.countersign.gs1.Gtin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An EAN-13, UPC-A or EAN-8 symbol laid out at GS1 geometry, ready to be drawn as vector
 * rectangles. All lengths are millimetres; x runs from the left edge of the left quiet zone,
 * y from the top of the bars downwards.
 *
 * <p>{@code moduleWidth} is X; {@code barHeight} is the height of the normal bars,
 * {@code guardBarHeight} that of the guard bars (5X longer), and {@code height} the whole
 * symbol down to the baseline of the human-readable digits.
 */
public record LinearSymbol(
        Gtin gtin,
        Symbology symbology,
        double magnification,
        double barHeightFactor,
        double moduleWidth,
        double leftQuietZone,
        double rightQuietZone,
        double width,
        double barHeight,
        double guardBarHeight,
        double height,
        List<Bar> bars,
        List<HriDigit> hri) {

    /** X at 100% magnification. */
    public static final double NOMINAL_MODULE_WIDTH = 0.33;
    public static final double MIN_MAGNIFICATION = 0.80;
    public static final double MAX_MAGNIFICATION = 2.00;
    public static final double MIN_BAR_HEIGHT_FACTOR = 0.5;

    private static final int GUARD_EXTENSION_MODULES = 5;
    /** GS1's overall nominal height (25.93 mm EAN-13, 21.31 mm EAN-8) minus the bar height, at 100%. */
    private static final double HRI_BAND = 3.08;
    /** Font size of the digits under the bars; a sans digit (~0.55 em wide) then fits a 7-module character. */
    private static final double HRI_SIZE_MODULES = 11;
    /** UPC-A prints its first and last digit smaller, in the quiet zones. */
    private static final double OUTSIDE_HRI_SIZE_MODULES = 8;

    public LinearSymbol {
        bars = List.copyOf(bars);
        hri = List.copyOf(hri);
    }

    /** The symbol for {@code gtin} at full bar height; magnification 0.80–2.00 (1.00 is X = 0.33 mm). */
    public static LinearSymbol of(Gtin gtin, double magnification) {
        return of(gtin, magnification, 1.0);
    }

    /**
     * The symbol for {@code gtin} with its bars shortened to {@code barHeightFactor} (0.5–1.0) of
     * the GS1 height. Such truncation is discouraged by GS1: a truncated symbol can no longer be
     * read omnidirectionally at a retail checkout. Use 1.0 unless the pack leaves no room.
     */
    public static LinearSymbol of(Gtin gtin, double magnification, double barHeightFactor) {
        Symbology symbology = Symbology.of(gtin);
        requireMagnification(symbology, magnification);
        requireBarHeightFactor(barHeightFactor);
        ModulePattern pattern = EanUpcEncoder.encode(gtin);

        double x = NOMINAL_MODULE_WIDTH * magnification;
        double leftQuiet = symbology.leftQuietModules() * x;
        double barHeight = symbology.nominalBarHeight() * magnification * barHeightFactor;
        double guardBarHeight = barHeight + GUARD_EXTENSION_MODULES * x;
        double baseline = barHeight + HRI_BAND * magnification;

        return new LinearSymbol(gtin, symbology, magnification, barHeightFactor, x, leftQuiet,
                symbology.rightQuietModules() * x, symbology.totalModules() * x, barHeight, guardBarHeight,
                baseline, bars(pattern, leftQuiet, x, barHeight, guardBarHeight),
                hri(gtin.digits(), symbology, leftQuiet, x, baseline));
    }

    /** Draws the bars and digits with the symbol's top-left corner (quiet zone included) at the origin. */
    public void drawTo(VectorCanvas canvas, double originX, double originY) {
        for (Bar bar : bars) {
            canvas.fillRect(originX + bar.x(), originY + bar.y(), bar.width(), bar.height());
        }
        for (HriDigit d : hri) {
            canvas.text(d.text(), originX + d.centreX(), originY + d.baselineY(), d.size());
        }
    }

    // Adjacent dark modules of the same height become one rectangle, so a 4-module bar is one
    // shape rather than four abutting ones that a rasteriser may show with hairline gaps.
    private static List<Bar> bars(ModulePattern pattern, double leftQuiet, double x, double barHeight,
            double guardBarHeight) {
        List<Bar> bars = new ArrayList<>();
        int m = 0;
        while (m < pattern.size()) {
            if (!pattern.isDark(m)) {
                m++;
                continue;
            }
            boolean extended = pattern.isExtended(m);
            int end = m + 1;
            while (end < pattern.size() && pattern.isDark(end) && pattern.isExtended(end) == extended) {
                end++;
            }
            bars.add(new Bar(leftQuiet + m * x, 0, (end - m) * x, extended ? guardBarHeight : barHeight));
            m = end;
        }
        return bars;
    }

    // UPC-A: 1-5-5-1, the outer two smaller and in the quiet zones. EAN-13: the leading digit (which
    // has no bars) in the left quiet zone, then 6+6. EAN-8: 4+4. Every other digit is centred under
    // its own symbol character.
    private static List<HriDigit> hri(String digits, Symbology symbology, double leftQuiet, double x,
            double baseline) {
        double size = HRI_SIZE_MODULES * x;
        double outsideSize = OUTSIDE_HRI_SIZE_MODULES * x;
        List<HriDigit> hri = new ArrayList<>(digits.length());
        if (symbology != Symbology.EAN_8) {
            double leadSize = symbology == Symbology.UPC_A ? outsideSize : size;
            hri.add(new HriDigit(digits.charAt(0), leftQuiet / 2, baseline, leadSize));
        }
        int first = symbology == Symbology.EAN_8 ? 0 : 1;
        int last = symbology == Symbology.UPC_A ? digits.length() - 2 : digits.length() - 1;
        int charOffset = symbology == Symbology.EAN_13 ? 1 : 0;
        for (int i = first; i <= last; i++) {
            int start = EanUpcEncoder.characterStart(symbology, i - charOffset);
            double centre = leftQuiet + (start + EanUpcEncoder.characterModules() / 2.0) * x;
            hri.add(new HriDigit(digits.charAt(i), centre, baseline, size));
        }
        if (symbology == Symbology.UPC_A) {
            double rightQuietCentre = leftQuiet + (symbology.modules() + symbology.rightQuietModules() / 2.0) * x;
            hri.add(new HriDigit(digits.charAt(digits.length() - 1), rightQuietCentre, baseline, outsideSize));
        }
        return hri;
    }

    private static void requireMagnification(Symbology symbology, double magnification) {
        // Written as a positive range test so that NaN is rejected too.
        if (!(magnification >= MIN_MAGNIFICATION && magnification <= MAX_MAGNIFICATION)) {
            throw new InvalidSymbolException(String.format(Locale.ROOT,
                    "magnification %s is outside GS1's %.2f–%.2f for %s", magnification, MIN_MAGNIFICATION,
                    MAX_MAGNIFICATION, symbology.label()),
                    "use 0.80 (X = 0.264 mm) to 2.00 (X = 0.660 mm); 1.00 is the nominal X = 0.33 mm");
        }
    }

    private static void requireBarHeightFactor(double factor) {
        if (!(factor >= MIN_BAR_HEIGHT_FACTOR && factor <= 1.0)) {
            throw new InvalidSymbolException(String.format(Locale.ROOT,
                    "bar height factor %s is outside %.1f–1.0", factor, MIN_BAR_HEIGHT_FACTOR),
                    "use 1.0 (full GS1 height); shorten bars only when the pack has no room, never below 0.5");
        }
    }
}
