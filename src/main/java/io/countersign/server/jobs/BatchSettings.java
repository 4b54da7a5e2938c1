package io.countersign.server.jobs;

import io.countersign.labels.ItfPrint;
import io.countersign.labels.LabelOptions;
import io.countersign.labels.SheetKind;
import java.time.Instant;
import java.util.Optional;

/**
 * How a label or carton batch is rendered, as stored with its job: the issue time ({@code issuedAt}, empty
 * when the request gives none) is fixed when the job is created, so a job resumed after a restart renders the same bytes.
 */
public record BatchSettings(SheetKind kind, String language, int upcMagnificationPercent, ItfPrint itfPrint,
                            double itfMagnificationPercent, String issuedAt, boolean indexPictures) {

    public BatchSettings withIssuedAt(String time) {
        return new BatchSettings(kind, language, upcMagnificationPercent, itfPrint, itfMagnificationPercent, time, indexPictures);
    }

    public LabelOptions options() {
        return new LabelOptions(language, upcMagnificationPercent / 100.0, itfPrint, itfMagnificationPercent / 100.0,
                Instant.parse(issuedAt), Optional.empty());
    }
}
