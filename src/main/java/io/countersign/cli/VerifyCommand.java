package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.signing.SignatureReport;
import io.countersign.signing.SignatureReportJson;
import io.countersign.signing.SignatureReportText;
import io.countersign.signing.VerifyOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign verify FILE.pdf}: every signature — who, when, intact, trusted, and what changed after it. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify every signature of a PDF: signer, signing and time-stamp time, certification level, whether the signed bytes "
                + "are intact, what changed after each signature, and — with --trust — the certificate chain. "
                + "Exit 0 all valid with only allowed changes (and trusted, with --trust); 4 otherwise, also when there is no signature; "
                + "2 not a readable PDF.")
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the signed PDF")
    Path file;

    @Option(names = "--trust", paramLabel = "CA.pem", description = "trust anchors: PEM file with one or more CA certificates")
    Path trust;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    @Override
    public Integer call() {
        VerifyOptions options = trust == null ? VerifyOptions.withoutTrust() : VerifyOptions.trusting(trust);
        SignatureReport report = Countersign.verify(file, options);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? SignatureReportJson.of(report) + "\n" : SignatureReportText.of(report));
        out.flush();
        return report.verified() ? ExitCodes.OK : ExitCodes.NOT_VERIFIED;
    }
}
