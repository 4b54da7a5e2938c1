package io.countersign.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one mapping of the input against its {@link FieldSet}: on creation it reports unknown
 * keys (with "did you mean") and missing required fields (at the mapping's own position); its
 * getters return a field's value converted, or empty when it is absent or was reported as bad.
 */
final class MappingReader {
    private final Node.Mapping node;
    private final String path;
    private final FieldSet fields;
    private final ProblemSink sink;
    private final int problemsBefore;

    private MappingReader(Node.Mapping node, String path, FieldSet fields, ProblemSink sink) {
        this.node = node;
        this.path = path;
        this.fields = fields;
        this.sink = sink;
        this.problemsBefore = sink.count();
        checkKeys();
    }

    /** A reader for {@code node} if it is a mapping; otherwise reports the wrong type. */
    static Optional<MappingReader> of(Node node, String path, FieldSet fields, ProblemSink sink) {
        if (node instanceof Node.Mapping m) {
            return Optional.of(new MappingReader(m, path, fields, sink));
        }
        Scalars.wrongType(node, path, "a mapping (" + fields.label() + ")",
                "write the " + fields.label() + " as name: value lines indented under the key, or as { name: value, … }", sink);
        return Optional.empty();
    }

    private void checkKeys() {
        for (Node.Entry e : node.entries()) {
            if (!fields.allows(e.key())) {
                String hint = Suggest.closest(e.key(), fields.all())
                        .map(s -> "did you mean \"" + s + "\"?")
                        .orElse("a " + fields.label() + " may have: " + String.join(", ", fields.all()));
                sink.add(e.keyPosition(), FieldPath.child(path, e.key()),
                        "unknown field \"" + e.key() + "\" in the " + fields.label(), hint);
            }
        }
        for (String name : fields.required()) {
            Optional<Node.Entry> e = node.entry(name);
            if (e.isEmpty()) {
                sink.add(node.position(), FieldPath.child(path, name),
                        "missing required field \"" + name + "\" in the " + fields.label(),
                        "add " + name + ": … (see docs/input-pi.md)");
            } else if (e.get().value().isEmpty()) {
                sink.add(e.get().value().position(), FieldPath.child(path, name), name + " has no value",
                        "fill in " + name + "; it is required");
            }
        }
    }

    /** True when a problem was reported since this mapping began to be read, in it or in anything read after it. */
    boolean hasProblems() {
        return sink.count() != problemsBefore;
    }

    /** True when every value is present; readers check this before building a record from required parts. */
    static boolean allPresent(Optional<?>... values) {
        for (Optional<?> v : values) {
            if (v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    String pathOf(String name) {
        return FieldPath.child(path, name);
    }

    /** The field's value node when it is present and not empty. */
    Optional<Node> value(String name) {
        return node.entry(name).map(Node.Entry::value).filter(v -> !v.isEmpty());
    }

    Optional<String> text(String name) {
        return convert(name, v -> Scalars.text(v, pathOf(name), sink));
    }

    Optional<BigDecimal> decimal(String name) {
        return convert(name, v -> Scalars.decimal(v, pathOf(name), sink));
    }

    Optional<Integer> integer(String name) {
        return convert(name, v -> Scalars.integer(v, pathOf(name), sink));
    }

    Optional<Boolean> bool(String name) {
        return convert(name, v -> Scalars.bool(v, pathOf(name), sink));
    }

    Optional<LocalDate> date(String name) {
        return convert(name, v -> Scalars.date(v, pathOf(name), sink));
    }

    Optional<MappingReader> mapping(String name, FieldSet set) {
        return convert(name, v -> of(v, pathOf(name), set, sink));
    }

    /** The field as a list; a scalar or mapping where a list belongs is reported. */
    Optional<Node.Sequence> list(String name, String example) {
        return convert(name, v -> {
            if (v instanceof Node.Sequence s) {
                return Optional.of(s);
            }
            Scalars.wrongType(v, pathOf(name), "a list", "write a list, e.g. " + name + ": " + example, sink);
            return Optional.empty();
        });
    }

    private <T> Optional<T> convert(String name, Function<Node, Optional<T>> conversion) {
        return value(name).flatMap(conversion);
    }
}
