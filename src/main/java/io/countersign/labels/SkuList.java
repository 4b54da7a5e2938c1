package io.countersign.labels;

import java.nio.file.Path;
import java.util.List;

/**
 * A read SKU list: the rows that are good, and every bad row with its problems. A bad row does not
 * stop a batch — its good neighbours are still rendered — so the reader returns both.
 *
 * @param inputSha256 SHA-256 of the list file's bytes (pictures and drawings are hashed per row)
 */
public record SkuList(Path source, String inputSha256, List<Sku> rows, List<RowProblem> problems) {

    public SkuList {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * One problem of one row: {@code row} as the user numbers it (1-based line of a CSV or row of the
     * sheet; item number of a YAML list), the column header as written in the file, what is wrong
     * and how to fix it.
     */
    public record RowProblem(int row, String sku, String column, String message, String hint) {
    }
}
