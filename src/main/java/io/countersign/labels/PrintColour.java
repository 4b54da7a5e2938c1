package io.countersign.labels;

/**
 * A print colour of the carton artwork: its Pantone name as the printer will match it (e.g.
 * "PANTONE 469 C") and a colour to show on screen, {@code #RRGGBB} — a screen can only
 * approximate a Pantone ink, so the name is what is approved.
 */
public record PrintColour(String pantone, String displayRgb) {

    public PrintColour {
        if (!displayRgb.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("display colour must be #RRGGBB: " + displayRgb);
        }
    }
}
