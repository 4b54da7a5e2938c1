package io.countersign.labels.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A batch's sheets in list order as the render threads finish them, for the outputs written while
 * the batch renders — the combined PDF and the index — each on a thread of its own. Written after
 * the batch instead, they kept one core busy for seconds while the other had nothing left to do.
 */
final class SheetFeed {
    private final List<CompletableFuture<Optional<BatchJournal.Done>>> sheets;

    /** A feed of {@code count} list positions, 0 to count − 1. */
    SheetFeed(int count) {
        sheets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sheets.add(new CompletableFuture<>());
        }
    }

    /** The SKU at list position {@code index} is finished: its sheet, or none (it failed). Once per position, from any thread. */
    void ready(int index, Optional<BatchJournal.Done> sheet) {
        sheets.get(index).complete(sheet);
    }

    /** Ends the feed (a failed or interrupted run): readers stop at the first position not yet ready. */
    void cancel() {
        sheets.forEach(s -> s.cancel(false));
    }

    /** Calls {@code action} with every finished sheet in list order, waiting for each; throws {@code CancellationException} once cancelled. */
    void each(Consumer<BatchJournal.Done> action) {
        for (CompletableFuture<Optional<BatchJournal.Done>> sheet : sheets) {
            sheet.join().ifPresent(action);
        }
    }

    /** {@code work} started on a thread of its own. */
    static <T> Reader<T> read(String name, Supplier<T> work) {
        return new Reader<>(name, work);
    }

    /** A thread reading the feed, and what it made of it. */
    static final class Reader<T> {
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final Thread thread;

        private Reader(String name, Supplier<T> work) {
            thread = new Thread(() -> {
                try {
                    result.complete(work.get());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits for the result; the thread's failure is thrown as it was. */
        T join() {
            try {
                return result.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        /** Waits until the thread has ended, whatever its outcome (after the feed was cancelled, it ends soon). */
        void awaitEnd() {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
