package io.countersign.input;

import io.countersign.gs1.Gtin;
import io.countersign.labels.LineDrawing;
import io.countersign.labels.PrintColour;
import io.countersign.labels.ShippingMarks;
import io.countersign.labels.Sku;
import io.countersign.labels.SkuList.RowProblem;
import io.countersign.labels.StickerLayout;
import io.countersign.labels.StickerSpec;
import io.countersign.pi.CartonSize;
import io.countersign.pi.ProductImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one row of a SKU list into a {@link Sku}, or into every problem the row has: each
 * cell is read on its own, so a row with a bad GTIN and a missing picture reports both.
 */
final class SkuRowReader {
    static final int MAX_TEXT = 200;
    static final int MAX_DESCRIPTION = 500;
    static final BigDecimal MIN_STICKER_MM = BigDecimal.TEN;
    static final BigDecimal MAX_STICKER_MM = BigDecimal.valueOf(300);
    static final BigDecimal MIN_CARTON_CM = BigDecimal.ONE;
    static final BigDecimal MAX_CARTON_CM = BigDecimal.valueOf(300);
    static final BigDecimal MAX_WEIGHT_KG = BigDecimal.valueOf(500);
    static final int MAX_COUNT = 1_000_000;
    static final int MAX_COLOURS = 12;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern LAYOUT_IGNORED = Pattern.compile("[\\s_-]+");


    private final boolean yaml;
    private final ImageInspector pictures;
    private final DrawingInspector drawings;
    private final ProblemSink files;

    /** The result of one row: the SKU when the row is good, and what the duplicate checks need either way. */
    record Outcome(int row, String sku, Optional<Gtin> gtin, Optional<Gtin> cartonGtin, Optional<Sku> value, List<RowProblem> problems) {
    }

    /**
     * @param yaml  numbers in YAML are refused as GTINs outright (as in a PI); in a spreadsheet a number cell whose
     *              digit count shows that no zero was lost is accepted
     * @param files where {@code pictures} and {@code drawings} report; read back after each check
     */
    SkuRowReader(boolean yaml, ImageInspector pictures, DrawingInspector drawings, ProblemSink files) {
        this.yaml = yaml;
        this.pictures = pictures;
        this.drawings = drawings;
        this.files = files;
    }

    /**
     * Reads row {@code row}; {@code rowAt} is where a YAML item starts (for a value it lacks),
     * {@link Position#FILE} in a spreadsheet; {@code rowProblems} (column, message, hint) were found while splitting it.
     */
    Outcome read(int row, Position rowAt, Map<SkuColumn, Cell> cells, Map<SkuColumn, String> names, List<String[]> rowProblems) {
        return new RowRead(row, rowAt, cells, names).read(rowProblems);
    }

    /** The reading of one row, collecting its problems. */
    private final class RowRead implements RowCells {
        private final int row;
        private final Position rowAt;
        private final Map<SkuColumn, Cell> cells;
        private final Map<SkuColumn, String> names;
        private final List<RowProblem> problems = new ArrayList<>();
        private String sku = "";

        RowRead(int row, Position rowAt, Map<SkuColumn, Cell> cells, Map<SkuColumn, String> names) {
            this.row = row;
            this.rowAt = rowAt;
            this.cells = cells;
            this.names = names;
        }

