package io.countersign.input;

import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementCalculator;
import io.countersign.settlement.SettlementProblem;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a settlement agreement from a YAML or JSON file (format in docs/input-settlement.md) and
 * validates it completely: the fields as written, then the figures and dates through
 * {@link SettlementCalculator}, whose problems are placed at the line of the field they name. On
 * bad input it throws {@link InvalidInputException} listing every problem.
 */
public final class SettlementReader {
    /** A settlement is text; 1 MB is far more than any agreement. */
    public static final int MAX_INPUT_BYTES = 1024 * 1024;
    private static final String TOO_LARGE_HINT = "a settlement is a few kilobytes; attach evidence separately, name it under evidence:";

    private SettlementReader() {
    }

    public static Settlement read(Path file) {
        ProblemSink sink = new ProblemSink(file.toString());
        Optional<String> text = InputText.read(file, sink, "the settlement", MAX_INPUT_BYTES, TOO_LARGE_HINT);
        sink.throwIfAny();
        return parse(text.orElseThrow(), InputFormat.ofFileName(file.toString()).orElseThrow(), sink);
    }

    /** Reads a settlement from text, for tests and the server; {@code displayName} is how problems name the input. */
    public static Settlement read(String text, InputFormat format, String displayName) {
        ProblemSink sink = new ProblemSink(displayName);
        if (text.length() > MAX_INPUT_BYTES) {
            InputText.tooLarge(text.length(), MAX_INPUT_BYTES, TOO_LARGE_HINT, sink);
        }
        sink.throwIfAny();
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, format, sink);
    }

    /** The JSON schema (draft 2020-12) of the settlement input format. */
    public static String jsonSchema() {
        return Schemas.text("settlement.schema.json");
    }

    private static Settlement parse(String text, InputFormat format, ProblemSink sink) {
        Optional<Node> root = TreeBuilder.parse(text, format, sink);
        Optional<Settlement> settlement = root.flatMap(r -> new AgreementReader(sink).read(r));
        sink.throwIfAny();
        for (SettlementProblem p : SettlementCalculator.problems(settlement.orElseThrow())) {
            sink.add(NodeAt.position(root.orElseThrow(), p.path()), p.path(), p.message(), p.hint());
        }
        sink.throwIfAny();
        return settlement.orElseThrow();
    }
}
