package io.countersign.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.Countersign;
import io.countersign.input.InvalidInputException;
import io.countersign.input.Problem;
import io.countersign.server.Form;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posting a PI and reading back what was issued: the PDF the library makes, the Excel PI and email on demand, files with ETag and ranges. */
class PiApiTest {
    @TempDir
    static Path data;
    static TestServer server;
    static JsonNode issued;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
        Reply r = server.post("/api/v1/pi", Form.samplePi());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        issued = r.json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void postingAPiWithItsPicturesIssuesItWithLinksToEachOutput() {
        assertThat(issued.path("id").asText()).matches("[0-9a-f]{16}");
        assertThat(issued.path("kind").asText()).isEqualTo("pi");
        assertThat(issued.path("revision").asInt()).isEqualTo(1);
        assertThat(issued.path("number").asText()).isEqualTo("2026-0815");
        assertThat(issued.path("po").asText()).isEqualTo("PO-44817");
        assertThat(issued.path("status").asText()).isEqualTo("issued");
        assertThat(issued.path("points").asInt()).isEqualTo(3);
        assertThat(issued.path("findings")).hasSize(3);
        String self = "/api/v1/documents/" + issued.path("id").asText();
        assertThat(issued.path("links").path("self").asText()).isEqualTo(self);
        assertThat(issued.path("links").path("pdf").asText()).isEqualTo(self + "/files/2026-0815-r1.pdf");
        assertThat(issued.path("links").path("xlsx").asText()).isEqualTo(self + "/files/2026-0815-r1.xlsx");
        assertThat(issued.path("links").path("eml").asText()).isEqualTo(self + "/files/2026-0815-r1.eml");
    }

    @Test
    void theSamePiPostedAgainIsTheSameDocumentAnswered200() {
        Reply again = server.post("/api/v1/pi", Form.samplePi());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id")).isEqualTo(issued.path("id"));
        assertThat(again.json().path("created").asBoolean()).isFalse();
        assertThat(again.header("Location")).isEqualTo(issued.path("links").path("self").asText());
    }

    @Test
    void theIssuedPdfIsByteForByteWhatTheLibraryRenders() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Countersign.pi(Countersign.readPi(Path.of("samples/pi/paper-boxes.yaml"))).toPdf(expected);

