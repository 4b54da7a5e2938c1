package io.countersign.signoff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Reads a PDF (or an Excel PI, see {@link XlsxReturn}) the buyer sent back into a {@link SignOffReport}. The document is recognised by its
 * attached identity or, when the form and attachment are gone (flattened, printed and scanned),
 * by the QR code on its pages — then the decisions are reported as not machine readable rather
 * than undecided. The issued PDF, given or found next to the returned one (same folder, a name
 * the returned name starts with, e.g. {@code 2026-0815-r1.pdf} for
 * {@code 2026-0815-r1-signed.pdf}), is used to check that nothing but the decisions changed.
 */
public final class ReturnReader {
    /** Returned files larger than this are refused unread. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final int MAX_CANDIDATES = 200;

    private ReturnReader() {
    }

    public static SignOffReport read(Path returned, Optional<Path> issuedFile) {
        byte[] returnedBytes = bytes(returned);
        if (isZip(returnedBytes)) {
            return readWorkbook(returned, returnedBytes, issuedFile);
        }
        try (PDDocument doc = load(returned, returnedBytes)) {
            Optional<DocumentIdentity> embedded = EmbeddedIdentity.of(doc);
            if (embedded.isEmpty()) {
                return fromQrCode(returned, doc, issuedFile);
            }
            DocumentIdentity identity = embedded.get();
            Optional<Issued> issued = issued(returned, issuedFile, identity);
            DocumentIdentity asIssued = issued.map(Issued::identity).orElse(identity);
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            List<PointDecision> points;
            Signer signer = Signer.NONE;
            boolean hasForm = form != null && new FormDecisions(form).hasAnyDecisionField(asIssued.points());
            if (hasForm) {
                FormDecisions decisions = new FormDecisions(form);
                points = decisions.read(asIssued.points());
                signer = decisions.signer();
            } else {
                points = unreadable(asIssued);
            }
            Integrity integrity = integrity(issued, returnedBytes, doc, identity, !hasForm);
            return SignOffReport.of(returned.toString(), asIssued, points, signer, integrity);
        } catch (IOException e) {
            throw new UnusableReturnException(returned + ": cannot be read as a PDF (" + e.getMessage() + ")", e);
        }
    }

    /** Work on an opened PDF; see {@link #withPdf}. */
    @FunctionalInterface
    public interface PdfWork<T> {
        T apply(PDDocument doc) throws IOException;
    }

