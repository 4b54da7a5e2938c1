package io.countersign.input;

import io.countersign.gs1.Gtin;
import io.countersign.gs1.InvalidGtinException;
import io.countersign.pi.Attribute;
import io.countersign.pi.CartonSize;
import io.countersign.pi.Packing;
import io.countersign.pi.ProductImage;
import io.countersign.pi.Style;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Reads one entry of {@code styles}: codes, GTIN, quantity, price against the currency, attributes, pictures, packing. */
final class StyleReader {
    static final int MAX_QUANTITY_DECIMALS = 3;
    static final String DEFAULT_UNIT = "pcs";

    private final Optional<Currency> currency;
    private final ImageInspector images;
    private final ProblemSink sink;

    StyleReader(Optional<Currency> currency, ImageInspector images, ProblemSink sink) {
        this.currency = currency;
        this.images = images;
        this.sink = sink;
    }

    /** The style, or empty when anything in it was reported. */
    Optional<Style> read(Node node, String path) {
        Optional<MappingReader> style = MappingReader.of(node, path, PiFields.STYLE, sink);
        if (style.isEmpty()) {
            return Optional.empty();
        }
        MappingReader m = style.get();
        Optional<String> id = m.text("id");
        Optional<String> buyerCode = m.text("buyerCode");
        Optional<String> name = m.text("name");
        List<Attribute> attributes = attributes(m);
        List<ProductImage> pictures = images(m);
        Optional<Gtin> gtin = gtin(m);
        Optional<BigDecimal> quantity = quantity(m.decimal("quantity"), m, "quantity");
        String unit = m.text("unit").orElse(DEFAULT_UNIT);
        Optional<BigDecimal> unitPrice = m.decimal("unitPrice").flatMap(p -> price(p, m));
        Optional<Packing> packing = m.mapping("packing", PiFields.PACKING).flatMap(this::packing);
        if (m.hasProblems() || !MappingReader.allPresent(id, buyerCode, name, gtin, quantity, unitPrice)) {
            return Optional.empty();
        }
        return Optional.of(new Style(id.orElseThrow(), buyerCode.orElseThrow(), name.orElseThrow(), attributes, pictures,
                gtin.orElseThrow(), quantity.orElseThrow(), unit, unitPrice.orElseThrow(), packing));
    }

