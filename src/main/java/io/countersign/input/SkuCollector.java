package io.countersign.input;

import io.countersign.gs1.Gtin;
import io.countersign.labels.Sku;
import io.countersign.labels.SkuList.RowProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Receives the rows of a SKU list as they are read, turns each into a {@link Sku} or its
 * problems, checks the row limit, and finds repeated SKUs, GTINs and carton GTINs (a problem
 * of the later row: two stickers with one barcode scan as the same product).
 */
final class SkuCollector implements SkuTable {
    /** What io.countersign.pi.PointIds replaces in an id to make it safe for field names (and the sheets do likewise). */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

    private final ProblemSink sink;
    private final SkuRowReader reader;
    private final int maxRows;
    private final List<Sku> rows = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Seen> skus = new HashMap<>();
    private final Map<String, Seen> safeSkus = new HashMap<>();
    private final Map<Gtin, Seen> gtins = new HashMap<>();
    private final Map<Gtin, Seen> cartonGtins = new HashMap<>();
    private Map<SkuColumn, String> names = Map.of();
    private Map<Integer, SkuColumn> columns = Map.of();
    private int headerWidth;
    private int count;

    /** Where a value was first seen. */
    private record Seen(int row, String sku) {
    }

    SkuCollector(ProblemSink sink, SkuRowReader reader, int maxRows) {
        this.sink = sink;
        this.reader = reader;
        this.maxRows = maxRows;
    }

    @Override
    public Map<Integer, SkuColumn> header(int rowNumber, List<HeaderCell> cells) {
        SkuHeader.Matched matched = SkuHeader.match(cells, new Position(rowNumber, 1), SkuHeader.Wording.SHEET, sink);
        sink.throwIfAny();
        names = matched.names();
        columns = matched.byIndex();
        headerWidth = cells.size();
        return columns;
    }

    @Override
    public void row(int rowNumber, Map<Integer, Cell> cells, int fieldCount) {
        Map<SkuColumn, Cell> byColumn = new EnumMap<>(SkuColumn.class);
        cells.forEach((index, cell) -> byColumn.put(columns.get(index), cell));
        List<String[]> early = new ArrayList<>();
        if (fieldCount >= 0 && fieldCount != headerWidth) {
            early.add(new String[] {"", "the line has " + fieldCount + " fields but the header has " + headerWidth,
                    "a value that contains the separator or a line break must be in double quotes, e.g. \"Box, kraft\""});
        }
        accept(rowNumber, Position.FILE, byColumn, names, early);
    }

    /** One non-empty row, where it starts (YAML), its cells by column, the headers as written, and problems found while splitting it. */
    void accept(int rowNumber, Position rowAt, Map<SkuColumn, Cell> cells, Map<SkuColumn, String> rowNames, List<String[]> early) {
        if (++count > maxRows) {
            sink.add(Position.FILE, "", "the list has more than " + maxRows + " SKU rows",
                    "split it into several lists of at most " + maxRows + " rows and run them one after the other");
            sink.throwIfAny();
        }
        SkuRowReader.Outcome outcome = reader.read(rowNumber, rowAt, cells, rowNames, early);
        List<RowProblem> found = new ArrayList<>(outcome.problems());
        duplicates(outcome, rowNames, found);
        problems.addAll(found);
        if (found.isEmpty()) {
            rows.add(outcome.value().orElseThrow());
        }
    }

    private void duplicates(SkuRowReader.Outcome o, Map<SkuColumn, String> rowNames, List<RowProblem> found) {
        Seen here = new Seen(o.row(), o.sku());
        if (!o.sku().isEmpty()) {
            Seen same = skus.putIfAbsent(o.sku(), here);
            String safe = UNSAFE.matcher(o.sku()).replaceAll("_").toLowerCase(Locale.ROOT);
            Seen similar = safeSkus.putIfAbsent(safe, here);
            if (same != null) {
                found.add(problem(o, rowNames, SkuColumn.SKU, "SKU " + o.sku() + " is also on row " + same.row(),
                        "each SKU gets its own sheet and sign-off points; remove the repeated row or give it its own SKU"));
            } else if (similar != null) {
                found.add(problem(o, rowNames, SkuColumn.SKU, "SKU " + o.sku() + " and SKU " + similar.sku() + " on row " + similar.row()
                                + " differ only in case or punctuation",
                        "their sign-off point ids and file names would be the same; make the SKUs differ in letters or digits"));
            }
        }
        Seen sameGtin = o.gtin().map(g -> gtins.putIfAbsent(g, here)).orElse(null);
        if (sameGtin != null) {
            found.add(problem(o, rowNames, SkuColumn.GTIN, "GTIN " + o.gtin().get() + " is also the GTIN of " + sameGtin.sku()
                            + " on row " + sameGtin.row(),
                    "two different SKUs with one barcode scan as the same product; check which SKU this number belongs to"));
        }
        o.cartonGtin().ifPresent(g -> {
            Seen same = cartonGtins.putIfAbsent(g, here);
            // A repeated unit GTIN repeats its derived carton GTIN too; that is one mistake, reported once.
            if (same != null && sameGtin == null) {
                SkuColumn c = rowNames.containsKey(SkuColumn.CARTON_GTIN) ? SkuColumn.CARTON_GTIN : SkuColumn.INDICATOR;
                found.add(problem(o, rowNames, c, "carton GTIN " + g + " is also the carton GTIN of " + same.sku() + " on row " + same.row(),
                        "each carton configuration needs its own GTIN-14; check the indicator digit"));
            }
        });
    }

    private static RowProblem problem(SkuRowReader.Outcome o, Map<SkuColumn, String> rowNames, SkuColumn c, String message, String hint) {
        return new RowProblem(o.row(), o.sku(), rowNames.getOrDefault(c, c.label()), message, hint);
    }

    /** How many non-empty rows were read. */
    int count() {
        return count;
    }

    List<Sku> rows() {
        return rows;
    }

    List<RowProblem> problems() {
        return problems;
    }
}
