package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.testing.RenderedPi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Same input and issue time, same bytes: a re-issued PI can be compared with the one the buyer returns. */
class PiPdfDeterminismTest {
    private final RenderedPi sample = RenderedPi.sample("paper-boxes.yaml");

    @Test
    void rendersTheSameBytesAgain() {
        assertThat(RenderedPi.pdf(sample.pi(), RenderedPi.ISSUED_AT)).isEqualTo(sample.pdf());
    }

    @Test
    void anotherIssueTimeGivesOtherBytes() {
        assertThat(RenderedPi.pdf(sample.pi(), RenderedPi.ISSUED_AT.plusSeconds(60))).isNotEqualTo(sample.pdf());
    }

    @Test
    void rendersTheSameBytesOnManyThreadsAtOnce() throws Exception {
        // fonts, font metrics, templates and picture bytes are shared between renders; documents must not be
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(pool.submit(() -> RenderedPi.pdf(sample.pi(), RenderedPi.ISSUED_AT)));
            }
            for (Future<byte[]> r : renders) {
                assertThat(r.get()).isEqualTo(sample.pdf());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rendersTheSameBytesUnderATurkishLocaleAndAnotherTimeZone() {
        // Turkish upper-cases i to İ; a zone far from UTC moves dates that are formatted with the default zone
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

            assertThat(RenderedPi.pdf(sample.pi(), RenderedPi.ISSUED_AT)).isEqualTo(sample.pdf());
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            TimeZone.setDefault(zone);
        }
    }
}
