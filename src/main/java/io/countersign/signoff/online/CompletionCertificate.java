package io.countersign.signoff.online;

import io.countersign.CountersignException;
import io.countersign.core.Sha256;
import io.countersign.render.Messages;
import io.countersign.signoff.CertificatePages;
import io.countersign.signoff.Decision;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.EmbeddedIdentity;
import io.countersign.signoff.SignOffPoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * The issued PDF completed by an online sign-off: the buyer's decisions, notes and typed name filled
 * into its form, and a certificate of completion appended as new pages — document, revision, the
 * issued file's SHA-256, signer, time, IP address and browser, and every point's decision with its
 * own time, IP, browser and changes of mind. Saved as an incremental update, so the issued bytes
 * stay as they were, at the start of the file; {@code countersign check} against the issued file
 * then reads the online decisions and accepts the certificate pages as the one addition. The
 * result is meant to be sealed next with the server's key ({@code Countersign.sign}), another
 * incremental update.
 */
public final class CompletionCertificate {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int CONFIRMED_INK = 0x1B5E20;
    private static final int CHANGE_INK = 0xB3261E;

    private CompletionCertificate() {
    }

    /**
     * The issued PDF with the buyer's decisions filled into its sign-off form and a certificate page
     * (or several) appended, in the PI's language; the same inputs give the same bytes.
     *
     * @throws IllegalArgumentException when {@code completion} does not fit {@code issuedPdf}: another
     *         document, revision or SHA-256, a point decided twice, unknown or not asked on this
     *         revision, or an asked point without a decision
     * @throws CountersignException     when {@code issuedPdf} is not an issued countersign PDF, or is already
     *         signed (pages added after a signature break what it allows)
     */
    public static byte[] complete(byte[] issuedPdf, OnlineCompletion completion) {
        if (!Sha256.hex(issuedPdf).equalsIgnoreCase(completion.issuedSha256())) {
            throw new IllegalArgumentException("the completion is for the file with SHA-256 " + completion.issuedSha256()
                    + ", not for these bytes (" + Sha256.hex(issuedPdf) + ")");
        }
        try (PDDocument doc = Loader.loadPDF(issuedPdf)) {
            DocumentIdentity identity = EmbeddedIdentity.of(doc).orElseThrow(() -> new CountersignException(
                    "not an issued countersign PDF: it has no attached countersign.json identity"));
            if (!identity.documentId().equals(completion.documentId()) || identity.revision() != completion.revision()) {
                throw new IllegalArgumentException("the completion is for document " + completion.documentId() + " r"
                        + completion.revision() + ", the PDF is " + identity.documentId() + " r" + identity.revision());
            }
            if (!doc.getSignatureDictionaries().isEmpty()) {
                // verify reports any page added after a signature as a change it does not allow (ISO 32000 DocMDP)
                throw new CountersignException("the issued PDF is already signed: certificate pages appended after a signature would "
                        + "show that signature as modified — complete the unsigned issued file, then seal the result");
            }
            Map<String, OnlineDecision> byPoint = decisionsByPoint(identity, completion);
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                throw new CountersignException("the issued PDF has no sign-off form to fill in");
            }
            PageWriter.Fonts fonts = new PageWriter.Fonts(doc);
            fill(new DecisionFields(doc, form, fonts), byPoint, completion);
            Messages messages = Messages.of(language(doc), Optional.empty());
            appendCertificate(doc, fonts, identity, byPoint, completion, messages);
            // The trailer /ID's second half from the content, not the clock: the same completion gives the same bytes.
            doc.setDocumentId(ByteBuffer.wrap(Sha256.digest((Sha256.hex(issuedPdf) + completion).getBytes(StandardCharsets.UTF_8))).getLong());
            ByteArrayOutputStream out = new ByteArrayOutputStream(issuedPdf.length + 65536);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new CountersignException("cannot complete the issued PDF: " + e.getMessage(), e);
        }
    }

    /** The decisions in the identity's point order; every asked point decided once, nothing else. */
    private static Map<String, OnlineDecision> decisionsByPoint(DocumentIdentity identity, OnlineCompletion completion) {
        Map<String, OnlineDecision> given = new LinkedHashMap<>();
        for (OnlineDecision d : completion.decisions()) {
            if (given.put(d.point().id(), d) != null) {
                throw new IllegalArgumentException("point " + d.point().id() + " is decided twice in the completion");
            }
        }
        Map<String, OnlineDecision> ordered = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (SignOffPoint p : identity.points()) {
            OnlineDecision d = given.remove(p.id());
            if (!p.asked() && d != null) {
                throw new IllegalArgumentException("point " + p.id() + " is not asked on revision " + identity.revision()
                        + " (decided on revision " + p.carriedFrom() + ") but has an online decision");
            }
            if (p.asked() && d == null) {
                missing.add(p.id());
            }
            if (d != null) {
                ordered.put(p.id(), d);
            }
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("the completion decides points the document does not have: " + String.join(", ", given.keySet()));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("every point must be decided before completing; undecided: " + String.join(", ", missing));
        }
        return ordered;
    }

    private static void fill(DecisionFields fields, Map<String, OnlineDecision> decisions, OnlineCompletion c) throws IOException {
        for (OnlineDecision d : decisions.values()) {
            fields.choose(d.point().decisionField(), d.decision() == Decision.CONFIRMED ? "confirm" : "change");
            fields.text(d.point().noteField(), d.note(), true);
        }
        fields.text("signer.name", c.signerName(), false);
        fields.text("signer.date", DAY.format(c.completedAt()), false);
    }

    /** The document's language as its catalog records it (the PI's language), English when it is not one countersign speaks. */
    private static String language(PDDocument doc) {
        String lang = doc.getDocumentCatalog().getLanguage();
        return lang != null && Messages.isKnown(lang) ? lang : "en";
    }

    private static void appendCertificate(PDDocument doc, PageWriter.Fonts fonts, DocumentIdentity identity,
                                          Map<String, OnlineDecision> decisions, OnlineCompletion c, Messages m) throws IOException {
        PDRectangle size = doc.getPage(0).getMediaBox();
        CertificateLayout layout = new CertificateLayout(size.getWidth(), size.getHeight());
        layout.title(m.get("cert.title"));
        layout.paragraph(m.get("cert.intro"));
        layout.gap(2);
        layout.field(m.get("cert.documentId"), identity.documentId(), false);
        layout.field(m.get("cert.document"), identity.title() + " (" + identity.kind() + ")", false);
        layout.field(m.get("cert.revision"), Integer.toString(identity.revision()), false);
        layout.field(m.get("cert.issuedFile"), c.issuedFileName(), false);
        layout.field(m.get("cert.issuedSha256"), c.issuedSha256().toLowerCase(Locale.ROOT), false);
        layout.field(m.get("cert.signer"), c.signerName(), true);
        layout.field(m.get("cert.completedAt"), TIME.format(c.completedAt()), false);
        layout.field(m.get("cert.ip"), c.ip(), false);
        layout.field(m.get("cert.userAgent"), c.userAgent().isBlank() ? "" : UserAgents.shortName(c.userAgent()) + " [1] — " + c.userAgent(), false);
        layout.field(m.get("cert.recipient"), c.linkRecipient(), false);
        layout.field(m.get("cert.summary"), summary(identity, decisions, m), false);
        layout.gap(8);

        List<String> browsers = new ArrayList<>();
        browsers.add(c.userAgent());
        decisions.values().forEach(d -> {
            if (!browsers.contains(d.userAgent())) {
                browsers.add(d.userAgent());
            }
        });
        browsers.removeIf(String::isBlank);
        layout.table(columns(m), rows(identity, decisions, browsers, m));
        layout.gap(8);
        if (!browsers.isEmpty()) {
            layout.paragraph(m.get("cert.browsers"), 8, true, CertificateLayout.INK);
            for (int i = 0; i < browsers.size(); i++) {
                layout.hanging("[" + (i + 1) + "]", UserAgents.shortName(browsers.get(i)) + ": " + browsers.get(i), 7.5);
            }
            layout.gap(4);
        }
        layout.paragraph(m.get("cert.seal"));
        layout.footers((page, of) -> m.format("cert.footer", identity.documentId(), identity.revision(), page, of));
        draw(doc, fonts, size, layout.pages(), identity, c);
    }

    private static String summary(DocumentIdentity identity, Map<String, OnlineDecision> decisions, Messages m) {
        long confirmed = decisions.values().stream().filter(d -> d.decision() == Decision.CONFIRMED).count();
        long carried = identity.points().stream().filter(p -> !p.asked()).count();
        String counts = m.format("cert.summary.counts", identity.points().size(), confirmed, decisions.size() - confirmed);
        return carried == 0 ? counts : counts + m.format("cert.summary.carried", carried);
    }

    private static List<CertificateLayout.Column> columns(Messages m) {
        return List.of(new CertificateLayout.Column(m.get("cert.col.no"), 0.045),
                new CertificateLayout.Column(m.get("cert.col.point"), 0.15),
                new CertificateLayout.Column(m.get("cert.col.decision"), 0.10),
                new CertificateLayout.Column(m.get("cert.col.note"), 0.29),
                new CertificateLayout.Column(m.get("cert.col.decidedAt"), 0.095),
                new CertificateLayout.Column(m.get("cert.col.ip"), 0.11),
                new CertificateLayout.Column(m.get("cert.col.browser"), 0.14),
                new CertificateLayout.Column(m.get("cert.col.changes"), 0.07));
    }

    private static List<List<CertificateLayout.Cell>> rows(DocumentIdentity identity, Map<String, OnlineDecision> decisions,
                                                           List<String> browsers, Messages m) {
        List<List<CertificateLayout.Cell>> rows = new ArrayList<>();
        int no = 0;
        for (SignOffPoint p : identity.points()) {
            no++;
            CertificateLayout.Cell number = CertificateLayout.Cell.of(Integer.toString(no));
            CertificateLayout.Cell point = CertificateLayout.Cell.of(p.label().isBlank() ? p.id() : p.label());
            OnlineDecision d = decisions.get(p.id());
            if (d == null) {
                CertificateLayout.Cell empty = CertificateLayout.Cell.of("");
                rows.add(List.of(number, point, new CertificateLayout.Cell(List.of(m.format("cert.carried", p.carriedFrom())), false,
                        CertificateLayout.MUTED), empty, empty, empty, empty, empty));
                continue;
            }
            boolean confirmed = d.decision() == Decision.CONFIRMED;
            CertificateLayout.Cell decision = new CertificateLayout.Cell(
                    List.of(m.get(confirmed ? "cert.decision.confirmed" : "cert.decision.change")), true, confirmed ? CONFIRMED_INK : CHANGE_INK);
            int browser = browsers.indexOf(d.userAgent());
            String browserText = d.userAgent().isBlank() ? "" : UserAgents.shortName(d.userAgent()) + " [" + (browser + 1) + "]";
            rows.add(List.of(number, point, decision, CertificateLayout.Cell.of(d.note()),
                    new CertificateLayout.Cell(List.of(DAY.format(d.decidedAt()), CLOCK.format(d.decidedAt())), false, CertificateLayout.INK),
                    CertificateLayout.Cell.of(d.ip()), CertificateLayout.Cell.of(browserText),
                    CertificateLayout.Cell.of(Integer.toString(d.changesOfMind()))));
        }
        return rows;
    }

    private static void draw(PDDocument doc, PageWriter.Fonts fonts, PDRectangle size, List<List<Consumer<PageWriter>>> pages,
                             DocumentIdentity identity, OnlineCompletion c) throws IOException {
        for (List<Consumer<PageWriter>> steps : pages) {
            PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
            doc.addPage(page);
            CertificatePages.mark(page, identity.documentId(), identity.revision(), c.completedAt());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
                PageWriter writer = new PageWriter(cs, size.getHeight(), fonts);
                steps.forEach(step -> step.accept(writer));
            }
        }
    }
}
