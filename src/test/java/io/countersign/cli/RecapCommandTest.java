package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recap as the CLI writes it: alone with {@code recap}, or as an .eml carrying the PDF with {@code pi --format pdf,eml}. */
class RecapCommandTest {
    private static final String SAMPLE = Path.of("samples", "pi", "paper-boxes.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void recapWritesTextHtmlAndADraftEmail() throws Exception {
        PiCommandTest.Run run = PiCommandTest.run("recap", SAMPLE, "-o", dir.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("2026-0815-r1-recap.txt"))).contains("1. ").contains("100234").contains("KB-5A");
        assertThat(Files.readString(dir.resolve("2026-0815-r1-recap.html"))).contains("KB-3C");
        assertThat(attachments(dir.resolve("2026-0815-r1.eml"))).isEmpty();
        assertThat(run.out()).contains("Subject: PI 2026-0815 r1");
    }

    @Test
    void piWithEmlFormatAttachesThePdfItJustRendered() throws Exception {
        PiCommandTest.Run run = PiCommandTest.run("pi", SAMPLE, "-o", dir.toString(), "--format", "pdf,eml");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(attachments(dir.resolve("2026-0815-r1.eml"))).containsExactly("2026-0815-r1.pdf");
        assertThat(dir.resolve("2026-0815-r1.pdf")).isRegularFile();
    }

    @Test
    void allThreeFormatsTogetherAttachThePdfAndTheWorkbookToTheEmail() throws Exception {
        PiCommandTest.Run run = PiCommandTest.run("pi", SAMPLE, "-o", dir.toString(), "--format", "pdf,xlsx,eml");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("2026-0815-r1.xlsx")).isRegularFile();
        assertThat(attachments(dir.resolve("2026-0815-r1.eml"))).containsExactly("2026-0815-r1.pdf", "2026-0815-r1.xlsx");
    }

    @Test
    void anUnknownFormatIsRefusedBeforeAnythingIsWritten() {
        PiCommandTest.Run run = PiCommandTest.run("pi", SAMPLE, "-o", dir.resolve("o").toString(), "--format", "pdf,docx");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--format docx");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    private static List<String> attachments(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            List<String> names = new ArrayList<>();
            collect(message, names);
            return names;
        }
    }

    private static void collect(Part part, List<String> names) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), names);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            names.add(part.getFileName());
        }
    }
}
