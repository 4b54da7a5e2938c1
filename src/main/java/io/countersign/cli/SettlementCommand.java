package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.core.AtomicFiles;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.agreement.AgreementOptions;
import io.countersign.signoff.DocumentIdentity;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign settlement CLAIM -o DIR}: renders a settlement agreement whose every clause is agreed on its own. */
@Command(name = "settlement", mixinStandardHelpOptions = true,
        description = "Render a settlement agreement (YAML or JSON) to PDF (and XLSX) with an Agree / To-discuss decision and initials per clause.")
final class SettlementCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "settlement input file (.yaml, .yml or .json)")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "pdf",
            description = "what to write, comma-separated: pdf, xlsx (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--issued-at", paramLabel = "TIME",
            description = "issue time in metadata, e.g. 2026-11-27T09:30:00Z or 2026-11-27 (default: the agreement's date)")
    String issuedAt;

    @Option(names = "--templates", paramLabel = "DIR", description = "use templates from DIR instead of the bundled ones")
    Path templates;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    @Override
    public Integer call() {
        Settlement settlement = Countersign.readSettlement(input);
        SettlementFigures figures = Countersign.figures(settlement);
        Set<String> wanted = OutputFormats.parse(formats, List.of("pdf", "xlsx"));
        AgreementOptions options = new AgreementOptions(Optional.ofNullable(issuedAt).map(PiOptionsMixin::parseTime), Optional.ofNullable(templates));
        PrintWriter console = spec.commandLine().getOut();
        String base = settlement.number().replaceAll("[^A-Za-z0-9._-]", "_");
        if (wanted.contains("pdf")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DocumentIdentity identity = Countersign.settlementPdf(settlement, options, bytes);
            console.println(AtomicFiles.write(out.resolve(base + ".pdf"), bytes.toByteArray()));
            console.println(identity.points().size() + " clauses, each agreed on its own; document " + identity.documentId());
        }
        console.println("losses " + figures.totalLoss() + "; seller bears " + figures.sellerBears() + ", buyer " + figures.buyerBears()
                + figures.payer().map(p -> "; the " + p.key() + " pays the " + p.other().key() + " " + figures.compensationDue()).orElse("; nothing to pay"));
        return ExitCodes.OK;
    }
}
