package io.countersign.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON text into a {@link Node} tree with positions, using Jackson's streaming
 * parser. Reports duplicate keys, YAML aliases, excessive nesting and content after the
 * document; a syntax error ends the reading (the rest of the text cannot be trusted).
 */
final class TreeBuilder {
    /** Deeper than any PI needs (the deepest field is at level 5); stops pathological input early. */
    static final int MAX_DEPTH = 16;
    /** Input text limit in characters; {@link PiReader} checks the byte size before this. */
    static final int MAX_CHARS = PiReader.MAX_INPUT_BYTES;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 1_000;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH * 4)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_CHARS)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_CHARS)
            .build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    /** What kind of document the text is, for messages: its name and what a file of it starts with. */
    record Document(String name, String emptyHint, int usualDepth) {
        static final Document PI = new Document("PI",
                "a PI starts with number:, issueDate:, …; see docs/input-pi.md, or run: countersign schema pi", 5);
    }

    private final ProblemSink sink;
    private final Document document;
    private JsonParser parser;

    private TreeBuilder(ProblemSink sink, Document document) {
        this.sink = sink;
        this.document = document;
    }

    /** The PI's root node, or empty when the text is unusable (the reason is in {@code sink}). */
    static Optional<Node> parse(String text, InputFormat format, ProblemSink sink) {
        return parse(text, format, sink, Document.PI);
    }

    /** The document's root node, or empty when the text is unusable (the reason is in {@code sink}). */
    static Optional<Node> parse(String text, InputFormat format, ProblemSink sink, Document document) {
        return new TreeBuilder(sink, document).run(text, format);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH * 4);
        options.setCodePointLimit(MAX_CHARS);
        return options;
    }

    private Optional<Node> run(String text, InputFormat format) {
        try (JsonParser p = (format == InputFormat.YAML ? YAML : JSON).createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                sink.add(new Position(1, 1), "", "the file is empty", document.emptyHint());
                return Optional.empty();
            }
            Node root = value(first, 1, "");
            if (p.nextToken() != null) {
                sink.add(here(), "", "more content after the end of the " + document.name(),
                        format == InputFormat.YAML ? "write one " + document.name() + " per file; remove the second '---' document"
                                : "write one JSON object per file");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            SyntaxErrors.report(e, format, sink);
            return Optional.empty();
        } catch (TooDeep e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading in-memory text failed", e);
        }
    }

    private Node value(JsonToken token, int depth, String path) throws IOException {
        Position at = here();
        if (depth > MAX_DEPTH) {
            sink.add(at, path, "the data is nested more than " + MAX_DEPTH + " levels deep",
                    "a " + document.name() + " needs at most " + document.usualDepth() + " levels; check the indentation");
            throw new TooDeep();
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            sink.add(at, path, "YAML aliases (*" + parser.getText() + ") are not supported",
                    "write the value out in full instead of referring to an &anchor");
            return new Node.Scalar(at, Node.Scalar.Kind.INVALID, parser.getText());
        }
        return switch (token) {
            case START_OBJECT -> mapping(at, depth, path);
            case START_ARRAY -> sequence(at, depth, path);
            case VALUE_STRING -> scalar(at, Node.Scalar.Kind.TEXT);
            case VALUE_NUMBER_INT -> scalar(at, Node.Scalar.Kind.INTEGER);
            case VALUE_NUMBER_FLOAT -> scalar(at, Node.Scalar.Kind.DECIMAL);
            case VALUE_TRUE, VALUE_FALSE -> scalar(at, Node.Scalar.Kind.BOOLEAN);
            case VALUE_NULL -> scalar(at, Node.Scalar.Kind.NULL);
            default -> {
                sink.add(at, path, "unsupported value (a binary or specially tagged YAML value)",
                        "write plain text, numbers, lists and mappings only");
                yield new Node.Scalar(at, Node.Scalar.Kind.INVALID, "");
            }
        };
    }

    private Node scalar(Position at, Node.Scalar.Kind kind) throws IOException {
        return new Node.Scalar(at, kind, parser.getText());
    }

    private Node mapping(Position at, int depth, String path) throws IOException {
        List<Node.Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Position keyAt = here();
            String childPath = FieldPath.child(path, key);
            Node child = value(parser.nextToken(), depth + 1, childPath);
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                sink.add(keyAt, childPath, "key \"" + key + "\" appears twice in this mapping (first at " + first + ")",
                        "keep one of them; a repeated key would silently replace the first value");
            } else {
                entries.add(new Node.Entry(key, keyAt, child));
            }
        }
        return new Node.Mapping(at, entries);
    }

    private Node sequence(Position at, int depth, String path) throws IOException {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(value(t, depth + 1, FieldPath.index(path, items.size())));
        }
        return new Node.Sequence(at, items);
    }

    private Position here() {
        JsonLocation l = parser.currentTokenLocation();
        return new Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    /** Ends the reading when the nesting limit is hit; the problem is already reported. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }
}
