package io.countersign.labels.batch;

import io.countersign.labels.SkuList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a batch did: sheets rendered now, kept from an earlier run, rows refused by the reader and
 * SKUs whose sheet could not be made; the files written. The command exits 1 unless every row made it.
 */
public record BatchResult(int rendered, int unchanged, List<SkuList.RowProblem> badRows, List<Failure> failures,
                          Path combined, Path index, Path manifest, Duration wall) {

    /** A SKU whose row was valid but whose sheet could not be made, e.g. a sticker too small for its barcode. */
    public record Failure(int row, String sku, String message) {
    }

    public BatchResult {
        badRows = List.copyOf(badRows);
        failures = List.copyOf(failures);
    }

    public boolean complete() {
        return badRows.isEmpty() && failures.isEmpty();
    }
}