        Reply pdf = server.get(issued.path("links").path("pdf").asText());

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).isEqualTo(expected.toByteArray());
        assertThat(pdf.header("ETag")).matches("\"[0-9a-f]{64}\"");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"2026-0815-r1.pdf\"");
    }

    @Test
    void theExcelPiAndTheEmailAreMadeOnFirstRequestAndAreWhatTheCommandLineWrites() throws Exception {
        var pi = Countersign.readPi(Path.of("samples/pi/paper-boxes.yaml"));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Countersign.pi(pi).toXlsx(xlsx);

        Reply workbook = server.get(issued.path("links").path("xlsx").asText());
        Reply mail = server.get(issued.path("links").path("eml").asText());

        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.body()).isEqualTo(xlsx.toByteArray());
        assertThat(mail.status()).isEqualTo(200);
        assertThat(mail.header("Content-Type")).startsWith("message/rfc822");
        assertThat(mail.text()).contains("Subject:").contains("2026-0815-r1.pdf").contains("2026-0815-r1.xlsx");
        JsonNode doc = server.get(issued.path("links").path("self").asText()).json();
        assertThat(doc.path("revisions").get(0).path("files")).allSatisfy(f -> assertThat(f.path("ready").asBoolean()).isTrue());
    }

    @Test
    void aFileAsksNoSecondDownloadWhenItsEtagMatches() {
        String pdf = issued.path("links").path("pdf").asText();
        String etag = server.get(pdf).header("ETag");

        Reply again = server.get(pdf, r -> r.header("If-None-Match", etag));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aByteRangeIsAnsweredPartially() {
        String pdf = issued.path("links").path("pdf").asText();
        byte[] whole = server.get(pdf).body();

        Reply head = server.get(pdf, r -> r.header("Range", "bytes=0-7"));
        Reply tail = server.get(pdf, r -> r.header("Range", "bytes=-100"));
        Reply from = server.get(pdf, r -> r.header("Range", "bytes=" + (whole.length - 10) + "-"));

        assertThat(head.status()).isEqualTo(206);
        assertThat(head.body()).isEqualTo(Arrays.copyOfRange(whole, 0, 8));
        assertThat(head.header("Content-Range")).isEqualTo("bytes 0-7/" + whole.length);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 100, whole.length));
        assertThat(from.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 10, whole.length));
        assertThat(from.header("Content-Length")).isEqualTo("10");
    }

    @Test
    void aRangePastTheEndIs416AndARangeForAnotherVersionGetsTheWholeFile() {
        String pdf = issued.path("links").path("pdf").asText();
        int size = server.get(pdf).body().length;

        Reply past = server.get(pdf, r -> r.header("Range", "bytes=" + (size + 5) + "-"));
        Reply stale = server.get(pdf, r -> r.header("Range", "bytes=0-7").header("If-Range", "\"0000\""));

        assertThat(past.status()).isEqualTo(416);
        assertThat(past.header("Content-Range")).isEqualTo("bytes */" + size);
        assertThat(past.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).hasSize(size);
    }

    @Test
    void headGivesTheSizeAndEtagWithoutTheBody() {
        String pdf = issued.path("links").path("pdf").asText();
        Reply get = server.get(pdf);

        Reply head = server.head(pdf);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(get.body().length));
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aYamlBodyWithoutPicturesIsLocatedBadInputThatSaysHowToSendThem() {
        Reply r = server.post("/api/v1/pi", "application/yaml", read("samples/pi/paper-boxes.yaml"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode first = r.json().path("errors").get(0);
        assertThat(first.path("file").asText()).isEqualTo("pi.yaml");
        assertThat(first.path("line").asInt()).isEqualTo(54);
        assertThat(first.path("path").asText()).isEqualTo("styles[0].images[0]");
        assertThat(first.path("hint").asText()).contains("multipart/form-data").contains("-F images/kb-5a.jpg=@");
    }

    @Test
    void aMissingPictureInAFormNamesThePartToAdd() {
        Path dir = Path.of("samples/pi");
        Form form = Form.of().file("pi", dir.resolve("paper-boxes.yaml")).file("images/kb-5a.jpg", dir.resolve("images/kb-5a.jpg"))
                .file("images/kb-5b.png", dir.resolve("images/kb-5b.png"));

        Reply r = server.post("/api/v1/pi", form);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors")).hasSize(1);
        assertThat(r.json().path("errors").get(0).path("hint").asText()).isEqualTo("no form part named images/kb-3c.jpg was sent; add -F images/kb-3c.jpg=@<file>");
    }

    @Test
    void aDamagedPictureInAFormIsTheProblemTheCliGivesForTheFile(@TempDir Path folder) throws Exception {
        // Why: posted pictures are checked in memory, no longer as files in a scratch folder; a bad one must
        // still be reported exactly as the CLI reports the file.
        Path dir = Path.of("samples/pi");
        byte[] whole = read("samples/pi/images/kb-3c.jpg");
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        Files.createDirectories(folder.resolve("images"));
        Files.copy(dir.resolve("paper-boxes.yaml"), folder.resolve("paper-boxes.yaml"));
        Files.copy(dir.resolve("images/kb-5a.jpg"), folder.resolve("images/kb-5a.jpg"));
        Files.copy(dir.resolve("images/kb-5b.png"), folder.resolve("images/kb-5b.png"));
        Files.write(folder.resolve("images/kb-3c.jpg"), cut);
        InvalidInputException cli = catchThrowableOfType(InvalidInputException.class, () -> Countersign.readPi(folder.resolve("paper-boxes.yaml")));
        Form form = Form.of().file("pi", dir.resolve("paper-boxes.yaml")).file("images/kb-5a.jpg", dir.resolve("images/kb-5a.jpg"))
                .file("images/kb-5b.png", dir.resolve("images/kb-5b.png")).file("images/kb-3c.jpg", "kb-3c.jpg", "image/jpeg", cut);

        Reply r = server.post("/api/v1/pi", form);

        assertThat(r.status()).isEqualTo(422);
        assertThat(cli.problems()).hasSize(1);
        Problem expected = cli.problems().get(0);
        JsonNode error = r.json().path("errors").get(0);
        assertThat(r.json().path("errors")).hasSize(1);
        assertThat(error.path("message").asText()).isEqualTo(expected.message()).startsWith("picture \"images/kb-3c.jpg\" is damaged");
        assertThat(error.path("hint").asText()).isEqualTo(expected.hint());
        assertThat(error.path("path").asText()).isEqualTo(expected.path());
        assertThat(error.path("line").asInt()).isEqualTo(expected.line());
        assertThat(error.path("column").asInt()).isEqualTo(expected.column());
    }

    @Test
    void aPiWithoutPicturesPostedAsJsonIsIssued() {
        String json = "{\"number\":\"J-1\",\"revision\":1,\"issueDate\":\"2026-08-15\",\"buyerPo\":\"PO-9\",\"currency\":\"USD\","
                + "\"incoterms\":{\"rule\":\"FOB\",\"place\":\"Shenzhen\"},\"paymentTerms\":\"T/T\",\"portOfLoading\":\"Shenzhen\","
                + "\"portOfDischarge\":\"Hamburg\",\"seller\":{\"name\":\"S Ltd\",\"address\":[\"1 Road\"]},\"buyer\":{\"name\":\"B GmbH\","
                + "\"address\":[\"2 Street\"]},\"styles\":[{\"id\":\"A1\",\"buyerCode\":\"77\",\"name\":\"Box\",\"gtin\":\"084631001018\","
                + "\"quantity\":10,\"unit\":\"pcs\",\"unitPrice\":1.5}]}";

        Reply r = server.post("/api/v1/pi?lang=de&paper=letter", "application/json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("po").asText()).isEqualTo("PO-9");
        assertThat(server.get(r.json().path("links").path("pdf").asText()).body()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anotherContentUnderAnIssuedRevisionIsAConflict() {
        Reply r = server.post("/api/v1/pi", Form.samplePi(y -> y.replace("quantity: 1200", "quantity: 1300")));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("type").asText()).endsWith(":revision-conflict");
        assertThat(r.json().path("detail").asText()).contains("2026-0815 revision 1").contains("post it as revision 2");
    }

    @Test
    void otherRenderSettingsForAnIssuedRevisionAreAConflictToo() {
        Reply r = server.post("/api/v1/pi?lang=de", Form.samplePi());

        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void theNextRevisionIsComparedWithThePreviousOneIssuedHere() {
        Reply r1 = server.post("/api/v1/pi", Form.samplePi(y -> y.replace("\"2026-0815\"", "\"REV-1\"")));
        assertThat(r1.status()).as(r1.toString()).isEqualTo(201);

        Reply r2 = server.post("/api/v1/pi", Form.samplePi(y -> y.replace("\"2026-0815\"", "\"REV-1\"").replace("revision: 1", "revision: 2")
                .replaceFirst("quantity: 1200", "quantity: 2400")));

        assertThat(r2.status()).as(r2.toString()).isEqualTo(201);
        assertThat(r2.json().path("id")).isEqualTo(r1.json().path("id"));
        assertThat(r2.json().path("revision").asInt()).isEqualTo(2);
        assertThat(r2.json().path("toDecide").asInt()).as("only the changed style is asked again").isEqualTo(1);
        JsonNode doc = server.get(r2.json().path("links").path("self").asText()).json();
        assertThat(doc.path("latestRevision").asInt()).isEqualTo(2);
        assertThat(doc.path("revisions")).hasSize(2);
        assertThat(doc.path("points").findValuesAsText("status")).containsExactly("awaiting", "carried-over", "carried-over");
    }

    @Test
    void renderSettingsComeFromTheQuery() {
        Reply r = server.post("/api/v1/pi?issuedAt=2026-08-16&magnification=100", Form.samplePi(y -> y.replace("\"2026-0815\"", "\"SET-1\"")));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("issuedAt").asText()).isEqualTo("2026-08-16T00:00:00Z");
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
