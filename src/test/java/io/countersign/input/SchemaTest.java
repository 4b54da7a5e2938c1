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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON schemas must describe exactly what the readers accept. */
class SchemaTest {
    private static final JsonNode SCHEMA = parse(PiReader.jsonSchema());
    private static final JsonNode SETTLEMENT = parse(SettlementReader.jsonSchema());

    /** Each schema with the field sets of its reader; the first set is the top level. */
    static Stream<Arguments> schemas() {
        return Stream.of(Arguments.of("pi", SCHEMA, PiFields.ALL), Arguments.of("settlement", SETTLEMENT, SettlementFields.ALL));
    }

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("the schema is not valid JSON", e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void isADraft2020Schema(String kind, JsonNode schema, List<FieldSet> sets) {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void listsExactlyTheFieldsTheReaderAccepts(String kind, JsonNode schema, List<FieldSet> sets) {
        for (FieldSet fields : sets) {
            JsonNode object = objectSchema(schema, sets, fields.name());
            assertThat(names(object.path("properties"))).as(fields.name()).isEqualTo(new TreeSet<>(fields.all()));
            assertThat(texts(object.path("required"))).as(fields.name() + " required").isEqualTo(new TreeSet<>(fields.required()));
            assertThat(object.path("additionalProperties").isBoolean() && !object.path("additionalProperties").asBoolean())
                    .as(fields.name() + " additionalProperties: false").isTrue();
        }
        Set<String> objectDefs = new TreeSet<>();
        schema.path("$defs").fields().forEachRemaining(e -> {
            if (e.getValue().has("properties")) {
                objectDefs.add(e.getKey());
            }
        });
        assertThat(objectDefs).isEqualTo(sets.stream().skip(1).map(FieldSet::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void describesEveryFieldAndGivesExamplesForValues(String kind, JsonNode schema, List<FieldSet> sets) {
        List<String> missing = new ArrayList<>();
        for (FieldSet fields : sets) {
            objectSchema(schema, sets, fields.name()).path("properties").fields().forEachRemaining(e -> {
                String where = fields.name() + "." + e.getKey();
                if (!e.getValue().hasNonNull("description")) {
                    missing.add(where + " description");
                }
                boolean refersToObject = objectRef(schema, e.getValue()) || e.getValue().path("items").has("$ref")
                        && objectRef(schema, e.getValue().path("items"));
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

    private static boolean objectRef(JsonNode schema, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/$defs/") && schema.path("$defs").path(ref.substring(8)).has("properties");
    }

    private static JsonNode objectSchema(JsonNode schema, List<FieldSet> sets, String name) {
        return name.equals(sets.get(0).name()) ? schema : schema.path("$defs").path(name);
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
