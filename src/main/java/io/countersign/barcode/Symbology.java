package io.countersign.barcode;

import io.countersign.gs1.Gtin;

/**
 * The EAN/UPC symbols a retail GTIN is printed with, and their GS1 nominal dimensions at
 * 100% magnification (X = 0.33 mm). Quiet zones are counted in modules (multiples of X).
 */
public enum Symbology {
    UPC_A("UPC-A", 12, 95, 9, 9, 22.85),
    EAN_13("EAN-13", 13, 95, 11, 7, 22.85),
    EAN_8("EAN-8", 8, 67, 7, 7, 18.23);

    private final String label;
    private final int digits;
    private final int modules;
    private final int leftQuietModules;
    private final int rightQuietModules;
    private final double nominalBarHeight;

    Symbology(String label, int digits, int modules, int leftQuietModules, int rightQuietModules,
            double nominalBarHeight) {
        this.label = label;
        this.digits = digits;
        this.modules = modules;
        this.leftQuietModules = leftQuietModules;
        this.rightQuietModules = rightQuietModules;
        this.nominalBarHeight = nominalBarHeight;
    }

    /** The symbol a GTIN of this length is printed with; GTIN-14 has no EAN/UPC symbol. */
    public static Symbology of(Gtin gtin) {
        return switch (gtin.kind()) {
            case GTIN_12 -> UPC_A;
            case GTIN_13 -> EAN_13;
            case GTIN_8 -> EAN_8;
            case GTIN_14 -> throw new InvalidSymbolException(
                    "GTIN-14 " + gtin + " cannot be printed as an EAN/UPC symbol",
                    "print a GTIN-14 as ITF-14 or GS1-128 on the carton; retail units carry a GTIN-8, -12 or -13");
        };
    }

    /** Display name as GS1 writes it, e.g. "UPC-A". */
    public String label() {
        return label;
    }

    /** Number of GTIN digits the symbol carries. */
    public int digits() {
        return digits;
    }

    /** Width of the symbol between its quiet zones, in modules. */
    public int modules() {
        return modules;
    }

    public int leftQuietModules() {
        return leftQuietModules;
    }

    public int rightQuietModules() {
        return rightQuietModules;
    }

    /** Width including both quiet zones, in modules (113 for UPC-A and EAN-13, 81 for EAN-8). */
    public int totalModules() {
        return leftQuietModules + modules + rightQuietModules;
    }

    /** Height of the normal (non-guard) bars at 100% magnification, in millimetres. */
    public double nominalBarHeight() {
        return nominalBarHeight;
    }
}
