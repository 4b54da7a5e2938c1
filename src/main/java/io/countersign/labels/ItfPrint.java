package io.countersign.labels;

import io.countersign.barcode.ItfBearers;

/** How the carton's ITF-14 is printed, which sets its bearer bars and smallest magnification (GS1). */
public enum ItfPrint {
    /** Printed directly on corrugated board: a 4.8 mm bearer frame all round, magnification ≥ 62.5 %. */
    DIRECT(ItfBearers.FRAME),
    /** Printed on a label stuck to the carton: bearer bars top and bottom (2X), magnification ≥ 50 %. */
    LABEL(ItfBearers.TOP_AND_BOTTOM);

    private final ItfBearers bearers;

    ItfPrint(ItfBearers bearers) {
        this.bearers = bearers;
    }

    /** The bearer bars GS1 asks for with this way of printing. */
    public ItfBearers bearers() {
        return bearers;
    }

    public double minMagnification() {
        return bearers.minMagnification();
    }
}
