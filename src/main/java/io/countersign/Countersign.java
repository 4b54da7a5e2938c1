package io.countersign;

import io.countersign.input.SettlementReader;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementCalculator;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.agreement.AgreementOptions;
import io.countersign.settlement.agreement.AgreementRenderer;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.input.PiReader;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PiRenderer;
import io.countersign.pi.PiRendering;
import io.countersign.pi.PreviousRevision;
import io.countersign.pi.ProformaInvoice;
import io.countersign.signing.FormFiller;
import io.countersign.signing.PadesSigner;
import io.countersign.signing.PasswordSource;
import io.countersign.signing.SignatureReport;
import io.countersign.signing.SignatureVerifier;
import io.countersign.signing.SignedPdf;
import io.countersign.signing.SigningInputException;
import io.countersign.signing.SigningKey;
import io.countersign.signing.SigningRequest;
import io.countersign.signing.VerifyOptions;
import io.countersign.signoff.ReturnReader;
import io.countersign.signoff.SignOffReport;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The front door of the library.
 *
 * <pre>{@code
 * ProformaInvoice pi = Countersign.readPi(Path.of("samples/pi/paper-boxes.yaml"));
 * try (OutputStream out = Files.newOutputStream(Path.of("pi.pdf"))) {
 *     PiRendering r = Countersign.pi(pi).withLanguage("de").toPdf(out);
 * }
 * }</pre>
 *
 * All methods are thread-safe; concurrent renders of the same input give identical bytes.
 */
public final class Countersign {

    /** Version of this build, as written into PDF metadata. */
    public static final String VERSION = versionOfJar();

    private static final PiRenderer PI_RENDERER = new PiRenderer("countersign " + VERSION);
    private static final AgreementRenderer AGREEMENT_RENDERER = new AgreementRenderer("countersign " + VERSION);

    private Countersign() {
    }

    /** Reads and validates a PI from YAML or JSON; throws {@link io.countersign.input.InvalidInputException} listing every problem. */
    public static ProformaInvoice readPi(Path file) {
        return PiReader.read(file);
    }

    /**
     * Reads the revision a new PI replaces: its YAML/JSON input, or its PDF as issued or as returned
     * by the buyer (then unchanged styles that were not confirmed are asked about again).
     */
    public static PreviousRevision readPrevious(Path file) {
        return PreviousRevisions.read(file);
    }

    /**
     * Reads a returned PDF: the decision on every point, the signer, and — with the issued file,
     * given or found next to it — whether anything but the decisions was changed.
     */
    public static SignOffReport check(Path returned, Optional<Path> issued) {
        return ReturnReader.read(returned, issued);
    }

    /** Reads and validates a settlement agreement, figures and dates included; throws {@link io.countersign.input.InvalidInputException}. */
    public static Settlement readSettlement(Path file) {
        return SettlementReader.read(file);
    }

    /** The exact figures of a settlement: converted losses, shares, compensation and its schedule. */
    public static SettlementFigures figures(Settlement settlement) {
        return SettlementCalculator.calculate(settlement);
    }

