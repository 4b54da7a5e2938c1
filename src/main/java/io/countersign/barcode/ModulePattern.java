package io.countersign.barcode;

/**
 * The modules of an EAN/UPC symbol from the first bar of the start guard to the last bar of
 * the end guard, without quiet zones. A module is dark (part of a bar) or light, and a dark
 * module is extended when its bar reaches below the normal bars: the guard bars, and in a
 * UPC-A also the bars of the first and last digit.
 */
public final class ModulePattern {
    private final Symbology symbology;
    private final boolean[] dark;
    private final boolean[] extended;

    ModulePattern(Symbology symbology, boolean[] dark, boolean[] extended) {
        this.symbology = symbology;
        this.dark = dark.clone();
        this.extended = extended.clone();
    }

    public Symbology symbology() {
        return symbology;
    }

    public int size() {
        return dark.length;
    }

    public boolean isDark(int module) {
        return dark[module];
    }

    /** True for a dark module whose bar extends below the normal bars. */
    public boolean isExtended(int module) {
        return dark[module] && extended[module];
    }

    /** The modules as '1' (dark) and '0' (light), e.g. "101…101". */
    @Override
    public String toString() {
        StringBuilder bits = new StringBuilder(dark.length);
        for (boolean d : dark) {
            bits.append(d ? '1' : '0');
        }
        return bits.toString();
    }
}
