package io.countersign.pi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.countersign.gs1.Gtin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sample PI under {@code samples/pi}, read loosely as a YAML tree and mapped to just the
 * model parts the analyses use. Deliberately not the validating reader: this only lets the
 * sample sanity tests run reconciliation and look-alike analysis on the committed files.
 */
record SampleFile(Path path, JsonNode root) {

    static final Path DIR = Path.of("samples", "pi");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static SampleFile read(String name) {
        Path path = DIR.resolve(name);
        try {
            return new SampleFile(path, YAML.readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> styleNodes() {
        List<JsonNode> nodes = new ArrayList<>();
        root.path("styles").forEach(nodes::add);
        return nodes;
    }

    List<Style> styles() {
        return styleNodes().stream().map(SampleFile::style).toList();
    }

    List<PoLine> poLines() {
        List<PoLine> lines = new ArrayList<>();
        for (JsonNode po : root.path("po")) {
            Optional<BigDecimal> price = po.has("unitPrice") ? Optional.of(po.get("unitPrice").decimalValue()) : Optional.empty();
            lines.add(new PoLine(po.get("buyerCode").asText(), po.get("quantity").decimalValue(), price));
        }
        return lines;
    }

    Path resolve(String relative) {
        return path.getParent().resolve(relative);
    }

    private static Style style(JsonNode node) {
        List<Attribute> attributes = new ArrayList<>();
        node.path("attributes").fields().forEachRemaining(e -> attributes.add(new Attribute(e.getKey(), e.getValue().asText())));
        JsonNode packing = node.get("packing");
        JsonNode carton = packing.get("carton");
        return new Style(node.get("id").asText(), node.get("buyerCode").asText(), node.get("name").asText(), attributes,
                List.of(), Gtin.parse(node.get("gtin").asText()), node.get("quantity").decimalValue(), node.get("unit").asText(),
                node.get("unitPrice").decimalValue(),
                Optional.of(new Packing(packing.get("unitsPerCarton").asInt(),
                        new CartonSize(carton.get("length").decimalValue(), carton.get("width").decimalValue(),
                                carton.get("height").decimalValue()),
                        packing.get("netWeightKg").decimalValue(), packing.get("grossWeightKg").decimalValue())));
    }
}
