package io.countersign.pi;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Text helpers shared by the PI analyses; not part of the public API. */
final class Texts {

    private Texts() {
    }

    /**
     * The form in which two names or values count as "the same" to a buyer: Unicode NFKC
     * (so full-width digits typed on a Chinese keyboard equal ASCII ones), surrounding
     * whitespace removed, inner runs of whitespace collapsed to one space, case ignored.
     */
    static String loose(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return folded.toLowerCase(Locale.ROOT);
    }

    /** "1", "1 and 2", "1, 2 and 4": English enumeration for messages. */
    static String andList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
