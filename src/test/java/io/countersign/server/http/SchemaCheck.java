package io.countersign.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks JSON against the subset of JSON Schema that openapi.json uses ($ref, allOf, type, enum,
 * required, properties, additionalProperties, items, pattern, minimum, maximum), listing every mismatch.
 */
final class SchemaCheck {
    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    List<String> check(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(schema, value, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, at, errors);
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            check(part, value, at, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(at + ": expected " + schema.get("type") + ", found " + value.getNodeType() + " " + value);
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("pattern") && value.isTextual() && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            errors.add(at + ": \"" + value.asText() + "\" does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(at + ": " + value + " is below " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.isNumber() && value.asDouble() > schema.get("maximum").asDouble()) {
            errors.add(at + ": " + value + " is above " + schema.get("maximum"));
        }
        if (value.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asText())) {
                    errors.add(at + ": missing required " + r.asText());
                }
            }
            JsonNode props = schema.path("properties");
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (props.has(field.getKey())) {
                    check(props.get(field.getKey()), field.getValue(), at + "." + field.getKey(), errors);
                } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                    errors.add(at + ": " + field.getKey() + " is not in the schema");
                } else if (additional != null && additional.isObject()) {
                    check(additional, field.getValue(), at + "." + field.getKey(), errors);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", errors);
            }
        }
    }

    JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references: " + ref);
        }
        JsonNode n = document;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part);
        }
        if (n.isMissingNode()) {
            throw new AssertionError("openapi.json has no " + ref);
        }
        return n;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
