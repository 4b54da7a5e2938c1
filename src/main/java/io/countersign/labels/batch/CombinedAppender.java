package io.countersign.labels.batch;

import io.countersign.labels.CombinedPdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes a batch's combined PDF while its sheets render: the sheet at list position n is appended as
 * soon as it and every sheet before it are done, on a thread of its own, so the PDF is all but
 * written when the last sheet is. Appended after the batch instead, reading back 1,000 sheets took a
 * third of the batch's time on one core while the others had nothing left to do. The order, and so
 * the bytes, are those of appending after the batch.
 */
final class CombinedAppender implements AutoCloseable {
    private final SheetFiles files;
    private final CombinedPdfWriter writer;
    private final List<CompletableFuture<Optional<BatchJournal.Done>>> sheets;
    private final CompletableFuture<Void> appended = new CompletableFuture<>();
    private final Thread thread;

    /** Starts the combined PDF of a batch of {@code count} SKUs (list positions 0 to count − 1). */
    CombinedAppender(SheetFiles files, LabelBatch.Settings settings, int count) {
        this.files = files;
        this.writer = new CombinedPdfWriter(files.combined(), BatchOutputs.combinedTitle(files, settings), settings.options().issuedAt());
        this.sheets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sheets.add(new CompletableFuture<>());
        }
        this.thread = new Thread(this::appendAll, "countersign-combined");
        thread.setDaemon(true);
        thread.start();
    }

    /** The SKU at list position {@code index} is finished: its sheet, or none (it failed). Call once per position, from any thread. */
    void ready(int index, Optional<BatchJournal.Done> sheet) {
        sheets.get(index).complete(sheet);
    }

    private void appendAll() {
        try {
            for (CompletableFuture<Optional<BatchJournal.Done>> sheet : sheets) {
                // the journal holds the identity the sheet was made with, for the bytes it hashed
                sheet.join().ifPresent(d -> writer.append(files.dir().resolve(d.file()), d.identity()));
            }
            appended.complete(null);
        } catch (Throwable t) {
            appended.completeExceptionally(t instanceof CompletionException && t.getCause() != null ? t.getCause() : t);
        }
    }

    /**
     * Waits until every sheet is appended, then writes the page tree, form and identity of {@code done}
     * (the sheets, in list order); returns the finished file's SHA-256.
     */
    String finish(List<BatchJournal.Done> done) {
        try {
            appended.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        writer.finish(BatchOutputs.documentId(files), files.kind().kind() + "-batch", 1, BatchOutputs.inputSha256(done));
        return writer.sha256();
    }

    /** Stops appending (a run that failed or was interrupted) and deletes the unfinished file; nothing when finished. */
    @Override
    public void close() {
        sheets.forEach(s -> s.cancel(false));
        // the writer is not thread-safe: the appending thread ends (at the first cancelled sheet) before it is closed
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        writer.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
