package io.countersign.recap;

import io.countersign.pi.PiOptions;
import io.countersign.pi.ProformaInvoice;
import io.countersign.signoff.DocumentIdentity;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The recap email of a PI: the second channel next to the document itself. A subject that asks
 * for each style to be confirmed, and a short body (plain text and HTML) numbering the styles
 * 1, 2, 3 … with the buyer's code next to the seller's style, the attributes that tell look-alikes
 * apart, quantity, price and amount, the PO findings, and how to answer: one reply per number, a
 * style without an answer is not confirmed. Written in the PI's language, with the same identity
 * and issue time as its PDF; {@link RecapMail} writes it as a ready-to-send {@code .eml}.
 *
 * <pre>{@code
 * Recap recap = Recap.of(pi, options);
 * Files.writeString(dir.resolve("recap.txt"), recap.text());
 * try (OutputStream out = Files.newOutputStream(dir.resolve("recap.eml"))) {
 *     RecapMail.write(recap, Optional.of(pdfBytes), Optional.empty(), out);
 * }
 * }</pre>
 */
public final class Recap {
    private final RecapBody body;
    private final List<String> languages;
    private final Optional<Mailbox> from;
    private final Optional<Mailbox> to;
    private final String subject;
    private final String text;
    private final String html;

    Recap(RecapBody body, List<String> languages, Optional<Mailbox> from, Optional<Mailbox> to) {
        this.body = body;
        this.languages = List.copyOf(languages);
        this.from = from;
        this.to = to;
        this.subject = body.subject();
        this.text = RecapText.of(body);
        this.html = RecapHtml.of(body, t -> "cid:" + t.contentId());
    }

    /** The recap of {@code pi} as its PDF would be issued with {@code options} (language, bilingual, issue time). */
    public static Recap of(ProformaInvoice pi, PiOptions options) {
        return new RecapPlanner(pi, options).plan();
    }

    /** E.g. "PI 2026-0815 r2 — please confirm each of 3 styles". */
    public String subject() {
        return subject;
    }

    /** The plain-text body, lines ending in {@code \n}. */
    public String text() {
        return text;
    }

    /** The HTML body of the email; pictures are {@code cid:} references to {@link #thumbnails()}. */
    public String html() {
        return html;
    }

    /** The HTML body for a file opened in a browser: the same, with the thumbnails as {@code data:} URIs. */
    public String standaloneHtml() {
        return RecapHtml.of(body, t -> "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(t.jpeg()));
    }

    public List<RecapLine> lines() {
        return body.lines();
    }

    /** The PO findings as sentences in the recap's language; empty when the PO matches or there is none. */
    public List<String> findings() {
        return body.findings();
    }

    /** One thumbnail per distinct picture, in the order of first use. */
    public List<Thumbnail> thumbnails() {
        return body.thumbnails();
    }

    /** The total amount, formatted like the line amounts, without the currency. */
    public String total() {
        return body.total();
    }

    /** The PI number as the buyer knows it, e.g. "2026-0815". */
    public String number() {
        return body.number();
    }

    /** The identity of the PDF this recap accompanies: document id, revision, input hash, issue time, points. */
    public DocumentIdentity identity() {
        return body.identity();
    }

    public int revision() {
        return body.revision();
    }

    public Instant issuedAt() {
        return body.identity().issuedAt();
    }

    /** The languages of the text, main first: {@code [de]}, or {@code [en, de]} when bilingual. */
    public List<String> languages() {
        return languages;
    }

    /** The seller's contact, when it has an email address. */
    public Optional<Mailbox> from() {
        return from;
    }

    /** The buyer's contact, when it has an email address. */
    public Optional<Mailbox> to() {
        return to;
    }

    /**
     * A Message-ID that is the same whenever the same input is issued in the same language:
     * {@code <documentId.rN.inputHash12.language@countersign.invalid>}.
     */
    public String messageId() {
        DocumentIdentity id = identity();
        return "<" + id.documentId() + ".r" + id.revision() + "." + id.shortHash() + "." + String.join("+", languages)
                + "@countersign.invalid>";
    }

    /** E.g. {@code 2026-0815-r2.pdf}: the PI number (only characters no file system allows replaced) and the revision. */
    public String pdfFileName() {
        return fileStem() + ".pdf";
    }

    public String xlsxFileName() {
        return fileStem() + ".xlsx";
    }

    private String fileStem() {
        return number().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + "-r" + revision();
    }
}
