package io.countersign.input;

import java.util.List;
import java.util.stream.Stream;

/**
 * The field names allowed in one kind of mapping of the input, split into required and
 * optional, each in documentation order. {@code name} is the mapping's name in the JSON
 * schema's {@code $defs} ({@code "pi"} for the top level); {@code label} is how messages call it.
 */
record FieldSet(String name, String label, List<String> required, List<String> optional) {

    FieldSet {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    List<String> all() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }

    boolean allows(String field) {
        return required.contains(field) || optional.contains(field);
    }
}
