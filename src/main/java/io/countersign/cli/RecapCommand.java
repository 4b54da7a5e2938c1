package io.countersign.cli;

import io.countersign.core.AtomicFiles;
import io.countersign.Countersign;
import io.countersign.pi.PiOptions;
import io.countersign.pi.ProformaInvoice;
import io.countersign.recap.Recap;
import io.countersign.recap.RecapMail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code countersign recap INPUT -o DIR}: the numbered recap for the email body — text, HTML and a
 * ready-to-send .eml draft (with the PI's PDF attached when it is already in DIR).
 */
@Command(name = "recap", mixinStandardHelpOptions = true,
        description = "Write the numbered recap of a PI for the email body: .txt, .html and a ready-to-send .eml draft.")
final class RecapCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "PI input file (.yaml, .yml or .json)")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Mixin
    PiOptionsMixin settings;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        ProformaInvoice pi = Countersign.readPi(input);
        PiOptions options = settings.options(input, pi);
        Recap recap = Recap.of(pi, options);
        String base = PiCommand.baseName(pi);
        Path pdf = out.resolve(base + ".pdf");
        Optional<byte[]> attachment = Files.isRegularFile(pdf) ? Optional.of(Files.readAllBytes(pdf)) : Optional.empty();
        Path text = out.resolve(base + "-recap.txt");
        Path html = out.resolve(base + "-recap.html");
        Path eml = out.resolve(base + ".eml");
        AtomicFiles.write(text, recap.text().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(html, recap.standaloneHtml().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(eml, RecapMail.bytes(recap, attachment, Optional.empty()));
        var console = spec.commandLine().getOut();
        console.println(text);
        console.println(html);
        console.println(eml + (attachment.isPresent() ? " (with " + pdf.getFileName() + " attached)"
                : " (no PDF attached: render it first with countersign pi, or use pi --format pdf,eml)"));
        console.println("Subject: " + recap.subject());
        return ExitCodes.OK;
    }
}
