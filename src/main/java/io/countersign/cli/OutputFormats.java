package io.countersign.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The {@code --format} list of a command: known names only, case and spaces ignored, each once. */
final class OutputFormats {
    private OutputFormats() {
    }

    static Set<String> parse(List<String> requested, List<String> known) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : requested) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!known.contains(format)) {
                throw new UnusableInputException("--format " + f + " is not known; use " + String.join(", ", known) + " (comma-separated)");
            }
            wanted.add(format);
        }
        return wanted;
    }
}
