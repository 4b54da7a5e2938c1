package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The batch progress: a bar redrawn in place on a terminal, a few plain lines in a log. */
class ProgressBarTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void aLineShowsCountBarRateAndEta() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true, nanos::get);
        bar.start(1000, 0);
        nanos.set(5_000_000_000L);

        assertThat(bar.line(250, 1000, nanos.get())).isEqualTo(" 250/1000 SKUs [#######-----------------------] 50.0/s ETA 0:15");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAtMostTenTimesASecond() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true, nanos::get);
        bar.start(100, 0);
        for (int i = 1; i <= 100; i++) {
            nanos.addAndGet(10_000_000L); // 10 ms per SKU: 1 s in all
            bar.advance(i, 100);
        }
        bar.finishing("skus-stickers.pdf");

        String out = text.toString();
        long redraws = out.chars().filter(c -> c == '\r').count();
        assertThat(redraws).isBetween(9L, 12L);
        assertThat(out).contains("100/100 SKUs [##############################]").endsWith("writing skus-stickers.pdf" + System.lineSeparator());
    }

    @Test
    void inALogThereIsAPlainLineEveryTenthOfTheWay() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false, nanos::get);
        bar.start(1000, 20);
        for (int i = 1; i <= 1000; i++) {
            nanos.addAndGet(1_000_000L);
            bar.advance(i, 1000);
        }

        String[] lines = text.toString().split(System.lineSeparator());
        assertThat(lines[0]).isEqualTo("rendering 1000 SKUs; 20 unchanged since the last run are kept");
        assertThat(lines).hasSize(12).noneMatch(l -> l.contains("\r"));
        assertThat(lines[11]).startsWith("1000/1000 SKUs");
    }
}
