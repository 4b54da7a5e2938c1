package io.countersign.input;

import java.util.List;
import java.util.Optional;

/** The input file as a tree of mappings, lists and scalars, each knowing where it was written. */
sealed interface Node {

    Position position();

    /** How the node reads in a message: "a list", "the number 12", "the text \"abc\"". */
    String describe();

    /** True for an absent value: YAML {@code ~}/{@code null}, JSON {@code null} or an empty or blank scalar. */
    default boolean isEmpty() {
        return false;
    }

    /** A mapping with its keys in file order; keys are unique (the tree builder reports duplicates). */
    record Mapping(Position position, List<Entry> entries) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One {@code key: value} of a mapping. */
    record Entry(String key, Position keyPosition, Node value) {
    }

    /** A list. */
    record Sequence(Position position, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A single value with its text exactly as written (quotes removed). */
    record Scalar(Position position, Kind kind, String text) implements Node {

        /** What the parser took the scalar for; INVALID marks a value already reported as unusable. */
        enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL, INVALID }

        boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.DECIMAL;
        }

        @Override
        public boolean isEmpty() {
            return kind == Kind.NULL || kind == Kind.TEXT && text.isBlank();
        }

        @Override
        public String describe() {
            return switch (kind) {
                case NULL, INVALID -> "no value";
                case BOOLEAN -> "the value " + text;
                case INTEGER, DECIMAL -> "the number " + text;
                case TEXT -> text.isBlank() ? "no value" : "the text \"" + abbreviate(text) + "\"";
            };
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "…";
        }
    }
}
