package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The shipped JSON schema must describe exactly what the reader accepts. */
class SchemaTest {
    private static final JsonNode SCHEMA = parse();

    private static JsonNode parse() {
        try {
            return new ObjectMapper().readTree(PiReader.jsonSchema());
        } catch (Exception e) {
            throw new AssertionError("the schema is not valid JSON", e);
        }
    }

    @Test
    void isADraft2020Schema() {
        assertThat(SCHEMA.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void listsExactlyTheFieldsTheReaderAccepts() {
        for (FieldSet fields : PiFields.ALL) {
            JsonNode object = objectSchema(fields.name());
            assertThat(names(object.path("properties"))).as(fields.name()).isEqualTo(new TreeSet<>(fields.all()));
            assertThat(texts(object.path("required"))).as(fields.name() + " required").isEqualTo(new TreeSet<>(fields.required()));
            assertThat(object.path("additionalProperties").isBoolean() && !object.path("additionalProperties").asBoolean())
                    .as(fields.name() + " additionalProperties: false").isTrue();
        }
        Set<String> objectDefs = new TreeSet<>();
        SCHEMA.path("$defs").fields().forEachRemaining(e -> {
            if (e.getValue().has("properties")) {
                objectDefs.add(e.getKey());
            }
        });
        assertThat(objectDefs).isEqualTo(PiFields.ALL.stream().map(FieldSet::name).filter(n -> !n.equals("pi"))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void describesEveryFieldAndGivesExamplesForValues() {
        List<String> missing = new ArrayList<>();
        for (FieldSet fields : PiFields.ALL) {
            objectSchema(fields.name()).path("properties").fields().forEachRemaining(e -> {
                String where = fields.name() + "." + e.getKey();
                if (!e.getValue().hasNonNull("description")) {
                    missing.add(where + " description");
                }
                boolean refersToObject = objectRef(e.getValue()) || e.getValue().path("items").has("$ref")
                        && objectRef(e.getValue().path("items"));
                if (!refersToObject && !e.getValue().has("examples")) {
                    missing.add(where + " examples");
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void allowsTheSameLanguagesAndRulesAsTheReader() {
        assertThat(texts(SCHEMA.path("properties").path("language").path("enum"))).isEqualTo(new TreeSet<>(Codes.LANGUAGES));
        assertThat(texts(SCHEMA.path("$defs").path("incoterms").path("properties").path("rule").path("enum")))
                .isEqualTo(java.util.Arrays.stream(io.countersign.pi.Incoterms.Rule.values()).map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static boolean objectRef(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/$defs/") && SCHEMA.path("$defs").path(ref.substring(8)).has("properties");
    }

    private static JsonNode objectSchema(String name) {
        return name.equals("pi") ? SCHEMA : SCHEMA.path("$defs").path(name);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new));
    }

}
