package io.countersign.labels.batch;

import io.countersign.core.AtomicFiles;
import io.countersign.labels.Sku;
import io.countersign.render.Messages;
import io.countersign.xlsx.LabelIndexWorkbook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a batch's index workbook while its sheets render, one row group per finished sheet in list
 * order; its input hash, which covers the sheets that made it, is written last. One row per SKU ×
 * element of every sheet that exists; the sheet files are named relative to the index.
 */
final class IndexAppender implements AutoCloseable {
    private final SheetFeed feed;
    private final SheetFeed.Reader<LabelIndexWorkbook.Issued> writing;

    IndexAppender(SheetFiles files, LabelBatch.Settings settings, List<Sku> skus, SheetFeed feed) {
        this.feed = feed;
        Map<String, Sku> bySku = new HashMap<>();
        skus.forEach(s -> bySku.put(s.sku(), s));
        Messages messages = Messages.of(settings.options().language(), Optional.empty());
        LabelIndexWorkbook.Index index = new LabelIndexWorkbook.Index(BatchOutputs.documentId(files), files.kind(), 1,
                messages.format("batch.index", messages.get(files.kind().kind() + ".title"), files.base()),
                settings.options().issuedAt(), "", messages, settings.indexPictures());
        this.writing = SheetFeed.read("countersign-index", () -> AtomicFiles.write(files.index(), out -> {
            try (LabelIndexWorkbook workbook = LabelIndexWorkbook.start(index, out)) {
                List<BatchJournal.Done> done = new ArrayList<>();
                feed.each(d -> {
                    done.add(d);
                    workbook.add(new LabelIndexWorkbook.Entry(bySku.get(d.sku()), files.kind(), d.identity(), d.file(), d.shows()));
                });
                return workbook.finish(BatchOutputs.inputSha256(done));
            }
        }));
    }

    /** Waits until the workbook is written (atomically, when every sheet is in). */
    void finish() {
        writing.join();
    }

    /** Stops a run that failed or was interrupted; the unfinished workbook is never moved into place. */
    @Override
    public void close() {
        feed.cancel();
        writing.awaitEnd();
    }
}
