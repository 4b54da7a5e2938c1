package io.countersign.barcode;

import io.countersign.gs1.Gtin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ITF-14 of a carton's GTIN-14 laid out at GS1 geometry, ready to be drawn as vector
 * rectangles: the bars, the bearer bars and the human-readable digits below. All lengths are
 * millimetres; x runs from the symbol's left edge (the outside of the frame, or the start of the
 * left quiet zone), y from the top of the top bearer bar downwards.
 *
 * <p>{@code moduleWidth} is X, the width of a narrow bar or space, and {@code wideWidth} that of
 * a wide one ({@code ratio} × X). {@code width} and {@code height} are the whole symbol — quiet
 * zones, bearer bars and digits included — so a layout that reserves {@code width × height}
 * keeps every GS1 clearance.
 *
 * <p>What is accepted, and why:
 * <ul>
 * <li>a GTIN-14 only, its check digit verified again (a {@link Gtin} made with its constructor
 *     has not been checked);</li>
 * <li>magnification {@value #MIN_MAGNIFICATION}–{@value #MAX_MAGNIFICATION} of X = 1.016 mm, and at
 *     least {@link ItfBearers#minMagnification()} for the bearers. GS1 allows X 0.495–1.016 mm
 *     (48.7–100 %) but its guides for automated scanning in general distribution say 50–100 %, and
 *     the carton sheet's print modes need 50 % (label) or 62.5 % (direct print); beyond 100 % X
 *     exceeds GS1's maximum;</li>
 * <li>wide:narrow ratio {@value #MIN_RATIO}–{@value #MAX_RATIO}, nominal {@value #NOMINAL_RATIO};</li>
 * <li>bar height {@value #NOMINAL_BAR_HEIGHT} mm at every magnification by default: for general
 *     distribution GS1 does not scale the height with X, because conveyor scanners need the full
 *     height whatever the width. A shorter height down to {@value #MIN_BAR_HEIGHT} mm (GS1's
 *     minimum, for hand scanning only) can be asked for.</li>
 * </ul>
 */
public record ItfSymbol(
        Gtin gtin,
        ItfBearers bearers,
        double magnification,
        double ratio,
        double moduleWidth,
        double wideWidth,
        double quietZone,
        double bearerThickness,
        double barHeight,
        double width,
        double height,
        List<Bar> bars,
        List<Bar> bearerBars,
        List<HriDigit> hri) {

    /** X at 100 % magnification. */
    public static final double NOMINAL_MODULE_WIDTH = 1.016;
    public static final double MIN_MAGNIFICATION = 0.50;
    public static final double MAX_MAGNIFICATION = 1.00;
    public static final double NOMINAL_RATIO = 2.5;
    public static final double MIN_RATIO = 2.25;
    public static final double MAX_RATIO = 3.0;
    public static final double NOMINAL_BAR_HEIGHT = 31.75;
    public static final double MIN_BAR_HEIGHT = 12.7;
    /** Thickness of a bearer frame; fixed, whatever the magnification. */
    public static final double FRAME_THICKNESS = 4.8;
    public static final int QUIET_ZONE_MODULES = 10;
    /** Thickness of top and bottom bearer bars, in X: GS1's minimum, as a label printer has no plate pressure to even out. */
    public static final int BAR_BEARER_MODULES = 2;
    /**
     * Clear space between the bottom bearer and the top of the digits: GS1 asks for at least 1 mm
     * (0.04 in, which some guides round to 1.02 mm); 1.2 mm keeps it with a little ink spread.
     */
    public static final double HRI_GAP = 1.2;

    /** Digit size (em) in X: 7.1 mm at 100 %, so digits about 5 mm tall, in proportion to the symbol. */
    private static final double HRI_SIZE_MODULES = 7;
    /** How far the bundled face's digits reach above the baseline (0.70 em measured) and below it (0.01 em), with margin. */
    private static final double DIGIT_TOP_EM = 0.72;
    private static final double DIGIT_BOTTOM_EM = 0.05;
    /** Digits are set at the face's tabular advance (0.556 em), and the groups a little further apart than a space. */
    private static final double DIGIT_PITCH_EM = 0.56;
    private static final double GROUP_GAP_EM = 0.4;
    /** 1 00 84631 00102 2: indicator, two, five, five, check digit. */
    private static final int[] HRI_GROUPS = {1, 2, 5, 5, 1};

    public ItfSymbol {
        bars = List.copyOf(bars);
        bearerBars = List.copyOf(bearerBars);
        hri = List.copyOf(hri);
    }

    /** The ITF-14 for {@code gtin} at the nominal ratio 2.5:1 and the full GS1 bar height of 31.75 mm. */
    public static ItfSymbol of(Gtin gtin, double magnification, ItfBearers bearers) {
        return of(gtin, magnification, bearers, NOMINAL_RATIO, NOMINAL_BAR_HEIGHT);
    }

    /**
     * The ITF-14 for {@code gtin} with a chosen wide:narrow {@code ratio} (2.25–3.0) and bar height in
     * millimetres (at least 12.7; anything under 31.75 is for hand scanning only).
     */
    public static ItfSymbol of(Gtin gtin, double magnification, ItfBearers bearers, double ratio, double barHeight) {
        requireGtin14(gtin);
        requireMagnification(magnification, bearers);
        requireRatio(ratio);
        requireBarHeight(barHeight);

        double x = NOMINAL_MODULE_WIDTH * magnification;
        String elements = ItfEncoder.elements(gtin);
        double quiet = QUIET_ZONE_MODULES * x;
        double side = bearers == ItfBearers.FRAME ? FRAME_THICKNESS : 0;
        double thickness = bearers == ItfBearers.FRAME ? FRAME_THICKNESS : BAR_BEARER_MODULES * x;
        double width = 2 * (side + quiet) + ItfEncoder.widthInX(elements, ratio) * x;

        List<Bar> bearerBars = new ArrayList<>(4);
        bearerBars.add(new Bar(0, 0, width, thickness));
        bearerBars.add(new Bar(0, thickness + barHeight, width, thickness));
        if (side > 0) {
            bearerBars.add(new Bar(0, thickness, side, barHeight));
            bearerBars.add(new Bar(width - side, thickness, side, barHeight));
        }

        double size = HRI_SIZE_MODULES * x;
        double baseline = 2 * thickness + barHeight + HRI_GAP + DIGIT_TOP_EM * size;
        return new ItfSymbol(gtin, bearers, magnification, ratio, x, ratio * x, quiet, thickness, barHeight,
                width, baseline + DIGIT_BOTTOM_EM * size,
                bars(elements, side + quiet, thickness, x, ratio * x, barHeight),
                bearerBars, hri(gtin.digits(), width / 2, baseline, size));
    }

    /** Draws bearers, bars and digits with the symbol's top-left corner at the origin. */
    public void drawTo(VectorCanvas canvas, double originX, double originY) {
        for (Bar bar : bearerBars) {
            canvas.fillRect(originX + bar.x(), originY + bar.y(), bar.width(), bar.height());
        }
        for (Bar bar : bars) {
            canvas.fillRect(originX + bar.x(), originY + bar.y(), bar.width(), bar.height());
        }
        for (HriDigit d : hri) {
            canvas.text(d.text(), originX + d.centreX(), originY + d.baselineY(), d.size());
        }
    }

    /** The digits as printed under the symbol, grouped 1-2-5-5-1: "1 00 84631 00102 2". */
    public String hriText() {
        String digits = gtin.digits();
        StringBuilder text = new StringBuilder(digits.length() + HRI_GROUPS.length);
        int at = 0;
        for (int group : HRI_GROUPS) {
            if (at > 0) {
                text.append(' ');
            }
            text.append(digits, at, at + group);
            at += group;
        }
        return text.toString();
    }

    // Bars run from the top bearer to the bottom one: ITF-14 bars abut their bearers.
    private static List<Bar> bars(String elements, double left, double top, double narrow, double wide, double height) {
        List<Bar> bars = new ArrayList<>(elements.length() / 2 + 1);
        double x = left;
        for (int i = 0; i < elements.length(); i++) {
            double w = elements.charAt(i) == ItfEncoder.WIDE ? wide : narrow;
            if (i % 2 == 0) {
                bars.add(new Bar(x, top, w, height));
            }
            x += w;
        }
        return bars;
    }

    // GS1 leaves the font, size and placement of an ITF-14's human-readable digits open, asking only
    // that they be legible and in proportion, preferably below the symbol and at least 1 mm clear of
    // the bearer bar (GS1 General Specifications, ITF-14 symbology: "Human readable interpretation").
    // GS1 sets no grouping either; the 1-2-5-5-1 grouping is the one cartons commonly carry (from the
    // UPC shipping container code: indicator, number system, company, item, check digit). Spaces are
    // not encoded, so they only help a person compare the number with the carton list.
    private static List<HriDigit> hri(String digits, double centre, double baseline, double size) {
        double pitch = DIGIT_PITCH_EM * size;
        double gap = GROUP_GAP_EM * size;
        double textWidth = digits.length() * pitch + (HRI_GROUPS.length - 1) * gap;
        double x = centre - textWidth / 2 + pitch / 2;
        List<HriDigit> hri = new ArrayList<>(digits.length());
        int at = 0;
        for (int g = 0; g < HRI_GROUPS.length; g++) {
            for (int i = 0; i < HRI_GROUPS[g]; i++, at++) {
                hri.add(new HriDigit(digits.charAt(at), x, baseline, size));
                x += pitch;
            }
            x += gap;
        }
        return hri;
    }

    private static void requireGtin14(Gtin gtin) {
        if (gtin.kind() != Gtin.Kind.GTIN_14) {
            throw new InvalidSymbolException("an ITF-14 carries a GTIN-14, not the " + gtin.kind().label() + " " + gtin,
                    "give the carton's own GTIN-14: an indicator digit 1–8, the first " + (gtin.digits().length() - 1)
                            + " digits of the unit's GTIN (padded with 0 to 12) and a new check digit");
        }
        String data = gtin.digits().substring(0, 13);
        int expected = Gtin.checkDigit(data);
        if (gtin.digits().charAt(13) - '0' != expected) {
            throw new InvalidSymbolException("GTIN-14 " + gtin + " has check digit " + gtin.digits().charAt(13)
                    + " but the digits before it give " + expected,
                    "check the number; if the first 13 digits are right it is " + data + expected);
        }
    }

    private static void requireMagnification(double magnification, ItfBearers bearers) {
        // Positive range tests, so that NaN is rejected too.
        if (!(magnification >= MIN_MAGNIFICATION && magnification <= MAX_MAGNIFICATION)) {
            throw new InvalidSymbolException(String.format(Locale.ROOT,
                    "ITF-14 magnification %s is outside %.2f–%.2f", magnification, MIN_MAGNIFICATION, MAX_MAGNIFICATION),
                    "use 0.50 (X = 0.508 mm) to 1.00 (X = 1.016 mm, GS1's largest); 0.625 or more when printed directly on corrugated board");
        }
        if (!(magnification >= bearers.minMagnification())) {
            throw new InvalidSymbolException(String.format(Locale.ROOT,
                    "ITF-14 magnification %s is below %s, GS1's minimum for an ITF-14 printed with a bearer %s",
                    magnification, bearers.minMagnification(), bearers == ItfBearers.FRAME
                            ? "frame (plate printing on corrugated board)" : "bars top and bottom"),
                    String.format(Locale.ROOT, "use %s (X = %.3f mm) or more", bearers.minMagnification(),
                            bearers.minMagnification() * NOMINAL_MODULE_WIDTH));
        }
    }

    private static void requireRatio(double ratio) {
        if (!(ratio >= MIN_RATIO && ratio <= MAX_RATIO)) {
            throw new InvalidSymbolException(String.format(Locale.ROOT,
                    "ITF-14 wide:narrow ratio %s is outside GS1's %.2f–%.1f", ratio, MIN_RATIO, MAX_RATIO),
                    "use 2.5, GS1's target ratio");
        }
    }

    private static void requireBarHeight(double barHeight) {
        if (!(barHeight >= MIN_BAR_HEIGHT && Double.isFinite(barHeight))) {
            throw new InvalidSymbolException(String.format(Locale.ROOT,
                    "ITF-14 bar height %s mm is not a height of at least GS1's minimum %.1f mm", barHeight, MIN_BAR_HEIGHT),
                    "use 31.75 mm, GS1's height for scanning in general distribution; never less than 12.7 mm");
        }
    }
}
