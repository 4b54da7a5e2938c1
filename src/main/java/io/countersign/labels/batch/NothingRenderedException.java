package io.countersign.labels.batch;

import io.countersign.CountersignException;
import io.countersign.labels.SkuList;
import java.util.List;

/**
 * Not one sheet of a batch could be made — every row was bad, or every good row failed to render — so
 * nothing is written: no combined PDF or index without a sheet in it. Names each row and why.
 */
public final class NothingRenderedException extends CountersignException {
    private final List<SkuList.RowProblem> badRows;
    private final List<BatchResult.Failure> failures;

    public NothingRenderedException(String listName, List<SkuList.RowProblem> badRows, List<BatchResult.Failure> failures) {
        super(listName + ": no sheet could be made (" + describe(badRows, failures) + "); nothing written");
        this.badRows = List.copyOf(badRows);
        this.failures = List.copyOf(failures);
    }

    public List<SkuList.RowProblem> badRows() {
        return badRows;
    }

    public List<BatchResult.Failure> failures() {
        return failures;
    }

    private static String describe(List<SkuList.RowProblem> badRows, List<BatchResult.Failure> failures) {
        StringBuilder s = new StringBuilder();
        long rows = badRows.stream().map(SkuList.RowProblem::row).distinct().count();
        if (rows > 0) {
            s.append(rows).append(rows == 1 ? " bad row" : " bad rows");
        }
        for (BatchResult.Failure f : failures.subList(0, Math.min(3, failures.size()))) {
            s.append(s.length() == 0 ? "" : "; ").append("row ").append(f.row()).append(" (").append(f.sku()).append("): ").append(f.message());
        }
        if (failures.size() > 3) {
            s.append("; ").append(failures.size() - 3).append(" more failed");
        }
        return s.toString();
    }
}
