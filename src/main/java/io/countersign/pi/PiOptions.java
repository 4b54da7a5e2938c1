package io.countersign.pi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How to render a PI. Build with {@link #defaults()} and the {@code with*} methods.
 *
 * @param language       language of labels and sentences ({@code en}, {@code zh-CN}, {@code zh-TW}, {@code de});
 *                       empty means the input's {@code language}, else English
 * @param bilingual      English labels, each followed by the document language (when that is not English)
 * @param paper          page size; always landscape
 * @param magnification  UPC/EAN magnification, 0.80–2.00 (1.00 is X = 0.33 mm)
 * @param issuedAt       issue time written into metadata; empty means the PI's issue date at 00:00 UTC,
 *                       so output never depends on the wall clock
 * @param templates      a directory with the user's copy of the templates
 * @param previous       the previous revision of this PI: each line then says whether it changed since, and
 *                       only changed lines are asked about again
 */
public record PiOptions(Optional<String> language, boolean bilingual, Paper paper, double magnification,
                        Optional<Instant> issuedAt, Optional<Path> templates, Optional<PreviousRevision> previous) {

    public enum Paper {
        A4("A4 landscape", 297, 210), LETTER("letter landscape", 279.4, 215.9);

        private final String css;
        private final double widthMm;
        private final double heightMm;

        Paper(String css, double widthMm, double heightMm) {
            this.css = css;
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        public String css() {
            return css;
        }

        /** Width of the page as printed (landscape). */
        public double widthMm() {
            return widthMm;
        }

        public double heightMm() {
            return heightMm;
        }
    }

    public static PiOptions defaults() {
        return new PiOptions(Optional.empty(), false, Paper.A4, 0.80, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public PiOptions withLanguage(String lang) {
        return new PiOptions(Optional.of(lang), bilingual, paper, magnification, issuedAt, templates, previous);
    }

    public PiOptions withBilingual(boolean on) {
        return new PiOptions(language, on, paper, magnification, issuedAt, templates, previous);
    }

    public PiOptions withPaper(Paper p) {
        return new PiOptions(language, bilingual, p, magnification, issuedAt, templates, previous);
    }

    public PiOptions withMagnification(double m) {
        return new PiOptions(language, bilingual, paper, m, issuedAt, templates, previous);
    }

    public PiOptions withIssuedAt(Instant t) {
        return new PiOptions(language, bilingual, paper, magnification, Optional.of(t), templates, previous);
    }

    /** The previous revision, its decisions not known: unchanged lines are carried over. */
    public PiOptions withPrevious(ProformaInvoice previousRevision) {
        return withPrevious(PreviousRevision.of(previousRevision));
    }

    public PiOptions withPrevious(PreviousRevision previousRevision) {
        return new PiOptions(language, bilingual, paper, magnification, issuedAt, templates, Optional.of(previousRevision));
    }

    public PiOptions withTemplates(Path dir) {
        return new PiOptions(language, bilingual, paper, magnification, issuedAt, Optional.of(dir), previous);
    }
}
