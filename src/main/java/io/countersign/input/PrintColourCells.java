package io.countersign.input;

import io.countersign.labels.PrintColour;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The colours cell of a row: print colours, each a Pantone name followed by a display colour #RRGGBB. */
final class PrintColourCells {
    private static final Pattern COLOUR = Pattern.compile("(.*?)\\s*(#\\S*)");
    private static final Pattern RGB = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern SEPARATOR = Pattern.compile("[;\\r\\n]+");

    private PrintColourCells() {
    }

    /** "PANTONE 469 C #6B3A1E; Black #000000": name and display colour per item, items separated by ; or line breaks. */
    static List<PrintColour> read(RowCells row, int max) {
        Optional<String> text = row.present(SkuColumn.COLOURS, false);
        List<PrintColour> result = new ArrayList<>();
        if (text.isEmpty()) {
            return result;
        }
        String example = "write each colour as its name and a display colour, e.g. PANTONE 469 C #6B3A1E; Black #000000";
        for (String item : SEPARATOR.split(text.get())) {
            String c = Cell.trim(item);
            if (c.isEmpty()) {
                continue;
            }
            Matcher m = COLOUR.matcher(c);
            if (!m.matches()) {
                row.add(SkuColumn.COLOURS, "colour \"" + c + "\" has no display colour", example
                        + (row.isYaml() ? "; in YAML put the value in quotes, as a # after a space starts a comment"
                        : " (a screen only approximates an ink, so the name is what is approved)"));
            } else if (!RGB.matcher(m.group(2)).matches()) {
                row.add(SkuColumn.COLOURS, "display colour " + m.group(2) + " of \"" + c + "\" is not #RRGGBB", example);
            } else if (m.group(1).isEmpty()) {
                row.add(SkuColumn.COLOURS, "colour " + m.group(2) + " has no name", example);
            } else {
                result.add(new PrintColour(m.group(1), m.group(2).toUpperCase(Locale.ROOT)));
            }
        }
        if (result.size() > max) {
            row.add(SkuColumn.COLOURS, result.size() + " colours; a carton is printed in at most " + max,
                    "list the print colours (inks) only");
        }
        return result;
    }
}