    /** Quantities are positive with at most three decimals (kilograms, metres); shared with PO lines. */
    Optional<BigDecimal> quantity(Optional<BigDecimal> value, MappingReader m, String field) {
        if (value.isEmpty()) {
            return value;
        }
        BigDecimal q = value.get();
        Position at = m.value(field).orElseThrow().position();
        if (q.signum() <= 0) {
            sink.add(at, m.pathOf(field), field + " must be more than 0, found " + q.toPlainString(),
                    "write the number of units ordered; leave the style out if none are");
            return Optional.empty();
        }
        if (q.scale() > MAX_QUANTITY_DECIMALS) {
            sink.add(at, m.pathOf(field), field + " " + q.toPlainString() + " has " + q.scale() + " decimals; at most "
                    + MAX_QUANTITY_DECIMALS + " are allowed", "round it to " + q.setScale(MAX_QUANTITY_DECIMALS, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString());
            return Optional.empty();
        }
        return value;
    }

    private Optional<BigDecimal> price(BigDecimal price, MappingReader m) {
        Position at = m.value("unitPrice").orElseThrow().position();
        if (price.signum() < 0) {
            sink.add(at, m.pathOf("unitPrice"), "unitPrice must not be negative, found " + price.toPlainString(),
                    "write the price per unit; a discount belongs in the remarks");
            return Optional.empty();
        }
        if (currency.isEmpty()) {
            return Optional.of(price);
        }
        int digits = currency.get().getDefaultFractionDigits();
        if (price.scale() > digits) {
            String code = currency.get().getCurrencyCode();
            sink.add(at, m.pathOf("unitPrice"), "unit price " + price.toPlainString() + " has " + price.scale()
                            + (price.scale() == 1 ? " decimal" : " decimals") + " but " + code + " has "
                            + (digits == 0 ? "none" : String.valueOf(digits)),
                    "round it to " + price.setScale(digits, RoundingMode.HALF_UP).toPlainString() + " " + code
                            + ", or price a larger unit (e.g. per 100 pcs)");
            return Optional.empty();
        }
        return Optional.of(price.setScale(digits));
    }

    private Optional<Gtin> gtin(MappingReader m) {
        Optional<Node> node = m.value("gtin");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Position at = node.get().position();
        String path = m.pathOf("gtin");
        if (node.get() instanceof Node.Scalar s && s.isNumber()) {
            String digits = s.text().strip();
            sink.add(at, path, "GTIN " + digits + " is written as a number",
                    "put it in quotes, \"" + digits + "\", so no program drops a leading zero"
                            + (digits.length() == 11 ? " (with 11 digits, one may already be lost)" : ""));
            return Optional.empty();
        }
        Optional<String> text = Scalars.text(node.get(), path, sink);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Gtin gtin;
        try {
            gtin = Gtin.parse(text.get());
        } catch (InvalidGtinException e) {
            sink.add(at, path, e.getMessage(), e.hint());
            return Optional.empty();
        }
        switch (gtin.kind()) {
            case GTIN_8 -> sink.add(at, path, "GTIN " + gtin + " is an EAN-8; a PI line needs the UPC-A (12 digits) or EAN-13",
                    "EAN-8 is only for very small packs; write the 12- or 13-digit number of the selling unit");
            case GTIN_14 -> sink.add(at, path, "GTIN " + gtin + " is a GTIN-14, which identifies a carton, not the selling unit",
                    gtin.digits().charAt(0) == '0' ? "without the leading 0 it is the EAN-13 " + gtin.digits().substring(1)
                            + "; write that" : "write the UPC-A or EAN-13 of the unit; the GTIN-14 belongs on the carton label");
            default -> {
                return Optional.of(gtin);
            }
        }
        return Optional.empty();
    }

    private List<Attribute> attributes(MappingReader m) {
        List<Attribute> result = new ArrayList<>();
        Optional<Node> node = m.value("attributes");
        if (node.isEmpty()) {
            return result;
        }
        String path = m.pathOf("attributes");
        if (!(node.get() instanceof Node.Mapping map)) {
            Scalars.wrongType(node.get(), path, "a mapping of attribute names to values",
                    "write one name: value per line under attributes:, e.g. material: 250 g kraft paper", sink);
            return result;
        }
        for (Node.Entry e : map.entries()) {
            String attrPath = FieldPath.child(path, e.key());
            if (e.value().isEmpty()) {
                sink.add(e.value().position(), attrPath, "attribute \"" + e.key() + "\" has no value",
                        "fill in the value or remove the attribute");
            } else {
                Scalars.text(e.value(), attrPath, sink).ifPresent(v -> result.add(new Attribute(e.key(), v)));
            }
        }
        return result;
    }

    private List<ProductImage> images(MappingReader m) {
        List<ProductImage> result = new ArrayList<>();
        Optional<Node.Sequence> list = m.list("images", "[images/kb-5a.jpg]");
        for (int i = 0; list.isPresent() && i < list.get().items().size(); i++) {
            Node item = list.get().items().get(i);
            String path = FieldPath.index(m.pathOf("images"), i);
            if (item.isEmpty()) {
                sink.add(item.position(), path, "empty picture path", "write the picture's path or remove the entry");
                continue;
            }
            Scalars.text(item, path, sink).flatMap(p -> images.inspect(p, item.position(), path)).ifPresent(result::add);
        }
        return result;
    }

    private Optional<Packing> packing(MappingReader p) {
        Optional<Integer> units = p.integer("unitsPerCarton");
        units.filter(u -> u <= 0).ifPresent(u -> positive(p, "unitsPerCarton", u.toString()));
        Optional<CartonSize> carton = p.mapping("carton", PiFields.CARTON).flatMap(this::carton);
        Optional<BigDecimal> net = positive(p, "netWeightKg");
        Optional<BigDecimal> gross = positive(p, "grossWeightKg");
        if (net.isPresent() && gross.isPresent() && gross.get().compareTo(net.get()) < 0) {
            sink.add(p.value("grossWeightKg").orElseThrow().position(), p.pathOf("grossWeightKg"),
                    "gross weight " + gross.get().toPlainString() + " kg is less than the net weight " + net.get().toPlainString() + " kg",
                    "gross weight is goods plus carton, so it is at least the net weight; check whether the two are swapped");
        }
        if (p.hasProblems() || !MappingReader.allPresent(units, carton, net, gross)) {
            return Optional.empty();
        }
        return Optional.of(new Packing(units.orElseThrow(), carton.orElseThrow(), net.orElseThrow(), gross.orElseThrow()));
    }

    private Optional<CartonSize> carton(MappingReader c) {
        Optional<BigDecimal> length = positive(c, "length");
        Optional<BigDecimal> width = positive(c, "width");
        Optional<BigDecimal> height = positive(c, "height");
        if (c.hasProblems() || !MappingReader.allPresent(length, width, height)) {
            return Optional.empty();
        }
        return Optional.of(new CartonSize(length.get(), width.get(), height.get()));
    }

    private Optional<BigDecimal> positive(MappingReader m, String field) {
        Optional<BigDecimal> value = m.decimal(field);
        if (value.isPresent() && value.get().signum() <= 0) {
            positive(m, field, value.get().toPlainString());
            return Optional.empty();
        }
        return value;
    }

    private void positive(MappingReader m, String field, String found) {
        sink.add(m.value(field).orElseThrow().position(), m.pathOf(field), field + " must be more than 0, found " + found,
                "write the measured value" + (field.endsWith("Kg") ? " in kilograms" : field.equals("unitsPerCarton") ? "" : " in centimetres"));
    }
}
