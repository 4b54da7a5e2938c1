package io.countersign.server.jobs;

import io.countersign.labels.SkuList;
import java.util.List;

/**
 * How far a running batch is: {@code total} sheets to render in this run, {@code done} of them
 * rendered or failed, {@code unchanged} kept from an earlier run (a resumed job keeps what it
 * finished before the restart), the current {@code phase} (queued, reading, rendering, finishing) and
 * the list's bad rows once it is read.
 */
public record JobProgress(String phase, int total, int done, int unchanged, List<SkuList.RowProblem> badRows) {
    public static final JobProgress QUEUED = new JobProgress("queued", 0, 0, 0, List.of());

    public JobProgress {
        badRows = List.copyOf(badRows);
    }

    public int percent() {
        return total == 0 ? (phase.equals("finishing") ? 100 : 0) : Math.min(100, done * 100 / total);
    }
}
