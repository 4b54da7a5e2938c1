package io.countersign.pi;

import io.countersign.gs1.Gtin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compact builders for styles and PO lines in the analysis tests; only what the analyses read varies. */
final class TestStyles {

    private static final Packing PACKING = new Packing(20,
            new CartonSize(new BigDecimal("60"), new BigDecimal("40"), new BigDecimal("45")),
            new BigDecimal("9.5"), new BigDecimal("10.2"));

    private TestStyles() {
    }

    /** A style with attributes given as alternating name, value. */
    static Style style(String id, String buyerCode, String name, String... nameValues) {
        return pricedStyle(id, buyerCode, name, "1200", "2.35", nameValues);
    }

    /** A style with its quantity and unit price, then attributes as alternating name, value. */
    static Style pricedStyle(String id, String buyerCode, String name, String quantity, String unitPrice, String... nameValues) {
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            attributes.add(new Attribute(nameValues[i], nameValues[i + 1]));
        }
        return new Style(id, buyerCode, name, attributes, List.of(), Gtin.parse("012345678905"),
                new BigDecimal(quantity), "sets", new BigDecimal(unitPrice), Optional.of(PACKING));
    }

    static PoLine po(String buyerCode, String quantity) {
        return new PoLine(buyerCode, new BigDecimal(quantity), Optional.empty());
    }

    static PoLine po(String buyerCode, String quantity, String unitPrice) {
        return new PoLine(buyerCode, new BigDecimal(quantity), Optional.of(new BigDecimal(unitPrice)));
    }
}
