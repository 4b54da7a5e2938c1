package io.countersign.server.store;

import io.countersign.pi.PiOptions;
import java.time.Instant;
import java.util.Locale;

/**
 * How a PI is rendered when posted to the server, as plain values: {@code language} empty for the
 * input's own, {@code issuedAt} empty for the PI's issue date (never the wall clock, so posting the
 * same PI gives the same bytes).
 */
public record PiSettings(String language, boolean bilingual, PiOptions.Paper paper, int magnificationPercent, String issuedAt) {

    public static final PiSettings DEFAULTS = new PiSettings("", false, PiOptions.Paper.A4, 80, "");

    public PiOptions options() {
        PiOptions o = PiOptions.defaults().withBilingual(bilingual).withPaper(paper).withMagnification(magnificationPercent / 100.0);
        if (!language.isEmpty()) {
            o = o.withLanguage(language);
        }
        if (!issuedAt.isEmpty()) {
            o = o.withIssuedAt(Instant.parse(issuedAt));
        }
        return o;
    }

    /** A stable text of the settings, part of a PI post's fingerprint. */
    public String canonical() {
        return String.format(Locale.ROOT, "lang=%s;bilingual=%s;paper=%s;magnification=%d;issuedAt=%s", language, bilingual, paper,
                magnificationPercent, issuedAt);
    }
}
