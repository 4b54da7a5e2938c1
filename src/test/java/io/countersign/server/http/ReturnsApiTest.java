package io.countersign.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.Buyers;
import io.countersign.server.Form;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import io.countersign.testing.Buyer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the buyer sends back: read against the file issued for that revision, stored with the document, and the status follows it. */
class ReturnsApiTest {
    @TempDir
    static Path data;
    @TempDir
    static Path work;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPdfWithEveryStyleConfirmedMakesTheDocumentConfirmed() {
        JsonNode pi = issue("RET-1");
        byte[] issued = server.get(pi.path("links").path("pdf").asText()).body();
        byte[] signed = Buyers.fill(issued, Map.of("KB-5A", "confirm", "KB-5B", "confirm", "KB-3C", "confirm"), "Mark Reynolds");

        Reply r = server.post(pi.path("links").path("returns").asText() + "?name=RET-1-signed.pdf", "application/pdf", signed);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("verdict").asText()).isEqualTo("CONFIRMED");
        assertThat(r.json().path("status").asText()).isEqualTo("confirmed");
        assertThat(r.json().path("report").path("file").asText()).isEqualTo("RET-1-signed.pdf");
        assertThat(r.json().path("report").path("signer").path("name").asText()).isEqualTo("Mark Reynolds");
        assertThat(r.json().path("report").path("integrity").path("checked").asBoolean()).isTrue();
        JsonNode doc = server.get(pi.path("links").path("self").asText()).json();
        assertThat(doc.path("status").asText()).isEqualTo("confirmed");
        assertThat(doc.path("points").findValuesAsText("status")).containsOnly("confirmed");
        JsonNode stored = doc.path("revisions").get(0).path("returns").get(0);
        assertThat(server.get(stored.path("links").path("returned").asText()).body()).isEqualTo(signed);
        assertThat(server.get(stored.path("links").path("report").asText()).json().path("verdict").asText()).isEqualTo("CONFIRMED");
        assertThat(doc.path("history").findValuesAsText("type")).containsExactly("issued", "returned");
    }

    @Test
    void aChangeRequestIsReportedPointByPointWithItsNote() throws Exception {
        JsonNode pi = issue("RET-2");
        byte[] issued = server.get(pi.path("links").path("pdf").asText()).body();
        byte[] answered;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(issued); var out = new java.io.ByteArrayOutputStream()) {
            var form = doc.getDocumentCatalog().getAcroForm();
            form.getField("signoff.KB-5A").setValue("confirm");
            form.getField("signoff.KB-5B").setValue("change");
            form.getField("note.KB-5B").setValue("we ordered plain");
            doc.save(out);
            answered = out.toByteArray();
        }

        Reply r = server.post(pi.path("links").path("returns").asText(), "application/pdf", answered);

        assertThat(r.json().path("verdict").asText()).isEqualTo("CHANGES_REQUESTED");
        JsonNode doc = server.get(pi.path("links").path("self").asText()).json();
        assertThat(doc.path("status").asText()).isEqualTo("changes-requested");
        assertThat(doc.path("points").findValuesAsText("status")).containsExactly("confirmed", "change-requested", "undecided");
        assertThat(doc.path("points").get(1).path("note").asText()).isEqualTo("we ordered plain");
        assertThat(server.get("/api/v1/documents?status=changes-requested").json().path("documents").findValuesAsText("id"))
                .contains(pi.path("id").asText());
    }

    @Test
    void theExcelPiComesBackToo() throws Exception {
        JsonNode pi = issue("RET-3");
        byte[] issued = server.get(pi.path("links").path("xlsx").asText()).body();
        Path answered = Buyer.answer(issued, work.resolve("RET-3-answered.xlsx"), wb -> {
            Buyer.decide(wb, "KB-5A", "Confirm");
            Buyer.decide(wb, "KB-5B", "Confirm");
        });

        Reply r = server.post(pi.path("links").path("returns").asText() + "?name=answered.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Files.readAllBytes(answered));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("verdict").asText()).isEqualTo("INCOMPLETE");
        assertThat(r.json().path("report").path("points").findValuesAsText("decision")).containsExactly("CONFIRMED", "CONFIRMED", "UNDECIDED");
        assertThat(r.json().path("links").path("returned").asText()).endsWith("-return-1.xlsx");
    }

    @Test
    void theNextRevisionAsksAgainOnlyWhatTheBuyerDidNotConfirm() {
        JsonNode r1 = issue("RET-8");
        byte[] issued = server.get(r1.path("links").path("pdf").asText()).body();
        server.post(r1.path("links").path("returns").asText(), "application/pdf",
                Buyers.fill(issued, Map.of("KB-5A", "confirm", "KB-5B", "change"), "Mark Reynolds"));

        Reply r2 = server.post("/api/v1/pi", Form.samplePi(y -> y.replace("\"2026-0815\"", "\"RET-8\"").replace("revision: 1", "revision: 2")));

        assertThat(r2.status()).as(r2.toString()).isEqualTo(201);
        JsonNode doc = server.get(r2.json().path("links").path("self").asText()).json();
        assertThat(doc.path("points").findValuesAsText("status")).as("KB-5A was confirmed on r1; the others are asked again")
                .containsExactly("carried-over", "awaiting", "awaiting");
        assertThat(doc.path("status").asText()).isEqualTo("issued");
    }

    @Test
    void theSameReturnSentTwiceIsOneReturn() {
        JsonNode pi = issue("RET-4");
        byte[] issued = server.get(pi.path("links").path("pdf").asText()).body();

        Reply first = server.post(pi.path("links").path("returns").asText(), "application/pdf", issued);
        Reply second = server.post(pi.path("links").path("returns").asText(), "application/pdf", issued);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("seq").asInt()).isEqualTo(1);
        assertThat(server.get(pi.path("links").path("self").asText()).json().path("revisions").get(0).path("returns")).hasSize(1);
    }

    @Test
    void anotherDocumentsFileIsRefusedNamingWhereItBelongs() {
        JsonNode a = issue("RET-5");
        JsonNode b = issue("RET-6");
        byte[] bPdf = server.get(b.path("links").path("pdf").asText()).body();

        Reply r = server.post(a.path("links").path("returns").asText(), "application/pdf", bPdf);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("type").asText()).endsWith(":unusable-return");
        assertThat(r.json().path("detail").asText()).contains("/api/v1/documents/" + b.path("id").asText() + "/returns");
    }

    @Test
    void somethingThatIsNoPdfIsUnusable() {
        JsonNode pi = issue("RET-7");

        Reply r = server.post(pi.path("links").path("returns").asText(), "application/pdf", "%PDF-1.7 but not really".getBytes());

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("type").asText()).endsWith(":unusable-return");
        assertThat(r.json().path("detail").asText()).doesNotContain(data.toString());
    }

    static JsonNode issue(String number) {
        Reply r = server.post("/api/v1/pi", Form.samplePi(y -> y.replace("\"2026-0815\"", "\"" + number + "\"")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }
}
