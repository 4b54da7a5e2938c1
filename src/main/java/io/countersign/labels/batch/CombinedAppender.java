package io.countersign.labels.batch;

import io.countersign.labels.CombinedPdfWriter;
import java.util.List;

/**
 * Writes a batch's combined PDF while its sheets render: the sheet at list position n is appended as
 * soon as it and every sheet before it are done, so the PDF is all but written when the last sheet
 * is. The order, and so the bytes, are those of appending after the batch.
 */
final class CombinedAppender implements AutoCloseable {
    private final SheetFiles files;
    private final SheetFeed feed;
    private final CombinedPdfWriter writer;
    private final SheetFeed.Reader<Void> appending;

    CombinedAppender(SheetFiles files, LabelBatch.Settings settings, SheetFeed feed) {
        this.files = files;
        this.feed = feed;
        this.writer = new CombinedPdfWriter(files.combined(), BatchOutputs.combinedTitle(files, settings), settings.options().issuedAt());
        this.appending = SheetFeed.read("countersign-combined", () -> {
            // the journal holds the identity each sheet was made with, for the bytes it hashed
            feed.each(d -> writer.append(files.dir().resolve(d.file()), d.identity()));
            return null;
        });
    }

    /**
     * Waits until every sheet is appended, then writes the page tree, form and identity of {@code done}
     * (the sheets, in list order); returns the finished file's SHA-256.
     */
    String finish(List<BatchJournal.Done> done) {
        appending.join();
        writer.finish(BatchOutputs.documentId(files), files.kind().kind() + "-batch", 1, BatchOutputs.inputSha256(done));
        return writer.sha256();
    }

    /** Stops appending (a run that failed or was interrupted) and deletes the unfinished file; nothing when finished. */
    @Override
    public void close() {
        feed.cancel();
        // the writer is not thread-safe: the appending thread ends before it is closed
        appending.awaitEnd();
        writer.close();
    }
}