        Outcome read(List<String[]> rowProblems) {
            Optional<String> id = text(SkuColumn.SKU, MAX_TEXT, true);
            sku = id.orElse("");
            rowProblems.forEach(p -> problems.add(new RowProblem(row, sku, p[0], p[1], p[2])));
            Optional<String> buyerCode = text(SkuColumn.BUYER_CODE, MAX_TEXT, true);
            Optional<String> description = text(SkuColumn.DESCRIPTION, MAX_DESCRIPTION, true);
            Optional<Gtin> gtin = new GtinCells(this).item(SkuColumn.GTIN);
            Optional<StickerSpec> sticker = sticker();
            Optional<ProductImage> picture = picture();
            Optional<Integer> pcs = count(SkuColumn.PCS_PER_CARTON);
            Optional<CartonSize> carton = carton();
            Optional<BigDecimal> net = weight(SkuColumn.NET_WEIGHT);
            Optional<BigDecimal> gross = weight(SkuColumn.GROSS_WEIGHT);
            if (net.isPresent() && gross.isPresent() && gross.get().compareTo(net.get()) < 0) {
                add(SkuColumn.GROSS_WEIGHT, "G.W. " + gross.get().toPlainString() + " kg is less than N.W. " + net.get().toPlainString() + " kg",
                        "gross weight is goods plus carton, so it is at least the net weight; check whether the two are swapped");
                gross = Optional.empty();
            }
            Optional<Gtin> cartonGtin = new GtinCells(this).carton(gtin);
            Optional<String> consignee = text(SkuColumn.CONSIGNEE, MAX_TEXT, true);
            Optional<String> reference = text(SkuColumn.REFERENCE, MAX_TEXT, true);
            Optional<String> destination = text(SkuColumn.DESTINATION, MAX_TEXT, true);
            Optional<Integer> cartons = count(SkuColumn.CARTONS_TOTAL);
            Optional<LineDrawing> drawing = drawing();
            List<PrintColour> colours = PrintColourCells.read(this, MAX_COLOURS);
            Optional<Sku> value = Optional.empty();
            if (problems.isEmpty()) {
                value = Optional.of(new Sku(row, sku, buyerCode.orElseThrow(), description.orElseThrow(), gtin.orElseThrow(),
                        sticker.orElseThrow(), picture, pcs.orElseThrow(), carton.orElseThrow(), net.orElseThrow(), gross.orElseThrow(),
                        cartonGtin.orElseThrow(), new ShippingMarks(consignee.orElseThrow(), reference.orElseThrow(),
                        destination.orElseThrow(), cartons.orElseThrow()), drawing, colours));
            }
            return new Outcome(row, sku, gtin, cartonGtin, value, problems);
        }

        @Override
        public Cell cell(SkuColumn c) {
            return cells.getOrDefault(c, Cell.EMPTY);
        }

        @Override
        public boolean has(SkuColumn c) {
            return names.containsKey(c);
        }

        @Override
        public boolean isYaml() {
            return yaml;
        }

        /** Records a problem of column {@code c}; in YAML the message ends with the value's line and column. */
        @Override
        public void add(SkuColumn c, String message, String hint) {
            Position at = cell(c).at().line() > 0 ? cell(c).at() : rowAt;
            String where = at.line() > 0 ? " (line " + at.line() + ", column " + at.column() + ")" : "";
            problems.add(new RowProblem(row, sku, names.getOrDefault(c, c.label()), message + where, hint));
        }

        /** The cell as usable text; an error cell, a missing required value or control characters are reported. */
        @Override
        public Optional<String> present(SkuColumn c, boolean required) {
            Cell cell = cell(c);
            if (cell.kind() == Cell.Kind.ERROR) {
                add(c, "the cell shows " + cell.text(), "fix the formula or type the value in");
                return Optional.empty();
            }
            if (cell.isEmpty()) {
                if (required) {
                    add(c, "no " + c.label(), "fill in the " + c.label() + "; every SKU needs one");
                }
                return Optional.empty();
            }
            return Optional.of(cell.text());
        }

        private Optional<String> text(SkuColumn c, int maxLength, boolean required) {
            Optional<String> text = present(c, required);
            if (text.isEmpty()) {
                return text;
            }
            String t = text.get();
            if (t.length() > maxLength) {
                add(c, c.label() + " has " + t.length() + " characters; at most " + maxLength + " fit on the sheet",
                        "shorten it; the sheet prints it in full");
                return Optional.empty();
            }
            String checked = c == SkuColumn.DESCRIPTION ? t.replace("\r\n", "\n").replace('\n', ' ') : t;
            if (CONTROL.matcher(checked).find()) {
                add(c, c.label() + " \"" + t.replace("\n", "\\n").replace("\t", "\\t") + "\" contains line breaks, tabs or other control characters",
                        "write it on one line without tabs");
                return Optional.empty();
            }
            return text;
        }

