package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.core.AtomicFiles;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.agreement.AgreementOptions;
import io.countersign.signing.DocMdp;
import io.countersign.signing.SignedPdf;
import io.countersign.signing.SigningKey;
import io.countersign.signing.SigningRequest;
import io.countersign.signoff.DocumentIdentity;
import java.time.Instant;
import java.time.ZoneOffset;
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
    /** The signature field of the seller's block in templates/settlement.html. */
    static final String SELLER_SIGNATURE_FIELD = "seller.signature";

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

    @Option(names = "--sign", paramLabel = "KS.p12",
            description = "certify the PDF with the seller's key from this PKCS#12 file (DocMDP P=2: the buyer can still decide, initial, "
                    + "fill in and countersign, but not change a word); signature drawn in the seller's signature field")
    Path sign;

    @CommandLine.Mixin
    KeyOptions key;

    @CommandLine.Mixin
    SignatureOptions signature;

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
        if (sign != null && !wanted.contains("pdf")) {
            throw new UnusableInputException("--sign signs the PDF; add pdf to --format");
        }
        // The key is opened (and its password asked for) before anything is rendered or written.
        Optional<SigningKey> signingKey = Optional.ofNullable(sign).map(key::load);
        if (wanted.contains("pdf")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DocumentIdentity identity = Countersign.settlementPdf(settlement, options, bytes);
            byte[] pdf = bytes.toByteArray();
            Optional<SignedPdf> signed = signingKey.map(k -> Countersign.sign(pdf, k, signingRequest(settlement, options)));
            console.println(AtomicFiles.write(out.resolve(base + ".pdf"), signed.map(SignedPdf::pdf).orElse(pdf)));
            console.println(identity.points().size() + " clauses, each agreed on its own; document " + identity.documentId());
            signed.ifPresent(sp -> SignatureOptions.report(sp, console, spec.commandLine().getErr()));
        }
        if (wanted.contains("xlsx")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Countersign.settlementXlsx(settlement, bytes);
            console.println(AtomicFiles.write(out.resolve(base + ".xlsx"), bytes.toByteArray()));
        }
        console.println("losses " + figures.totalLoss() + "; seller bears " + figures.sellerBears() + ", buyer " + figures.buyerBears()
                + figures.payer().map(p -> "; the " + p.key() + " pays the " + p.other().key() + " " + figures.compensationDue()).orElse("; nothing to pay"));
        return ExitCodes.OK;
    }

    /** Certification into the seller's field; signed at the issue time unless --signing-time says otherwise, so bytes repeat. */
    private SigningRequest signingRequest(Settlement settlement, AgreementOptions options) {
        SigningRequest certify = SigningRequest.approval().withCertification(DocMdp.FORM_FILLING).withField(SELLER_SIGNATURE_FIELD);
        Optional<Instant> issued = Optional.of(options.issuedAt().orElse(settlement.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        return signature.applyTo(certify, "Settlement agreement " + settlement.number() + ", certified by the seller",
                issuedAt == null ? Optional.empty() : issued);
    }
}
