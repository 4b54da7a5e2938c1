package io.countersign.recap;

import static io.countersign.recap.RecapFixtures.OPTIONS;
import static io.countersign.recap.RecapFixtures.recap;
import static io.countersign.recap.RecapFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The recap as a draft email, parsed back the way a mail client reads it. */
class RecapMailTest {
    private static final byte[] PDF = "%PDF-1.7\n% not a real PDF, only bytes to attach\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XLSX = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, (byte) 0xFF, (byte) 0x80};

    private static MimeMessage parse(byte[] eml) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    /** Text in MIME is canonically CRLF; the transfer encoding turns the recap's \n into \r\n. */
    private static String lf(Object content) {
        return ((String) content).replace("\r\n", "\n");
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void nestsTheBodiesAndPicturesAndAttachesTheDocuments() throws Exception {
        Recap recap = recap("paper-boxes.yaml");

        MimeMessage m = parse(RecapMail.bytes(recap, Optional.of(PDF), Optional.of(XLSX)));

        assertThat(m.isMimeType("multipart/mixed")).isTrue();
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        BodyPart relatedPart = mixed.getBodyPart(0);
        assertThat(relatedPart.isMimeType("multipart/related")).isTrue();
        assertThat(new ContentType(relatedPart.getContentType()).getParameter("type")).isEqualTo("multipart/alternative");
        MimeMultipart related = (MimeMultipart) relatedPart.getContent();
        assertThat(related.getCount()).isEqualTo(1 + recap.thumbnails().size());
        BodyPart alternativePart = related.getBodyPart(0);
        assertThat(alternativePart.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart alternative = (MimeMultipart) alternativePart.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);

        BodyPart text = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(new ContentType(text.getContentType()).getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(new ContentType(html.getContentType()).getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(lf(text.getContent())).isEqualTo(recap.text());
        assertThat(lf(html.getContent())).isEqualTo(recap.html());

        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.isMimeType("application/pdf")).isTrue();
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getFileName()).isEqualTo("2026-0815-r1.pdf");
        assertThat(bytes(pdf.getInputStream())).isEqualTo(PDF);
        BodyPart xlsx = mixed.getBodyPart(2);
        assertThat(xlsx.isMimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isTrue();
        assertThat(xlsx.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(xlsx.getFileName()).isEqualTo("2026-0815-r1.xlsx");
        assertThat(bytes(xlsx.getInputStream())).isEqualTo(XLSX);
    }

    @Test
    void everyPictureTheHtmlRefersToIsExactlyOneInlinePart() throws Exception {
        for (String sampleFile : List.of("paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml")) {
            Recap recap = recap(sampleFile);
            MimeMessage m = parse(RecapMail.bytes(recap, Optional.empty(), Optional.empty()));
            MimeMultipart related = (MimeMultipart) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
            MimeMultipart alternative = (MimeMultipart) related.getBodyPart(0).getContent();
            String html = (String) alternative.getBodyPart(1).getContent();

            List<String> inlineIds = new ArrayList<>();
            for (int i = 1; i < related.getCount(); i++) {
                MimeBodyPart image = (MimeBodyPart) related.getBodyPart(i);
                assertThat(image.isMimeType("image/jpeg")).as(sampleFile).isTrue();
                assertThat(image.getDisposition()).isEqualTo(Part.INLINE);
                assertThat(image.getFileName()).endsWith(".jpg");
                assertThat(ImageIO.read(image.getInputStream())).as("a decodable JPEG").isNotNull();
                inlineIds.add(image.getContentID());
            }
            List<String> referenced = new ArrayList<>();
            Matcher cid = Pattern.compile("src=\"cid:([^\"]+)\"").matcher(html);
            while (cid.find()) {
                referenced.add(cid.group(1));
            }
            assertThat(referenced).as(sampleFile + ": one picture per line").hasSize(recap.lines().size());
            for (String id : referenced) {
                assertThat(inlineIds).as(sampleFile + " cid:" + id).containsOnlyOnce("<" + id + ">");
            }
            assertThat(inlineIds).as(sampleFile + ": no picture sent that the HTML does not show")
                    .allSatisfy(id -> assertThat(referenced).contains(id.substring(1, id.length() - 1)));
        }
    }

    @Test
    void attachesOnlyWhatIsGiven() throws Exception {
        MimeMessage m = parse(RecapMail.bytes(recap("paper-boxes.yaml"), Optional.of(PDF), Optional.empty()));

        MimeMultipart mixed = (MimeMultipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(1).isMimeType("application/pdf")).isTrue();
        assertThat(((MimeMultipart) parse(RecapMail.bytes(recap("paper-boxes.yaml"), Optional.empty(), Optional.empty()))
                .getContent()).getCount()).isEqualTo(1);
    }

    @Test
    void isADraftFromTheSellerToTheBuyer() throws Exception {
        Recap recap = recap("paper-boxes.yaml");

        MimeMessage m = parse(RecapMail.bytes(recap, Optional.empty(), Optional.empty()));

        assertThat(m.getHeader("X-Unsent", null)).isEqualTo("1");
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("lily.chen@heyuan-paper.example");
        assertThat(from.getPersonal()).isEqualTo("Lily Chen (陈丽)");
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("m.reynolds@maplefinch.example");
        assertThat(to.getPersonal()).isEqualTo("Mark Reynolds, Operations Manager");
        assertThat(m.getMessageID()).isEqualTo(recap.messageId())
                .isEqualTo("<" + recap.identity().documentId() + ".r1." + recap.identity().shortHash() + ".en@countersign.invalid>");
        assertThat(m.getSentDate()).isEqualTo(Date.from(RecapFixtures.ISSUED_AT));
        assertThat(m.getHeader("Date", null)).isEqualTo("Sat, 15 Aug 2026 09:30:00 +0000");
        assertThat(m.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(m.getHeader("X-Countersign-Document", null)).isEqualTo(recap.identity().qrPayload());
    }

    @Test
    void leavesToOutWhenTheBuyerHasNoEmailAddress() throws Exception {
        Recap recap = Recap.of(RecapFixtures.withoutBuyerEmail(sample("paper-boxes.yaml")), OPTIONS);

        MimeMessage m = parse(RecapMail.bytes(recap, Optional.empty(), Optional.empty()));

        assertThat(recap.to()).isEmpty();
        assertThat(m.getRecipients(Message.RecipientType.TO)).isNull();
        assertThat(m.getHeader("To")).isNull();
        assertThat(m.getFrom()).hasSize(1);
    }

    @Test
    void writesTheSameBytesAgain() {
        Recap recap = recap("paper-boxes.yaml");

        byte[] first = RecapMail.bytes(recap, Optional.of(PDF), Optional.of(XLSX));
        byte[] again = RecapMail.bytes(Recap.of(sample("paper-boxes.yaml"), OPTIONS), Optional.of(PDF), Optional.of(XLSX));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void writesTheSameBytesUnderAnotherLocaleAndTimeZone() {
        // jakarta.mail's own Date formatting uses the default zone; a Turkish default upper-cases i to İ
        byte[] expected = RecapMail.bytes(recap("mail-order-boxes.yaml"), Optional.of(PDF), Optional.empty());
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

            assertThat(RecapMail.bytes(recap("mail-order-boxes.yaml"), Optional.of(PDF), Optional.empty())).isEqualTo(expected);
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void anotherIssueTimeOrLanguageGivesAnotherMessage() throws Exception {
        byte[] first = RecapMail.bytes(recap("paper-boxes.yaml"), Optional.empty(), Optional.empty());
        Recap later = Recap.of(sample("paper-boxes.yaml"), OPTIONS.withIssuedAt(RecapFixtures.ISSUED_AT.plusSeconds(60)));
        Recap german = Recap.of(sample("paper-boxes.yaml"), OPTIONS.withLanguage("de"));

        assertThat(RecapMail.bytes(later, Optional.empty(), Optional.empty())).isNotEqualTo(first);
        assertThat(parse(RecapMail.bytes(german, Optional.empty(), Optional.empty())).getMessageID())
                .isNotEqualTo(parse(first).getMessageID());
    }

    @Test
    void nonAsciiSubjectAndFileNamesRoundTripInAnAsciiMessage() throws Exception {
        Recap recap = Recap.of(RecapFixtures.withNumber(sample("paper-boxes.yaml"), "发票-0815", 2), OPTIONS.withLanguage("zh-TW"));

        byte[] eml = RecapMail.bytes(recap, Optional.of(PDF), Optional.of(XLSX));
        MimeMessage m = parse(eml);

        assertThat(recap.subject()).isEqualTo("形式發票 发票-0815 r2 — 請逐一確認 3 個款式");
        assertThat(m.getSubject()).isEqualTo(recap.subject());
        assertThat(m.getHeader("Subject", null)).startsWith("=?UTF-8?");
        for (byte b : eml) {
            assertThat(b & 0xFF).as("every byte of the message is ASCII").isLessThan(0x80);
        }
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("发票-0815-r2.pdf");
        assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo("发票-0815-r2.xlsx");
        assertThat(mixed.getBodyPart(1).getHeader("Content-Disposition")[0])
                .as("RFC 2231").contains("filename*=UTF-8''%E5%8F%91%E7%A5%A8-0815-r2.pdf");
        MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(0).getContent();
        assertThat(lf(alternative.getBodyPart(0).getContent())).isEqualTo(recap.text()).contains("貴方貨號 100234");
    }
}