        private Optional<StickerSpec> sticker() {
            Optional<List<BigDecimal>> size = has(SkuColumn.STICKER_SIZE)
                    ? dimensions(SkuColumn.STICKER_SIZE, 2, "sticker size", "50x30")
                    : pair(SkuColumn.STICKER_WIDTH, SkuColumn.STICKER_HEIGHT);
            Optional<StickerLayout> layout = layout();
            List<SkuColumn> sides = has(SkuColumn.STICKER_SIZE) ? List.of(SkuColumn.STICKER_SIZE, SkuColumn.STICKER_SIZE)
                    : List.of(SkuColumn.STICKER_WIDTH, SkuColumn.STICKER_HEIGHT);
            Optional<List<BigDecimal>> bounded = size.filter(s -> within(sides, "sticker", s, MIN_STICKER_MM, MAX_STICKER_MM, "mm"));
            if (bounded.isEmpty() || layout.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StickerSpec(bounded.get().get(0), bounded.get().get(1), layout.get()));
        }

        private Optional<List<BigDecimal>> pair(SkuColumn width, SkuColumn height) {
            Optional<BigDecimal> w = decimal(width, "mm", true);
            Optional<BigDecimal> h = decimal(height, "mm", true);
            return w.isPresent() && h.isPresent() ? Optional.of(List.of(w.get(), h.get())) : Optional.empty();
        }

        private Optional<CartonSize> carton() {
            Optional<List<BigDecimal>> size;
            if (has(SkuColumn.CARTON_SIZE)) {
                size = dimensions(SkuColumn.CARTON_SIZE, 3, "carton size", "60x40x35");
            } else {
                Optional<BigDecimal> l = decimal(SkuColumn.CARTON_LENGTH, "cm", true);
                Optional<BigDecimal> w = decimal(SkuColumn.CARTON_WIDTH, "cm", true);
                Optional<BigDecimal> h = decimal(SkuColumn.CARTON_HEIGHT, "cm", true);
                size = l.isPresent() && w.isPresent() && h.isPresent() ? Optional.of(List.of(l.get(), w.get(), h.get())) : Optional.empty();
            }
            List<SkuColumn> sides = has(SkuColumn.CARTON_SIZE)
                    ? List.of(SkuColumn.CARTON_SIZE, SkuColumn.CARTON_SIZE, SkuColumn.CARTON_SIZE)
                    : List.of(SkuColumn.CARTON_LENGTH, SkuColumn.CARTON_WIDTH, SkuColumn.CARTON_HEIGHT);
            return size.filter(s -> within(sides, "carton", s, MIN_CARTON_CM, MAX_CARTON_CM, "cm"))
                    .map(s -> new CartonSize(s.get(0), s.get(1), s.get(2)));
        }

        private Optional<List<BigDecimal>> dimensions(SkuColumn c, int parts, String what, String example) {
            Optional<String> text = present(c, true);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Measures.Parsed<List<BigDecimal>> parsed = Measures.dimensions(text.get(), parts, c.unit(), what, example);
            if (!parsed.isOk()) {
                add(c, parsed.message(), parsed.hint());
                return Optional.empty();
            }
            return Optional.of(parsed.value());
        }

        /** Every side of a sticker or carton between {@code min} and {@code max}; 0 and absurd sizes are reported. */
        private boolean within(List<SkuColumn> columns, String what, List<BigDecimal> sides, BigDecimal min, BigDecimal max, String unit) {
            String size = String.join("x", sides.stream().map(BigDecimal::toPlainString).toList()) + " " + unit;
            for (int i = 0; i < sides.size(); i++) {
                BigDecimal side = sides.get(i);
                SkuColumn c = columns.get(i);
                if (side.signum() <= 0) {
                    add(c, what + " size " + size + " has a side of " + side.toPlainString(), "every side must be more than 0");
                    return false;
                }
                if (side.compareTo(min) < 0 || side.compareTo(max) > 0) {
                    add(c, what + " size " + size + " is outside " + min + "–" + max + " " + unit + " per side",
                            "check the unit: " + what + " sizes are in " + (unit.equals("mm") ? "millimetres" : "centimetres")
                                    + otherUnit(sides, min, max, unit));
                    return false;
                }
            }
            return true;
        }