    /** Renders a settlement agreement to PDF, one Agree / To-discuss decision per clause; returns its identity. */
    public static DocumentIdentity settlementPdf(Settlement settlement, AgreementOptions options, OutputStream out) {
        try {
            return AGREEMENT_RENDERER.renderPdf(settlement, options, out);
        } catch (UncheckedIOException e) {
            throw new CountersignException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the settlement's workbook: losses, split, compensation and every payment as live formulas
     * (in whole minor units) that recalculate to exactly the PDF's figures.
     */
    public static void settlementXlsx(Settlement settlement, OutputStream out) {
        io.countersign.xlsx.SettlementWorkbook.write(settlement, SettlementCalculator.calculate(settlement),
                io.countersign.render.Messages.of(settlement.languages().main(), settlement.languages().second()), out);
    }

    /**
     * Reads a signing key from a PKCS#12 file; the password is read from {@code password} (a file,
     * an environment variable or a prompt — never an argument) and cleared after use.
     */
    public static SigningKey signingKey(Path pkcs12, PasswordSource password, Optional<String> alias) {
        char[] secret = password.read();
        try {
            return SigningKey.fromPkcs12(pkcs12, secret, alias);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    /**
     * Signs PDF bytes (PAdES B-B, or B-T with a time-stamp authority) and returns the signed file:
     * the input bytes unchanged plus the signature as an incremental update, so earlier signatures
     * stay valid. Certify the first signature with {@link SigningRequest#withCertification}.
     */
    public static SignedPdf sign(byte[] pdf, SigningKey key, SigningRequest request) {
        return PadesSigner.sign(pdf, key, request);
    }

    /** As {@link #sign(byte[], SigningKey, SigningRequest)}, reading the PDF from a file. */
    public static SignedPdf sign(Path pdf, SigningKey key, SigningRequest request) {
        return PadesSigner.sign(readPdf(pdf), key, request);
    }

    /**
     * Fills form fields (name → value, e.g. {@code signoff.KB-5A → confirm}) as an incremental
     * update: a filled signed document keeps its signatures valid, and {@code verify} reports the
     * filling as an allowed change.
     */
    public static byte[] fillForm(byte[] pdf, java.util.Map<String, String> values) {
        return FormFiller.fill(pdf, values);
    }

    /** Verifies every signature of a PDF: signed bytes, time-stamp, certificate, trust, and what changed after it. */
    public static SignatureReport verify(Path pdf, VerifyOptions options) {
        return SignatureVerifier.verify(pdf, options);
    }

    /** As {@link #verify(Path, VerifyOptions)}, for bytes in memory; {@code name} is used in the report. */
    public static SignatureReport verify(byte[] pdf, String name, VerifyOptions options) {
        return SignatureVerifier.verify(pdf, name, options);
    }

    private static byte[] readPdf(Path pdf) {
        try {
            if (!java.nio.file.Files.isRegularFile(pdf)) {
                throw new SigningInputException(pdf + " not found");
            }
            return java.nio.file.Files.readAllBytes(pdf);
        } catch (java.io.IOException e) {
            throw new SigningInputException("cannot read " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** Starts rendering a PI; choose options with {@code with*}, finish with {@link PiJob#toPdf(OutputStream)}. */
    public static PiJob pi(ProformaInvoice pi) {
        return new PiJob(pi, PiOptions.defaults());
    }

    /** A PI and its rendering options; immutable, each {@code with*} returns a new job. */
    public record PiJob(ProformaInvoice pi, PiOptions options) {

        public PiJob withOptions(PiOptions o) {
            return new PiJob(pi, o);
        }

        public PiJob withLanguage(String language) {
            return new PiJob(pi, options.withLanguage(language));
        }

        public PiJob withPaper(PiOptions.Paper paper) {
            return new PiJob(pi, options.withPaper(paper));
        }

        public PiJob withMagnification(double magnification) {
            return new PiJob(pi, options.withMagnification(magnification));
        }

        /** Marks on every line what changed since {@code previousRevision} of the same PI; unchanged lines are not asked again. */
        public PiJob withPrevious(ProformaInvoice previousRevision) {
            return new PiJob(pi, options.withPrevious(previousRevision));
        }

        /** As {@link #withPrevious(ProformaInvoice)}, with the buyer's decisions on it when known (see {@link Countersign#readPrevious}). */
        public PiJob withPrevious(PreviousRevision previousRevision) {
            return new PiJob(pi, options.withPrevious(previousRevision));
        }

        public PiJob withIssuedAt(java.time.Instant issuedAt) {
            return new PiJob(pi, options.withIssuedAt(issuedAt));
        }

        /**
         * Writes the Excel PI to {@code out} (not closed): same lines and identity as the PDF, amounts as
         * formulas, a Decision list per style, only decisions, notes and signer cells unlocked.
         */
        public PiRendering toXlsx(OutputStream out) {
            try {
                return io.countersign.xlsx.PiWorkbook.write(pi, options, out);
            } catch (UncheckedIOException e) {
                throw new CountersignException("cannot write the workbook: " + e.getMessage(), e);
            }
        }

        /**
         * The recap email of this PI — numbered lines, subject, text and HTML bodies; write a
         * ready-to-send {@code .eml} with {@link io.countersign.recap.RecapMail}.
         */
        public io.countersign.recap.Recap recap() {
            return io.countersign.recap.Recap.of(pi, options);
        }

        /** Writes the PDF to {@code out} (not closed) and says what was issued. */
        public PiRendering toPdf(OutputStream out) {
            try {
                return PI_RENDERER.renderPdf(pi, options, out);
            } catch (UncheckedIOException e) {
                throw new CountersignException("cannot write the PDF: " + e.getMessage(), e);
            }
        }
    }

    private static String versionOfJar() {
        try (java.io.InputStream in = Countersign.class.getResourceAsStream("version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }
}
