package io.countersign.cli;

import io.countersign.CountersignException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code countersign schema pi}: prints the JSON Schema of an input format. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the JSON Schema of an input format (pi).")
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "input kind: pi")
    String kind;

    @Override
    public Integer call() {
        if (!kind.equals("pi")) {
            throw new UnusableInputException("no schema for \"" + kind + "\"; known: pi");
        }
        try (InputStream in = SchemaCommand.class.getResourceAsStream("/io/countersign/input/pi.schema.json")) {
            if (in == null) {
                throw new CountersignException("the PI schema is missing from the jar");
            }
            spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new CountersignException("cannot read the PI schema", e);
        }
    }
}
