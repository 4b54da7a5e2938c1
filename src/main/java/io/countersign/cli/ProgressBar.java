package io.countersign.cli;

import io.countersign.labels.batch.BatchProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Batch progress on stderr: on a terminal one line redrawn in place ("412/1000 SKUs [#####-----]
 * 83.1/s ETA 0:07"), at most ten times a second; otherwise (a log, CI) a plain line every tenth of
 * the way or every five seconds, so logs stay short and readable.
 */
final class ProgressBar implements BatchProgress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private long started;
    private long lastDrawn;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
    }

    static ProgressBar onStderr(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, System::nanoTime);
    }

    @Override
    public synchronized void start(int total, int unchanged) {
        started = nanoClock.getAsLong();
        err.println(unchanged == 0 ? "rendering " + total + " SKUs"
                : "rendering " + total + " SKUs; " + unchanged + " unchanged since the last run are kept");
        err.flush();
    }

    @Override
    public synchronized void advance(int done, int total) {
        long now = nanoClock.getAsLong();
        if (terminal) {
            if (done == total || now - lastDrawn >= REDRAW_NANOS) {
                err.print("\r" + line(done, total, now));
                err.flush();
                lastDrawn = now;
                drawn = true;
            }
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (done == total || tenth > lastTenth || now - lastDrawn >= LINE_NANOS) {
            err.println(line(done, total, now));
            err.flush();
            lastTenth = tenth;
            lastDrawn = now;
        }
    }

    @Override
    public synchronized void finishing(String what) {
        if (drawn) {
            err.println();
            drawn = false;
        }
        err.println("writing " + what);
        err.flush();
    }

    String line(int done, int total, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String eta = done == 0 ? "--:--" : clock((long) Math.ceil((total - done) / rate));
        return String.format(Locale.ROOT, "%" + String.valueOf(total).length() + "d/%d SKUs [%s] %.1f/s ETA %s",
                done, total, bar, rate, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
