package io.countersign.cli;

import io.countersign.input.PiReader;
import io.countersign.input.SettlementReader;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code countersign schema pi|settlement}: prints the JSON Schema of an input format. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the JSON Schema of an input format (pi, settlement).")
final class SchemaCommand implements Callable<Integer> {
    private static final Map<String, Supplier<String>> SCHEMAS = Map.of("pi", PiReader::jsonSchema, "settlement", SettlementReader::jsonSchema);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "input kind: pi or settlement")
    String kind;

    @Override
    public Integer call() {
        Supplier<String> schema = SCHEMAS.get(kind);
        if (schema == null) {
            throw new UnusableInputException("no schema for \"" + kind + "\"; known: pi, settlement");
        }
        spec.commandLine().getOut().print(schema.get());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
