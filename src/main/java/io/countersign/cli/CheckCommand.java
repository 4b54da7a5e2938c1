package io.countersign.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.countersign.Countersign;
import io.countersign.signoff.ReportText;
import io.countersign.signoff.SignOffReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign check FILE}: what a returned document confirms, point by point; exit 0 only when everything is confirmed. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Read a returned PDF: per point confirmed / change requested / undecided, the signer, whether it was altered. "
                + "Exit 0 all confirmed, 3 incomplete or changes requested, 4 altered, 2 unusable.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the returned PDF")
    Path file;

    @Option(names = "--issued", paramLabel = "FILE", description = "the PDF as issued (default: looked for next to FILE)")
    Path issued;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        SignOffReport report = Countersign.check(file, Optional.ofNullable(issued));
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            out.print(ReportText.of(report));
        }
        out.flush();
        return report.verdict().exitCode();
    }
}
