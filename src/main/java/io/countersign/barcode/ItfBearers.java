package io.countersign.barcode;

/**
 * The bearer bars of an ITF-14, which GS1 ties to how the symbol is printed (GS1 General
 * Specifications, ITF-14 bearer bars; the same rules in GS1 member organisations' ITF-14 guides).
 * Bearer bars even out the pressure of a printing plate on corrugated board and stop a scan line
 * that leaves the symbol across its top or bottom edge from reading part of it as a whole symbol.
 */
public enum ItfBearers {
    /**
     * A frame all round, {@value ItfSymbol#FRAME_THICKNESS} mm thick, with the quiet zones inside
     * it: required for printing with plates, i.e. directly on corrugated board. GS1 asks for at
     * least 62.5 % magnification (X ≥ 0.635 mm) there, because board and flexo ink spread bars.
     */
    FRAME(0.625),
    /**
     * Bars along the top and bottom only, 2X thick (GS1: at least 2X): enough for printing without
     * plates, such as a thermal or laser label. GS1's automated-scanning minimum is 50 % (X ≥ 0.508 mm).
     */
    TOP_AND_BOTTOM(0.50);

    private final double minMagnification;

    ItfBearers(double minMagnification) {
        this.minMagnification = minMagnification;
    }

    /** The smallest magnification GS1 allows for a symbol printed the way these bearers belong to. */
    public double minMagnification() {
        return minMagnification;
    }
}
