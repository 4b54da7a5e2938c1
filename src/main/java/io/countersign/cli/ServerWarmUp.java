package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.input.InputFormat;
import io.countersign.input.PiReader;
import io.countersign.input.PictureSource;
import io.countersign.pi.ProformaInvoice;
import io.countersign.server.store.Scratch;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Reads and renders the benchmark's 20-style PI in the background for a while after {@code serve}
 * starts, so that the first buyers' posts meet compiled code. A cold server spends its first
 * minute in the JIT compiler: hammered by 16 clients from the start, its p99 over that minute was
 * 766 ms against ~270 ms once warm. Nothing is stored; the photos live in a temporary folder that
 * is deleted afterwards. One thread, so half the cores stay free for real posts meanwhile.
 */
final class ServerWarmUp implements Runnable {
    private static final int STYLES = 20;

    private final Duration budget;
    private final PrintWriter log;

    ServerWarmUp(Duration budget, PrintWriter log) {
        this.budget = budget;
        this.log = log;
    }

    /** Starts the warm-up on a daemon thread of its own. */
    static void start(Duration budget, PrintWriter log) {
        Thread t = new Thread(new ServerWarmUp(budget, log), "countersign-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        Path dir = null;
        try {
            BenchPiInput input = new BenchPiInput(STYLES);
            dir = Files.createTempDirectory("countersign-warm-up");
            for (Map.Entry<String, byte[]> photo : input.photos().entrySet()) {
                Path file = dir.resolve(photo.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, photo.getValue());
            }
            Instant end = Instant.now().plus(budget);
            int renders = 0;
            while (Instant.now().isBefore(end)) {
                String yaml = input.yaml("WARM-UP-" + renders);
                ProformaInvoice pi = PiReader.read(yaml, InputFormat.YAML, PictureSource.folder(dir), "warm-up.yaml");
                Countersign.pi(pi).withIssuedAt(Instant.EPOCH).toPdf(OutputStream.nullOutputStream());
                renders++;
            }
            log.println("countersign: warmed up (" + renders + " PIs read and rendered in " + budget.toSeconds() + " s, nothing stored)");
        } catch (IOException | RuntimeException e) {
            // a warm-up is an optimisation: the server works without it
            log.println("countersign: warm-up stopped early: " + e.getMessage());
        } finally {
            log.flush();
            if (dir != null) {
                Scratch.deleteTree(dir);
            }
        }
    }
}
