package io.countersign.pi;

import io.countersign.gs1.Gtin;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One product design on the PI: the seller's style id, the buyer's item code for it, and what is ordered. */
public record Style(
        String id,
        String buyerCode,
        String name,
        List<Attribute> attributes,
        List<ProductImage> images,
        Gtin gtin,
        BigDecimal quantity,
        String unit,
        BigDecimal unitPrice,
        Optional<Packing> packing) {

    public Style {
        attributes = List.copyOf(attributes);
        images = List.copyOf(images);
    }

    public Optional<String> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst();
    }
}
