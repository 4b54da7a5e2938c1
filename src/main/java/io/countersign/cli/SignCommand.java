package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.core.AtomicFiles;
import io.countersign.signing.DocMdp;
import io.countersign.signing.SignaturePlacement;
import io.countersign.signing.SignedPdf;
import io.countersign.signing.SigningKey;
import io.countersign.signing.SigningRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code countersign sign FILE.pdf --keystore KS.p12 …}: a PAdES signature, certifying or approving, appended to the file. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a PDF (PAdES B-B, or B-T with --tsa) as an incremental update that keeps earlier signatures valid. "
                + "Writes FILE-signed.pdf next to FILE unless -o says otherwise. Exit 0 signed, 2 unusable input, 1 other failures.")
final class SignCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the PDF to sign")
    Path file;

    @Option(names = "--keystore", required = true, paramLabel = "KS.p12", description = "PKCS#12 file with the signing key and its certificate chain")
    Path keystore;

    @Mixin
    KeyOptions key;

    @Mixin
    SignatureOptions signature;

    @Option(names = "--certify", arity = "0..1", fallbackValue = "2", paramLabel = "P",
            description = "certify (first signature only) with DocMDP P: 1 no changes, 2 form filling and signing (default), 3 also annotations")
    Integer certify;

    @Option(names = "--field", paramLabel = "NAME", description = "sign into this empty signature field (e.g. signer.signature), "
            + "or create it with --visible")
    String field;

    @Option(names = "--visible", paramLabel = "PAGE,X,Y,W,H", description = "draw the signature on page PAGE (from 1) in a box "
            + "X,Y,W,H in millimetres from the page's top-left corner, e.g. 1,120,230,70,25")
    String visible;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.pdf", description = "output file, or folder for FILE-signed.pdf (default: next to FILE)")
    Path out;

    @Option(names = "--overwrite", description = "allow the output to be FILE itself (replaced atomically)")
    boolean overwrite;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        SigningRequest request = request();
        Path target = target();
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(file + " not found");
        }
        SigningKey signingKey = key.load(keystore);
        SignedPdf signed = Countersign.sign(file, signingKey, request);
        AtomicFiles.write(target, signed.pdf());
        PrintWriter console = spec.commandLine().getOut();
        console.println(target);
        SignatureOptions.report(signed, console, spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    private SigningRequest request() {
        SigningRequest r = signature.applyTo(SigningRequest.approval(), "", java.util.Optional.empty());
        if (certify != null) {
            r = r.withCertification(DocMdp.of(certify));
        }
        if (field != null) {
            r = r.withField(field);
        }
        if (visible != null) {
            r = r.withVisible(SignaturePlacement.parse(visible));
        }
        return r;
    }

    /** FILE-signed.pdf next to FILE, in the folder -o names, or -o itself; never FILE without --overwrite. */
    private Path target() throws IOException {
        String name = file.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        Path dir = file.toAbsolutePath().getParent();
        Path target = out == null ? dir.resolve(stem + "-signed.pdf")
                : Files.isDirectory(out) ? out.resolve(stem + "-signed.pdf") : out;
        if (!overwrite && Files.exists(target) && Files.isSameFile(target, file)) {
            throw new UnusableInputException("the output would replace " + file + " itself — give another -o, or --overwrite to replace it");
        }
        return target;
    }
}
