package io.countersign.signing;

import io.countersign.signing.SignatureCheck.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Verifies every signature of a PDF: the bytes each one signs (ByteRange framing, message digest,
 * signature value, signing-certificate attribute), its time-stamp, the certificate's validity and
 * — with trust anchors — its chain, and what changed in the file after it, judged by the
 * document's DocMDP level. See {@link SignatureCheck} for what is reported.
 */
public final class SignatureVerifier {
    /** Files are read whole, with one more copy per signed revision; PDFs to sign are far smaller. */
    static final long MAX_SIZE = 200L * 1024 * 1024;
    private static final COSName CADES = COSName.getPDFName("ETSI.CAdES.detached");
    private static final COSName RFC3161 = COSName.getPDFName("ETSI.RFC3161");

    private SignatureVerifier() {
    }

    public static SignatureReport verify(Path file, VerifyOptions options) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new SigningInputException(file + " not found");
            }
            if (Files.size(file) > MAX_SIZE) {
                throw new SigningInputException(file + " is larger than " + MAX_SIZE / (1024 * 1024) + " MB; countersign verifies smaller PDFs only");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SigningInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return verify(bytes, file.toString(), options);
    }

    public static SignatureReport verify(byte[] pdf, String name, VerifyOptions options) {
        try (PDDocument doc = load(pdf, name)) {
            List<Signed> signatures = signatures(doc);
            Optional<Signed> certifying = signatures.stream().filter(s -> DocMdp.of(s.signature()).isPresent()).findFirst();
            List<SignatureCheck> checks = new ArrayList<>();
            for (Signed s : signatures) {
                DocMdp level = DocMdp.of(s.signature()).orElse(
                        certifying.filter(c -> c.end() <= s.end()).flatMap(c -> DocMdp.of(c.signature())).orElse(null));
                boolean certificationNotFirst = DocMdp.of(s.signature()).isPresent() && signatures.get(0) != s;
                checks.add(check(pdf, doc, s, level, certificationNotFirst, options));
            }
            return new SignatureReport(name, pdf.length, checks, options.trust().isPresent());
        } catch (IOException e) {
            throw new SigningInputException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A signed signature field and the end of the revision it covers (-1 for a malformed ByteRange). */
    private record Signed(String field, PDSignature signature, int[] range, long end) {
    }

    private static PDDocument load(byte[] pdf, String name) {
        if (pdf.length < 5 || !new String(pdf, 0, Math.min(pdf.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new SigningInputException(name + " is not a PDF (no %PDF- header)");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new SigningInputException(name + " is not a readable PDF: " + e.getMessage(), e);
        }
        if (doc.isEncrypted()) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // only read; nothing to undo
            }
            throw new SigningInputException(name + " is encrypted; countersign verifies unencrypted PDFs only");
        }
        return doc;
    }

    private static List<Signed> signatures(PDDocument doc) {
        List<Signed> found = new ArrayList<>();
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return found;
        }
        for (PDField f : form.getFieldTree()) {
            if (f instanceof PDSignatureField field && field.getSignature() != null) {
                PDSignature sig = field.getSignature();
                int[] range = sig.getCOSObject().getCOSArray(COSName.BYTERANGE) == null ? new int[0] : sig.getByteRange();
                long end = range.length == 4 ? (long) range[2] + range[3] : -1;
                found.add(new Signed(f.getFullyQualifiedName(), sig, range, end));
            }
        }
        found.sort(Comparator.comparingLong(Signed::end));
        return found;
    }

    private static SignatureCheck check(byte[] pdf, PDDocument doc, Signed s, DocMdp level, boolean certificationNotFirst,
                                        VerifyOptions options) {
        List<String> problems = new ArrayList<>();
        if (certificationNotFirst) {
            problems.add("a certification signature must be the document's first signature");
        }
        PDSignature sig = s.signature();
        String subFilter = sig.getSubFilter() == null ? "(none)" : sig.getSubFilter();
        Optional<Instant> signingTime = Optional.ofNullable(sig.getSignDate()).map(c -> c.toInstant());
        Optional<byte[]> contents = framedContents(pdf, s, problems);
        CmsSignature.Facts facts = contents.map(c -> facts(subFilter, c, signed(pdf, s.range()), problems))
                .orElse(new CmsSignature.Facts(Optional.empty(), List.of(), false, false, Optional.empty(), false, Optional.empty(), List.of()));
        problems.addAll(facts.problems());
        if (contents.isPresent() && !facts.digestMatches()) {
            problems.add("the signed bytes were changed: their hash is not the one that was signed");
        }
        if (contents.isPresent() && facts.signer().isPresent() && !facts.signatureValid()) {
            problems.add("the signature value does not verify with the signer's public key");
        }

        Optional<TimestampCheck> timestamp = facts.timestamp().map(t -> timestamp(t, options));
        timestamp.ifPresent(t -> {
            if (!t.imprintMatches()) {
                problems.add("the time-stamp was not made over this signature's value");
            }
        });
        facts.timestamp().filter(t -> !t.problem().isEmpty()).ifPresent(t -> problems.add(t.problem()));
        boolean documentTimestamp = RFC3161.getName().equals(subFilter);
        Instant validationTime = timestamp.filter(TimestampCheck::valid).map(TimestampCheck::time)
                .or(() -> documentTimestamp ? facts.cmsSigningTime() : signingTime).orElseGet(Instant::now);

        X509Certificate signer = facts.signer().orElse(null);
        boolean certificateValid = signer != null && validAt(signer, validationTime, problems);
        Trust trust = options.trust().isEmpty() ? Trust.notChecked()
                : signer == null ? new Trust(Trust.State.UNTRUSTED, "no signer certificate to check")
                : options.trust().get().check(signer, facts.certificates(), validationTime);

        boolean intact = contents.isPresent() && facts.digestMatches() && facts.signatureValid();
        boolean whole = s.end() == pdf.length;
        List<Change> changes = whole ? List.of()
                : intact ? changesAfter(pdf, doc, s.end(), level)
                : List.of(new Change(Change.Kind.OTHER, false, "not compared: the signed revision itself is not intact"));

        Status status = !problems.isEmpty() ? Status.INVALID
                : changes.stream().anyMatch(c -> !c.allowed()) ? Status.MODIFIED
                : trust.state() == Trust.State.UNTRUSTED ? Status.UNTRUSTED
                : Status.VALID;
        return new SignatureCheck(s.field(),
                signer == null ? "(unknown)" : Certificates.subjectName(signer),
                signer == null ? "" : Certificates.subject(signer),
                signer == null ? "" : Certificates.issuerName(signer),
                subFilter, profile(subFilter, facts, timestamp.isPresent()),
                documentTimestamp ? facts.cmsSigningTime() : signingTime, timestamp, DocMdp.of(sig),
                Math.max(s.end(), 0), whole, intact, facts.digestMatches(), facts.signatureValid(), certificateValid,
                trust, changes, problems, status);
    }

    /**
     * The signature value as the file holds it between the two byte ranges. A file saved anew by a
     * rewriting tool keeps the /ByteRange numbers but moves the bytes, so they frame something else.
     */
    private static Optional<byte[]> framedContents(byte[] pdf, Signed s, List<String> problems) {
        int[] r = s.range();
        if (r.length != 4 || r[0] != 0 || r[1] < 0 || r[2] < r[1] + 2 || r[3] < 0) {
            problems.add("the signature's /ByteRange " + Arrays.toString(r) + " is malformed");
            return Optional.empty();
        }
        if (s.end() > pdf.length) {
            problems.add("the signature covers " + s.end() + " bytes but the file has only " + pdf.length + ": it was cut or rewritten after signing");
            return Optional.empty();
        }
        String gap = new String(pdf, r[1], r[2] - r[1], java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!gap.startsWith("<") || !gap.endsWith(">") || !gap.substring(1, gap.length() - 1).matches("[0-9A-Fa-f]*")) {
            problems.add("the signature's /ByteRange does not frame its value: the file was rewritten after signing"
                    + " (saved anew by a tool that moves the bytes), so the signed bytes are gone");
            return Optional.empty();
        }
        String hex = gap.substring(1, gap.length() - 1);
        byte[] value = HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex + "0");
        byte[] declared = s.signature().getContents();
        if (declared != null && declared.length > 0 && !Arrays.equals(stripZeros(declared), stripZeros(value))) {
            problems.add("the bytes framed by /ByteRange are not this signature's /Contents");
        }
        return Optional.of(value);
    }

    private static byte[] stripZeros(byte[] b) {
        int end = b.length;
        while (end > 0 && b[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOf(b, end);
    }

    private static byte[] signed(byte[] pdf, int[] r) {
        byte[] out = new byte[r[1] + r[3]];
        System.arraycopy(pdf, r[0], out, 0, r[1]);
        System.arraycopy(pdf, r[2], out, r[1], r[3]);
        return out;
    }

    private static CmsSignature.Facts facts(String subFilter, byte[] contents, byte[] signedBytes, List<String> problems) {
        if (subFilter.equals(RFC3161.getName())) {
            return CmsSignature.documentTimestamp(contents, signedBytes);
        }
        if (subFilter.equals(CADES.getName()) || subFilter.equals(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName())) {
            return CmsSignature.detached(contents, signedBytes);
        }
        problems.add("signatures of sub-filter " + subFilter + " are not supported (ETSI.CAdES.detached, adbe.pkcs7.detached and ETSI.RFC3161 are)");
        return new CmsSignature.Facts(Optional.empty(), List.of(), false, false, Optional.empty(), false, Optional.empty(), List.of());
    }

    private static TimestampCheck timestamp(CmsSignature.Stamp stamp, VerifyOptions options) {
        String authority = stamp.authority().map(Certificates::subjectName).orElse("(unknown)");
        Trust trust = options.trust().isEmpty() ? Trust.notChecked()
                : stamp.authority().map(c -> options.trust().get().check(c, stamp.certificates(), stamp.time()))
                .orElse(new Trust(Trust.State.UNTRUSTED, "no time-stamp authority certificate to check"));
        return new TimestampCheck(stamp.time(), authority, stamp.imprintMatches(), stamp.tokenValid(), trust);
    }

    private static boolean validAt(X509Certificate cert, Instant time, List<String> problems) {
        try {
            cert.checkValidity(java.util.Date.from(time));
            return true;
        } catch (CertificateExpiredException e) {
            problems.add("the signer's certificate had expired (" + cert.getNotAfter().toInstant() + ") at the signing time " + time);
        } catch (CertificateNotYetValidException e) {
            problems.add("the signer's certificate was not yet valid (from " + cert.getNotBefore().toInstant() + ") at the signing time " + time);
        }
        return false;
    }

    private static List<Change> changesAfter(byte[] pdf, PDDocument current, long end, DocMdp level) {
        try (PDDocument revision = Loader.loadPDF(Arrays.copyOf(pdf, (int) end))) {
            return ChangeAnalysis.between(revision, current, level);
        } catch (IOException e) {
            return List.of(new Change(Change.Kind.OTHER, false, "the signed revision (bytes 0–" + end + ") cannot be read as a PDF: " + e.getMessage()));
        }
    }

    private static String profile(String subFilter, CmsSignature.Facts facts, boolean stamped) {
        if (subFilter.equals(RFC3161.getName())) {
            return "document time-stamp (RFC 3161)";
        }
        if (subFilter.equals(CADES.getName())) {
            if (facts.hasSigningCertificate() && facts.cmsSigningTime().isEmpty()) {
                return stamped ? "PAdES B-T" : "PAdES B-B";
            }
            return "CAdES, not PAdES baseline (" + (facts.hasSigningCertificate() ? "has a CMS signing-time" : "no signing-certificate attribute") + ")";
        }
        return "CMS (" + subFilter + ")";
    }
}
