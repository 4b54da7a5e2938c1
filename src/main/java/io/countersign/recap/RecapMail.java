package io.countersign.recap;

import io.countersign.CountersignException;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Writes a {@link Recap} as a ready-to-send draft email ({@code .eml}, RFC 5322 with MIME):
 * <pre>
 * multipart/mixed
 * ├── multipart/related
 * │   ├── multipart/alternative
 * │   │   ├── text/plain; charset=UTF-8
 * │   │   └── text/html; charset=UTF-8
 * │   └── image/jpeg, inline, Content-ID — one per thumbnail the HTML refers to as cid:
 * ├── application/pdf, attachment            (when given)
 * └── application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, attachment (when given)
 * </pre>
 * From and To are the seller's and buyer's contacts when they have an email address; {@code
 * X-Unsent: 1} makes mail clients open the file as a draft to review and send. The bytes are
 * deterministic: Date is the issue time (in UTC), Message-ID is {@link Recap#messageId()}, the
 * multipart boundaries are derived from the input hash, and every charset is named explicitly, so
 * neither the clock, the default charset nor the time zone changes the output. Nothing is sent;
 * the mail session has no transport configured.
 */
public final class RecapMail {
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String UTF_8 = "UTF-8";
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.US);

    private RecapMail() {
    }

    /** Writes the draft to {@code out} (not closed); {@code pdf} and {@code xlsx} are attached when present. */
    public static void write(Recap recap, Optional<byte[]> pdf, Optional<byte[]> xlsx, OutputStream out) {
        try {
            message(recap, pdf, xlsx).writeTo(out);
        } catch (MessagingException | IOException e) {
            throw new CountersignException("cannot write the recap email: " + e.getMessage(), e);
        }
    }

    /** The draft as bytes. */
    public static byte[] bytes(Recap recap, Optional<byte[]> pdf, Optional<byte[]> xlsx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(recap, pdf, xlsx, out);
        return out.toByteArray();
    }

    private static MimeMessage message(Recap recap, Optional<byte[]> pdf, Optional<byte[]> xlsx) throws MessagingException {
        String token = boundaryToken(recap);
        MimeMessage m = new Draft(Session.getInstance(new Properties()), recap.messageId());
        m.setHeader("Date", RFC_5322.format(recap.issuedAt().atOffset(ZoneOffset.UTC)));
        if (recap.from().isPresent()) {
            m.setFrom(address(recap.from().get()));
        }
        if (recap.to().isPresent()) {
            m.setRecipient(Message.RecipientType.TO, address(recap.to().get()));
        }
        m.setSubject(recap.subject(), UTF_8);
        m.setHeader("X-Unsent", "1");
        m.setHeader("Content-Language", String.join(", ", recap.languages()));
        m.setHeader("X-Countersign-Document", recap.identity().qrPayload());

        MimeMultipart alternative = new FixedBoundaryMultipart("alternative", "=_alt_" + token, Optional.empty());
        alternative.addBodyPart(text(recap.text(), "plain"));
        alternative.addBodyPart(text(recap.html(), "html"));
        MimeMultipart related = new FixedBoundaryMultipart("related", "=_rel_" + token, Optional.of("multipart/alternative"));
        related.addBodyPart(wrap(alternative));
        for (Thumbnail t : recap.thumbnails()) {
            related.addBodyPart(inline(t));
        }
        MimeMultipart mixed = new FixedBoundaryMultipart("mixed", "=_mix_" + token, Optional.empty());
        mixed.addBodyPart(wrap(related));
        if (pdf.isPresent()) {
            mixed.addBodyPart(file(pdf.get(), PDF, recap.pdfFileName(), Part.ATTACHMENT, Optional.empty()));
        }
        if (xlsx.isPresent()) {
            mixed.addBodyPart(file(xlsx.get(), XLSX, recap.xlsxFileName(), Part.ATTACHMENT, Optional.empty()));
        }
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

    private static MimeBodyPart text(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, UTF_8, subtype);
        return part;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart inline(Thumbnail t) throws MessagingException {
        return file(t.jpeg(), "image/jpeg", t.fileName(), Part.INLINE, Optional.of("<" + t.contentId() + ">"));
    }

    /**
     * A base64 part with its file name in Content-Type ({@code name}) and Content-Disposition
     * ({@code filename}), encoded per RFC 2231 in UTF-8 when not plain ASCII.
     */
    private static MimeBodyPart file(byte[] bytes, String mimeType, String fileName, String disposition,
                                     Optional<String> contentId) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        ParameterList nameParam = new ParameterList();
        nameParam.set("name", fileName, UTF_8);
        ContentType type = new ContentType(mimeType);
        type.setParameterList(nameParam);
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type.toString())));
        part.setHeader("Content-Type", type.toString());
        ParameterList fileParam = new ParameterList();
        fileParam.set("filename", fileName, UTF_8);
        part.setHeader("Content-Disposition", new ContentDisposition(disposition, fileParam).toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        if (contentId.isPresent()) {
            part.setContentID(contentId.get());
        }
        return part;
    }

    private static InternetAddress address(Mailbox mailbox) {
        try {
            return new InternetAddress(mailbox.address(), mailbox.name(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /**
     * A boundary part no body can contain: a hash of the input hash, which the input itself cannot
     * include, in a form (with {@code =_}) that base64 and quoted-printable never produce.
     */
    private static String boundaryToken(Recap recap) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("recap-boundary|" + recap.messageId() + "|"
                    + recap.identity().inputSha256()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new CountersignException("SHA-256 is not available", e);
        }
    }

    /** A message whose Message-ID is given, not made up from the time and a counter. */
    private static final class Draft extends MimeMessage {
        private final String messageId;

        Draft(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
