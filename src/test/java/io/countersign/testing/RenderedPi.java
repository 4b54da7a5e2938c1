package io.countersign.testing;

import io.countersign.Countersign;
import io.countersign.pi.PiRendering;
import io.countersign.pi.ProformaInvoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PI rendered in memory with a fixed issue time, together with its input and what the renderer
 * says it issued. The committed samples are rendered once per JVM and shared by the test classes,
 * because rendering is what makes the PDF tests slow.
 */
public final class RenderedPi {
    /** The issue time of every test render, so bytes never depend on the clock. */
    public static final Instant ISSUED_AT = Instant.parse("2026-08-15T09:30:00Z");
    public static final Path SAMPLES = Path.of("samples", "pi");

    private static final Map<String, RenderedPi> SAMPLE_CACHE = new HashMap<>();

    private final Path input;
    private final ProformaInvoice pi;
    private final byte[] pdf;
    private final PiRendering rendering;

    private RenderedPi(Path input, ProformaInvoice pi, byte[] pdf, PiRendering rendering) {
        this.input = input;
        this.pi = pi;
        this.pdf = pdf;
        this.rendering = rendering;
    }

    /** A sample under samples/pi, e.g. {@code paper-boxes.yaml}, rendered once per JVM. */
    public static synchronized RenderedPi sample(String fileName) {
        return SAMPLE_CACHE.computeIfAbsent(fileName, f -> render(SAMPLES.resolve(f)));
    }

    /** Reads {@code input} with the validating reader and renders it. */
    public static RenderedPi render(Path input) {
        return render(input, Countersign.readPi(input));
    }

    /** Renders {@code pi}, which was read from (or built after) {@code input}. */
    public static RenderedPi render(Path input, ProformaInvoice pi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PiRendering rendering = Countersign.pi(pi).withIssuedAt(ISSUED_AT).toPdf(out);
        return new RenderedPi(input, pi, out.toByteArray(), rendering);
    }

    /** Just the bytes of {@code pi} issued at {@code issuedAt}. */
    public static byte[] pdf(ProformaInvoice pi, Instant issuedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Countersign.pi(pi).withIssuedAt(issuedAt).toPdf(out);
        return out.toByteArray();
    }

    public Path input() {
        return input;
    }

    public ProformaInvoice pi() {
        return pi;
    }

    /** The PDF bytes; a copy, so no test can disturb another. */
    public byte[] pdf() {
        return pdf.clone();
    }

    public PiRendering rendering() {
        return rendering;
    }

    /** The input file as a plain YAML tree, for expected values independent of the reader under test. */
    public InputYaml yaml() {
        return InputYaml.read(input);
    }

    /** Parses the PDF the way a viewer would load it; close it after use. */
    public PDDocument open() {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
