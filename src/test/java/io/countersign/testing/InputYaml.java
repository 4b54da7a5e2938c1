package io.countersign.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An input file read as a plain YAML tree with Jackson. Tests take their expected values from
 * here, not from the validating reader whose output they check.
 */
public final class InputYaml {
    private static final ObjectMapper YAML = new YAMLMapper();

    private final JsonNode root;

    private InputYaml(JsonNode root) {
        this.root = root;
    }

    public static InputYaml read(Path file) {
        try {
            return new InputYaml(YAML.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public List<JsonNode> styles() {
        List<JsonNode> styles = new ArrayList<>();
        root.path("styles").forEach(styles::add);
        return styles;
    }

    public List<String> styleIds() {
        return styles().stream().map(s -> s.get("id").asText()).toList();
    }

    public List<String> buyerCodes() {
        return styles().stream().map(s -> s.get("buyerCode").asText()).toList();
    }

    public List<String> gtins() {
        return styles().stream().map(s -> s.get("gtin").asText()).toList();
    }

    /** Picture paths as written, relative to the input's folder, in style order (repeats kept). */
    public List<String> images() {
        List<String> images = new ArrayList<>();
        styles().forEach(s -> s.path("images").forEach(i -> images.add(i.asText())));
        return images;
    }

    /** Every attribute of every style as the PI prints it: {@code name: value}. */
    public List<String> attributeLines() {
        List<String> lines = new ArrayList<>();
        for (JsonNode s : styles()) {
            for (Map.Entry<String, JsonNode> a : s.path("attributes").properties()) {
                lines.add(a.getKey() + ": " + a.getValue().asText());
            }
        }
        return lines;
    }

    /** Every text value anywhere in the file (not keys), in file order. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }
}
