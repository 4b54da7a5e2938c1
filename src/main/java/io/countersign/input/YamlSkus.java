package io.countersign.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a SKU list written in YAML: a top-level {@code skus:} list of mappings whose keys are
 * the column headers of the spreadsheet form (same aliases). A field the sheets need that no
 * SKU has is one problem for the whole file, like a missing column; an unknown or doubled key
 * is a problem of its SKU only. Problems carry the line and column of the value.
 */
final class YamlSkus {
    static final TreeBuilder.Document DOCUMENT = new TreeBuilder.Document("SKU list",
            "a SKU list starts with skus: followed by one mapping per SKU; see docs/input-labels.md", 3);

    private YamlSkus() {
    }

    static void read(String text, ProblemSink sink, SkuCollector collector) {
        Optional<Node> root = TreeBuilder.parse(text, InputFormat.YAML, sink, DOCUMENT);
        sink.throwIfAny();
        Optional<Node.Sequence> skus = skus(root.orElseThrow(), sink);
        sink.throwIfAny();
        List<Node> items = skus.orElseThrow().items();
        checkColumns(skus.get(), sink);
        sink.throwIfAny();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item.isEmpty() || item instanceof Node.Mapping m && m.entries().isEmpty()) {
                continue;
            }
            Map<SkuColumn, Cell> cells = new EnumMap<>(SkuColumn.class);
            Map<SkuColumn, String> names = new EnumMap<>(SkuColumn.class);
            List<String[]> early = new ArrayList<>();
            if (item instanceof Node.Mapping m) {
                entries(m, cells, names, early);
            } else {
                early.add(new String[] {"", "expected a mapping of fields (sku: …, gtin: …), found " + item.describe() + at(item.position()),
                        "write each SKU as an indented block of name: value lines after a dash"});
            }
            collector.accept(i + 1, item.position(), cells, names, early);
        }
        if (collector.count() == 0) {
            sink.add(skus.get().position(), "skus", "the list has no SKUs", "add one mapping per SKU under skus:");
            sink.throwIfAny();
        }
    }

    private static Optional<Node.Sequence> skus(Node root, ProblemSink sink) {
        if (!(root instanceof Node.Mapping m)) {
            sink.add(root.position(), "", "expected skus: with a list of SKUs, found " + root.describe(), DOCUMENT.emptyHint());
            return Optional.empty();
        }
        for (Node.Entry e : m.entries()) {
            if (!e.key().equals("skus")) {
                sink.add(e.keyPosition(), e.key(), "unknown field \"" + e.key() + "\" at the top of a SKU list",
                        "a SKU list has only skus:; fields such as po or destination go on each SKU");
            }
        }
        Optional<Node> list = m.entry("skus").map(Node.Entry::value);
        if (list.isEmpty()) {
            sink.add(m.position(), "skus", "missing skus:", DOCUMENT.emptyHint());
        } else if (list.get() instanceof Node.Sequence s) {
            return Optional.of(s);
        } else {
            sink.add(list.get().position(), "skus", "expected a list of SKUs, found " + list.get().describe(),
                    "write each SKU as an indented block starting with a dash");
        }
        return Optional.empty();
    }

    /** The fields any SKU has, checked like a header row: a required field that no SKU has is missing for all. */
    private static void checkColumns(Node.Sequence skus, ProblemSink sink) {
        Map<SkuColumn, SkuTable.HeaderCell> union = new EnumMap<>(SkuColumn.class);
        for (Node item : skus.items()) {
            if (item instanceof Node.Mapping m) {
                for (Node.Entry e : m.entries()) {
                    SkuColumn.of(e.key()).ifPresent(c -> union.putIfAbsent(c, new SkuTable.HeaderCell(c.ordinal(), e.key(),
                            "field", e.keyPosition())));
                }
            }
        }
        SkuHeader.match(List.copyOf(union.values()), skus.position(), SkuHeader.Wording.YAML, sink);
    }

    private static void entries(Node.Mapping m, Map<SkuColumn, Cell> cells, Map<SkuColumn, String> names, List<String[]> early) {
        for (Node.Entry e : m.entries()) {
            Optional<SkuColumn> column = SkuColumn.of(e.key());
            if (column.isEmpty()) {
                String hint = Suggest.closest(SkuColumn.key(e.key()), SkuColumn.byKey().keySet())
                        .map(k -> "did you mean \"" + SkuColumn.byKey().get(k).aliases().get(0) + "\"?")
                        .orElse("see docs/input-labels.md for the fields of a SKU");
                early.add(new String[] {e.key(), "unknown field \"" + e.key() + "\"" + at(e.keyPosition()), hint});
                continue;
            }
            SkuColumn c = column.get();
            if (names.containsKey(c)) {
                early.add(new String[] {e.key(), "\"" + e.key() + "\" and \"" + names.get(c) + "\" both give the " + c.label()
                        + at(e.keyPosition()), "keep one of them"});
                continue;
            }
            names.put(c, e.key());
            cell(c, e, early).ifPresent(cell -> cells.put(c, cell));
        }
    }

    private static Optional<Cell> cell(SkuColumn c, Node.Entry e, List<String[]> early) {
        Node v = e.value();
        if (v instanceof Node.Scalar s) {
            if (s.kind() == Node.Scalar.Kind.NULL || s.kind() == Node.Scalar.Kind.INVALID) {
                return Optional.empty();
            }
            String text = Cell.trim(s.text());
            return Optional.of(new Cell(text, s.isNumber() ? Cell.Kind.NUMBER : Cell.Kind.TEXT, text, s.position()));
        }
        if (c == SkuColumn.COLOURS && v instanceof Node.Sequence list && list.items().stream().allMatch(i -> i instanceof Node.Scalar)) {
            String joined = list.items().stream().map(i -> Cell.trim(((Node.Scalar) i).text())).collect(Collectors.joining("; "));
            return Optional.of(new Cell(joined, Cell.Kind.TEXT, joined, v.position()));
        }
        early.add(new String[] {e.key(), "expected a single value, found " + v.describe() + at(v.position()),
                "write the value as it would stand in a spreadsheet cell, e.g. sticker size: 50x30"});
        return Optional.empty();
    }

    private static String at(Position p) {
        return " (line " + p.line() + ", column " + p.column() + ")";
    }
}
