package io.countersign.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches the header of a SKU list to {@link SkuColumn}s and checks, before any row is read,
 * that every column the sheets need is there. Required: SKU, buyer code, description, GTIN,
 * the sticker size (one column {@code 50x30} or width and height), PCS/CTN, the carton size
 * (one column {@code 60x40x35} or length, width and height), N.W., G.W., the carton GTIN-14 or
 * an indicator digit (or both), consignee, PO, destination and cartons. Optional: layout,
 * picture, line drawing, colours. Headers that are not recognised are ignored — spreadsheets
 * carry other columns — unless one is a near miss of a column that is not there ("Pictrue").
 */
final class SkuHeader {
    static final Set<SkuColumn> REQUIRED = EnumSet.of(SkuColumn.SKU, SkuColumn.BUYER_CODE, SkuColumn.DESCRIPTION, SkuColumn.GTIN,
            SkuColumn.PCS_PER_CARTON, SkuColumn.NET_WEIGHT, SkuColumn.GROSS_WEIGHT, SkuColumn.CONSIGNEE, SkuColumn.REFERENCE,
            SkuColumn.DESTINATION, SkuColumn.CARTONS_TOTAL);
    private static final List<SkuColumn> STICKER_PARTS = List.of(SkuColumn.STICKER_WIDTH, SkuColumn.STICKER_HEIGHT);
    private static final List<SkuColumn> CARTON_PARTS = List.of(SkuColumn.CARTON_LENGTH, SkuColumn.CARTON_WIDTH, SkuColumn.CARTON_HEIGHT);
    private static final int LISTED_HEADERS = 30;
    private static final int MIN_NEAR_MISS_LENGTH = 5;

    /** How the problems speak of the header: "column"/"the header row" for a sheet, "field"/"the SKUs" for YAML. */
    record Wording(String column, String where) {
        static final Wording SHEET = new Wording("column", "the header row");
        static final Wording YAML = new Wording("field", "the SKUs");
    }

    /** The recognised columns by cell index, and each column's header as written. */
    record Matched(Map<Integer, SkuColumn> byIndex, Map<SkuColumn, String> names) {
    }

    private SkuHeader() {
    }

    /** Matches {@code cells}; every problem (a missing, doubled or wrongly united column) goes to {@code sink} at {@code at}. */
    static Matched match(List<SkuTable.HeaderCell> cells, Position at, Wording wording, ProblemSink sink) {
        Map<Integer, SkuColumn> byIndex = new LinkedHashMap<>();
        Map<SkuColumn, SkuTable.HeaderCell> found = new EnumMap<>(SkuColumn.class);
        List<SkuTable.HeaderCell> unknown = new ArrayList<>();
        for (SkuTable.HeaderCell cell : cells) {
            if (cell.text().isEmpty()) {
                continue;
            }
            Optional<SkuColumn> column = SkuColumn.of(cell.text());
            if (column.isEmpty()) {
                unknown.add(cell);
                continue;
            }
            SkuColumn c = column.get();
            SkuTable.HeaderCell first = found.putIfAbsent(c, cell);
            if (first != null) {
                sink.add(cell.at(), "header", wording.column() + "s " + name(first) + " and " + name(cell) + " both give the " + c.label(),
                        "keep one of them; countersign will not guess which is right");
                continue;
            }
            checkUnit(c, cell, sink);
            byIndex.put(cell.index(), c);
        }
        checkRequired(found, unknown, cells, at, wording, sink);
        checkNearMisses(found, unknown, wording, sink);
        Map<SkuColumn, String> names = new EnumMap<>(SkuColumn.class);
        found.forEach((c, cell) -> names.put(c, cell.text()));
        return new Matched(byIndex, names);
    }

    private static void checkUnit(SkuColumn c, SkuTable.HeaderCell cell, ProblemSink sink) {
        String unit = SkuColumn.unitIn(cell.text());
        if (unit.isEmpty() || c.unit().isEmpty()) {
            return;
        }
        String normal = switch (unit) {
            case "kgs", "kilo", "kilos", "kilogram", "kilograms" -> "kg";
            case "cms", "centimetres", "centimeters" -> "cm";
            case "millimetres", "millimeters" -> "mm";
            default -> unit;
        };
        if (!normal.equals(c.unit())) {
            sink.add(cell.at(), "header", name(cell) + " says its values are in " + unit + ", but countersign reads the "
                            + c.label() + " in " + c.unit(),
                    "convert the values to " + c.unit() + " and write (" + c.unit() + ") in the header");
        }
    }