        /**
         * The likely slip behind an out-of-range size, as a hint: carton sides written in millimetres
         * ("640x480x340"), sticker sides in centimetres ("5x3"); empty when moving the decimal point does not help.
         */
        private String otherUnit(List<BigDecimal> sides, BigDecimal min, BigDecimal max, String unit) {
            List<BigDecimal> moved = sides.stream().map(s -> unit.equals("cm") ? s.movePointLeft(1) : s.movePointRight(1))
                    .map(s -> s.stripTrailingZeros().scale() < 0 ? s.stripTrailingZeros().setScale(0) : s.stripTrailingZeros()).toList();
            if (moved.stream().anyMatch(s -> s.compareTo(min) < 0 || s.compareTo(max) > 0)) {
                return "";
            }
            return "; if these are " + (unit.equals("cm") ? "millimetres" : "centimetres") + ", write "
                    + String.join("x", moved.stream().map(BigDecimal::toPlainString).toList());
        }

        private Optional<BigDecimal> decimal(SkuColumn c, String unit, boolean required) {
            Optional<String> text = present(c, required);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Measures.Parsed<BigDecimal> parsed = Measures.decimal(text.get(), unit, c.label());
            if (!parsed.isOk()) {
                add(c, parsed.message(), parsed.hint());
                return Optional.empty();
            }
            return Optional.of(parsed.value());
        }

        private Optional<BigDecimal> weight(SkuColumn c) {
            Optional<BigDecimal> kg = decimal(c, "kg", true);
            if (kg.isPresent() && (kg.get().signum() <= 0 || kg.get().compareTo(MAX_WEIGHT_KG) > 0)) {
                add(c, c.label() + " " + kg.get().toPlainString() + " kg is " + (kg.get().signum() <= 0 ? "not more than 0" : "more than "
                        + MAX_WEIGHT_KG + " kg"), "write the weight of one full carton in kilograms");
                return Optional.empty();
            }
            return kg;
        }

        private Optional<Integer> count(SkuColumn c) {
            Optional<String> text = present(c, true);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Measures.Parsed<Integer> n = Measures.whole(text.get(), c.label());
            if (!n.isOk()) {
                add(c, n.message(), n.hint());
                return Optional.empty();
            }
            if (n.value() <= 0 || n.value() > MAX_COUNT) {
                add(c, c.label() + " must be between 1 and " + MAX_COUNT + ", found " + n.value(),
                        c == SkuColumn.PCS_PER_CARTON ? "write how many selling units one carton holds" : "write how many cartons are shipped");
                return Optional.empty();
            }
            return Optional.of(n.value());
        }

        private Optional<StickerLayout> layout() {
            Optional<String> text = present(SkuColumn.LAYOUT, false);
            if (text.isEmpty()) {
                return Optional.of(StickerLayout.STANDARD);
            }
            String key = LAYOUT_IGNORED.matcher(text.get().toLowerCase(Locale.ROOT)).replaceAll("");
            return switch (key) {
                case "standard" -> Optional.of(StickerLayout.STANDARD);
                case "side" -> Optional.of(StickerLayout.SIDE);
                case "barcodeonly" -> Optional.of(StickerLayout.BARCODE_ONLY);
                default -> {
                    add(SkuColumn.LAYOUT, "unknown sticker layout \"" + text.get() + "\"",
                            "write standard (text above the barcode), side (text beside it) or barcode-only; empty means standard");
                    yield Optional.empty();
                }
            };
        }

        private Optional<ProductImage> picture() {
            Optional<String> path = present(SkuColumn.PICTURE, false);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            int before = files.count();
            Optional<ProductImage> image = pictures.inspect(path.get(), Position.FILE, "");
            files.since(before).forEach(p -> add(SkuColumn.PICTURE, p.message(), p.hint()));
            return image;
        }

        private Optional<LineDrawing> drawing() {
            Optional<String> path = present(SkuColumn.LINE_DRAWING, false);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            int before = files.count();
            Optional<LineDrawing> drawing = drawings.inspect(path.get(), Position.FILE, "");
            files.since(before).forEach(p -> add(SkuColumn.LINE_DRAWING, p.message(), p.hint()));
            return drawing;
        }
    }
}
