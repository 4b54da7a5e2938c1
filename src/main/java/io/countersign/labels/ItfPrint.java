package io.countersign.labels;

/** How the carton's ITF-14 is printed, which sets its bearer bars and smallest magnification (GS1). */
public enum ItfPrint {
    /** Printed directly on corrugated board: a 4.8 mm bearer frame all round, magnification ≥ 62.5 %. */
    DIRECT(0.625),
    /** Printed on a label stuck to the carton: bearer bars top and bottom (≥ 2X), magnification ≥ 50 %. */
    LABEL(0.50);

    private final double minMagnification;

    ItfPrint(double minMagnification) {
        this.minMagnification = minMagnification;
    }

    public double minMagnification() {
        return minMagnification;
    }
}