    private static void checkRequired(Map<SkuColumn, SkuTable.HeaderCell> found, List<SkuTable.HeaderCell> unknown,
                                      List<SkuTable.HeaderCell> cells, Position at, Wording wording, ProblemSink sink) {
        for (SkuColumn c : REQUIRED) {
            if (!found.containsKey(c)) {
                missing(c.label(), List.of(c), unknown, cells, at, wording, sink);
            }
        }
        alternatives(SkuColumn.STICKER_SIZE, STICKER_PARTS, "50x30", found, unknown, cells, at, wording, sink);
        alternatives(SkuColumn.CARTON_SIZE, CARTON_PARTS, "60x40x35", found, unknown, cells, at, wording, sink);
        if (!found.containsKey(SkuColumn.CARTON_GTIN) && !found.containsKey(SkuColumn.INDICATOR)) {
            missing("carton GTIN-14 (or the indicator digit to derive it)", List.of(SkuColumn.CARTON_GTIN, SkuColumn.INDICATOR),
                    unknown, cells, at, wording, sink);
        }
    }

    /** One column {@code whole} ("60x40x35") or all of {@code parts}, not both. */
    private static void alternatives(SkuColumn whole, List<SkuColumn> parts, String example, Map<SkuColumn, SkuTable.HeaderCell> found,
                                     List<SkuTable.HeaderCell> unknown, List<SkuTable.HeaderCell> cells, Position at,
                                     Wording wording, ProblemSink sink) {
        List<SkuColumn> present = parts.stream().filter(found::containsKey).toList();
        if (found.containsKey(whole)) {
            if (!present.isEmpty()) {
                sink.add(at, "header", "both " + name(found.get(whole)) + " and " + present.stream().map(p -> name(found.get(p)))
                                .collect(Collectors.joining(" and ")) + " give the " + whole.label(),
                        "keep either the one " + wording.column() + " (" + example + ") or the separate ones");
            }
            return;
        }
        if (present.isEmpty()) {
            List<SkuColumn> candidates = new ArrayList<>(parts);
            candidates.add(0, whole);
            missing(whole.label() + " (" + example + " " + whole.unit() + ", or " + parts.stream().map(SkuColumn::label)
                    .collect(Collectors.joining(" and ")) + ")", candidates, unknown, cells, at, wording, sink);
        } else if (present.size() < parts.size()) {
            for (SkuColumn p : parts) {
                if (!found.containsKey(p)) {
                    missing(p.label() + " (the " + present.get(0).label() + " is there)", List.of(p), unknown, cells, at, wording, sink);
                }
            }
        }
    }

    private static void missing(String what, List<SkuColumn> candidates, List<SkuTable.HeaderCell> unknown,
                                List<SkuTable.HeaderCell> cells, Position at, Wording wording, ProblemSink sink) {
        Optional<String> nearMiss = nearMiss(unknown, candidates);
        String hint = nearMiss.orElseGet(() -> {
            String has = cells.stream().map(SkuTable.HeaderCell::text).filter(t -> !t.isEmpty()).limit(LISTED_HEADERS)
                    .map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
            return "add a " + wording.column() + " headed " + candidates.stream().map(c -> "\"" + c.aliases().get(0) + "\"")
                    .collect(Collectors.joining(" or ")) + " (other accepted names: docs/input-labels.md)"
                    + (has.isEmpty() ? "" : "; " + wording.where() + " has " + has);
        });
        sink.add(at, "header", "no " + wording.column() + " for the " + what, hint);
    }

    /** An unknown header that is a likely typo of one of {@code candidates}' aliases, as a hint. */
    private static Optional<String> nearMiss(List<SkuTable.HeaderCell> unknown, List<SkuColumn> candidates) {
        for (SkuTable.HeaderCell cell : unknown) {
            String key = SkuColumn.key(cell.text());
            if (key.length() < MIN_NEAR_MISS_LENGTH) {
                continue;
            }
            List<String> aliases = candidates.stream().flatMap(c -> c.aliases().stream()).toList();
            Optional<String> close = Suggest.closest(key, aliases.stream().map(SkuColumn::key).toList());
            if (close.isPresent()) {
                String alias = aliases.stream().filter(a -> SkuColumn.key(a).equals(close.get())).findFirst().orElseThrow();
                return Optional.of(name(cell) + " is not a recognised header; did you mean \"" + alias + "\"?");
            }
        }
        return Optional.empty();
    }

    /** An optional column that is absent while an unknown header is a near miss of it: the values would be silently lost. */
    private static void checkNearMisses(Map<SkuColumn, SkuTable.HeaderCell> found, List<SkuTable.HeaderCell> unknown,
                                        Wording wording, ProblemSink sink) {
        Set<SkuColumn> optional = EnumSet.of(SkuColumn.LAYOUT, SkuColumn.PICTURE, SkuColumn.LINE_DRAWING, SkuColumn.COLOURS);
        optional.removeAll(found.keySet());
        for (SkuColumn c : optional) {
            for (SkuTable.HeaderCell cell : unknown) {
                if (nearMiss(List.of(cell), List.of(c)).isPresent()) {
                    sink.add(cell.at(), "header", name(cell) + " is not a recognised " + wording.column() + ", and there is no "
                                    + c.label() + " " + wording.column(),
                            "did you mean \"" + c.aliases().get(0) + "\"? Rename it, or its values would be ignored");
                }
            }
        }
    }

    private static String name(SkuTable.HeaderCell cell) {
        return cell.where() + " \"" + cell.text() + "\"";
    }
}
