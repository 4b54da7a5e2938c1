package io.countersign.pi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the PI analyses; not part of the public API. */
final class Texts {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /**
     * The form in which two names or values count as "the same" to a buyer: Unicode NFKC
     * (so full-width digits typed on a Chinese keyboard equal ASCII ones), surrounding
     * whitespace removed, inner runs of whitespace collapsed to one space, case ignored.
     */
    static String loose(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        folded = SPACES.matcher(folded).replaceAll(" ");
        return folded.toLowerCase(Locale.ROOT);
    }
}