    /**
     * Opens {@code file} with the limits a returned document gets (size, PDF header, no password)
     * and hands it to {@code work}: for callers that need the document itself, such as a new
     * revision reading the previous one's input and decisions.
     */
    public static <T> T withPdf(Path file, PdfWork<T> work) {
        byte[] bytes = bytes(file);
        try (PDDocument doc = load(file, bytes)) {
            return work.apply(doc);
        } catch (IOException e) {
            throw new UnusableReturnException(file + ": cannot be read as a PDF (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The decision on each of {@code identity}'s points as the document's form records it, without
     * looking for the issued file or checking integrity; all not machine readable when the form is gone.
     */
    public static List<PointDecision> decisions(PDDocument doc, DocumentIdentity identity) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        if (form == null || !new FormDecisions(form).hasAnyDecisionField(identity.points())) {
            return unreadable(identity);
        }
        return new FormDecisions(form).read(identity.points());
    }

    private record Issued(Path file, byte[] bytes, DocumentIdentity identity) {
    }

    /** A returned Excel PI: decisions from its cells, integrity against the issued workbook when found. */
    private static SignOffReport readWorkbook(Path returned, byte[] bytes, Optional<Path> issuedFile) {
        try (XlsxReturn workbook = XlsxReturn.open(returned.toString(), bytes)) {
            DocumentIdentity identity = workbook.identity();
            Optional<Path> issuedPath = issuedFile.or(() -> candidates(returned, ".xlsx").stream()
                    .filter(p -> sameDocument(p, identity)).findFirst());
            Integrity integrity;
            if (issuedPath.isEmpty()) {
                integrity = workbook.checkHashes();
            } else {
                try (XlsxReturn issued = XlsxReturn.open(issuedPath.get().toString(), bytes(issuedPath.get()))) {
                    if (!issued.identity().documentId().equals(identity.documentId()) || issued.identity().revision() != identity.revision()) {
                        throw new UnusableReturnException(issuedPath.get() + " is document " + issued.identity().documentId() + " r"
                                + issued.identity().revision() + ", but " + returned + " is " + identity.documentId() + " r"
                                + identity.revision() + "; pass the file that was sent for this revision");
                    }
                    integrity = workbook.compareWith(issued);
                }
            }
            return SignOffReport.of(returned.toString(), identity, workbook.decisions(), workbook.signer(), integrity);
        }
    }

    private static boolean sameDocument(Path candidate, DocumentIdentity identity) {
        try (XlsxReturn other = XlsxReturn.open(candidate.toString(), bytes(candidate))) {
            return other.identity().documentId().equals(identity.documentId()) && other.identity().revision() == identity.revision();
        } catch (UnusableReturnException e) {
            return false;
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static SignOffReport fromQrCode(Path returned, PDDocument doc, Optional<Path> issuedFile) {
        QrPayload qr = PageQrCode.find(doc).orElseThrow(() -> new UnusableReturnException(returned
                + ": not a countersign document (no attached countersign.json and no countersign QR code on its first pages)"));
        Optional<Issued> issued = issuedFile.map(ReturnReader::loadIssued).filter(i -> qr.matches(i.identity()))
                .or(() -> candidates(returned, ".pdf").stream().map(ReturnReader::tryLoadIssued).flatMap(Optional::stream)
                        .filter(i -> qr.matches(i.identity())).findFirst());
        DocumentIdentity identity = issued.map(Issued::identity).orElseGet(() -> new DocumentIdentity(qr.documentId(), qr.kind(),
                qr.revision(), "", java.time.Instant.EPOCH /* not in the QR code */, qr.inputHashPrefix(), List.of()));
        String how = issued.map(i -> "recognised by its QR code; the form is gone, so the decisions must be read by a person")
                .orElse("recognised by its QR code (" + qr.points() + " points); the form is gone and the issued file was not found");
        return SignOffReport.of(returned.toString(), identity, unreadable(identity), Signer.NONE, Integrity.notChecked(how));
    }

    private static List<PointDecision> unreadable(DocumentIdentity identity) {
        return identity.points().stream().map(p -> new PointDecision(p, Decision.NOT_MACHINE_READABLE, "")).toList();
    }

    private static Integrity integrity(Optional<Issued> issued, byte[] returnedBytes, PDDocument returned, DocumentIdentity returnedId,
                                       boolean flattened) throws IOException {
        if (issued.isEmpty()) {
            return Integrity.notChecked("the issued file was not found: pass it with --issued to check for alterations");
        }
        try (PDDocument issuedDoc = Loader.loadPDF(issued.get().bytes())) {
            return PdfIntegrity.compare(issued.get().bytes(), issuedDoc, returnedBytes, returned, issued.get().identity(), returnedId,
                    flattened);
        }
    }

    private static Optional<Issued> issued(Path returned, Optional<Path> given, DocumentIdentity identity) {
        if (given.isPresent()) {
            Issued issued = loadIssued(given.get());
            if (!issued.identity().documentId().equals(identity.documentId()) || issued.identity().revision() != identity.revision()) {
                throw new UnusableReturnException(given.get() + " is document " + issued.identity().documentId() + " r"
                        + issued.identity().revision() + ", but " + returned + " is " + identity.documentId() + " r" + identity.revision()
                        + "; pass the file that was sent for this revision");
            }
            return Optional.of(issued);
        }
        return candidates(returned, ".pdf").stream().map(ReturnReader::tryLoadIssued).flatMap(Optional::stream)
                .filter(i -> i.identity().documentId().equals(identity.documentId()) && i.identity().revision() == identity.revision())
                .findFirst();
    }

    /** Files with {@code extension} in the returned file's folder whose name (without it) the returned name starts with. */
    private static List<Path> candidates(Path returned, String extension) {
        Path dir = returned.toAbsolutePath().getParent();
        String name = returned.getFileName().toString();
        String base = name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.limit(10_000).filter(p -> p.getFileName().toString().endsWith(extension)).filter(p -> !p.getFileName().toString().equals(name))
                    .filter(p -> {
                        String other = p.getFileName().toString();
                        return base.startsWith(other.substring(0, other.length() - extension.length()));
                    }).sorted().limit(MAX_CANDIDATES).forEach(found::add);
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }

    private static Optional<Issued> tryLoadIssued(Path file) {
        try {
            return Optional.of(loadIssued(file));
        } catch (UnusableReturnException e) {
            return Optional.empty();
        }
    }

    private static Issued loadIssued(Path file) {
        byte[] bytes = bytes(file);
        try (PDDocument doc = load(file, bytes)) {
            DocumentIdentity id = EmbeddedIdentity.of(doc).orElseThrow(() -> new UnusableReturnException(file
                    + ": not an issued countersign document (no attached countersign.json)"));
            return new Issued(file, bytes, id);
        } catch (IOException e) {
            throw new UnusableReturnException(file + ": cannot be read as a PDF (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnusableReturnException(file + ": no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnusableReturnException(file + ": " + size / (1024 * 1024) + " MB is more than the "
                        + MAX_BYTES / (1024 * 1024) + " MB a returned document may have");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableReturnException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static PDDocument load(Path file, byte[] bytes) throws IOException {
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new UnusableReturnException(file + ": not a PDF (it does not start with %PDF-)");
        }
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new UnusableReturnException(file + ": the PDF is password-protected; ask for an unprotected copy", e);
        }
    }
}
