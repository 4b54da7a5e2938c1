package io.countersign.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.Batches;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label and carton batches as jobs: accepted at once, progress and bad rows while they run, the result as a zip and a registered document. */
class BatchApiTest {
    @TempDir
    static Path data;
    static TestServer server;
    static Reply posted;
    static JsonNode done;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
        posted = server.post("/api/v1/labels?issuedAt=2026-08-15", "application/zip", Batches.sampleZip());
        done = Batches.await(server, posted.header("Location"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBatchIsAcceptedAsAJobAndFinishes() {
        assertThat(posted.status()).as(posted.toString()).isEqualTo(202);
        assertThat(posted.header("Location")).matches("/api/v1/jobs/[0-9a-f-]{36}");
        assertThat(posted.json().path("state").asText()).isIn("queued", "running", "done");
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("kind").asText()).isEqualTo("sticker");
        assertThat(done.path("list").asText()).isEqualTo("skus.csv");
        assertThat(done.path("rendered").asInt()).isGreaterThan(0);
        assertThat(done.path("progress").path("percent").asInt()).isEqualTo(100);
    }

    @Test
    void theResultZipHoldsTheCombinedPdfTheIndexTheManifestAndEverySheet() throws IOException {
        Reply zip = server.get(done.path("links").path("result").asText());

        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        assertThat(zip.header("ETag")).isNotEmpty();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).startsWith("skus-stickers.pdf", "skus-stickers-index.xlsx", "skus-stickers-manifest.json");
        assertThat(names.stream().filter(n -> n.startsWith("sheets/"))).hasSize(done.path("rendered").asInt());
    }

    @Test
    void theBatchIsADocumentWhoseCombinedPdfCanComeBack() {
        JsonNode doc = server.get(done.path("links").path("document").asText()).json();

        assertThat(doc.path("kind").asText()).isEqualTo("sticker-batch");
        assertThat(doc.path("po").asText()).isEqualTo("PO-44817");
        assertThat(doc.path("points").size()).isEqualTo(3 * done.path("rendered").asInt());
        JsonNode files = doc.path("revisions").get(0).path("files");
        assertThat(files.findValuesAsText("output")).containsExactly("pdf", "xlsx", "manifest", "zip");
        String combined = files.get(0).path("href").asText();
        byte[] pdf = server.get(combined).body();
        Reply back = server.post(doc.path("links").path("returns").asText(), "application/pdf", pdf);
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(back.json().path("verdict").asText()).isEqualTo("INCOMPLETE");
    }

    @Test
    void theSameBatchPostedAgainIsTheSameJob() {
        Reply again = server.post("/api/v1/labels?issuedAt=2026-08-15", "application/zip", Batches.sampleZip());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Location")).isEqualTo(posted.header("Location"));
    }

    @Test
    void badRowsAreListedWhileTheGoodOnesRender() throws IOException {
        String csv = Files.readString(Path.of("samples/labels/skus.csv"));
        String bad = csv + "KB-9X,100299,Broken row,08463100109,50x30,standard,,8,64x48x34,8.1,9.1,,1,MFH,PO-44817,LONG BEACH,100,,Black #000000\n";
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("bad-list.csv", bad.replaceAll("images/[a-z0-9-]+\\.(jpg|png)", "").replaceAll("drawings/[a-z0-9-]+\\.(pdf|png)", ""));

        Reply r = server.post("/api/v1/cartons?itfPrint=label", "application/zip", Batches.zip(entries));
        JsonNode job = Batches.await(server, r.header("Location"));

        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.path("badRowCount").asInt()).isEqualTo(1);
        JsonNode row = job.path("badRows").get(0);
        assertThat(row.path("sku").asText()).isEqualTo("KB-9X");
        assertThat(row.path("column").asText()).isEqualTo("GTIN");
        assertThat(row.path("message").asText()).contains("11 digits");
        assertThat(job.path("links").path("result").asText()).isNotEmpty();
    }

    @Test
    void aListThatCannotBeUsedFailsTheJobWithLocatedErrors() {
        Reply r = server.post("/api/v1/labels", "application/zip", Batches.zip(Map.of("list.csv", "SKU,Description\nA,box\n")));
        JsonNode job = Batches.await(server, r.header("Location"));

        assertThat(job.path("state").asText()).isEqualTo("failed");
        assertThat(job.path("errors").get(0).path("message").asText()).contains("no column for the buyer code");
        Reply result = server.get(job.path("links").path("self").asText() + "/result");
        assertThat(result.status()).isEqualTo(409);
        assertThat(result.json().path("type").asText()).endsWith(":job-not-done");
    }

    @Test
    void aBareCsvNamedInTheQueryIsABatchToo() throws IOException {
        String csv = Files.readString(Path.of("samples/labels/skus.csv")).replaceAll("images/[a-z0-9-]+\\.(jpg|png)", "")
                .replaceAll("drawings/[a-z0-9-]+\\.(pdf|png)", "");

        Reply r = server.post("/api/v1/labels?name=bare.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        JsonNode job = Batches.await(server, r.header("Location"));

        assertThat(r.status()).isEqualTo(202);
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.path("list").asText()).isEqualTo("bare.csv");
    }

    @Test
    void aZipThatWouldEscapeItsFolderIsRefused() {
        Reply r = server.post("/api/v1/labels", "application/zip", Batches.zip(Map.of("list.csv", "SKU\n", "../../evil.txt", "x")));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("detail").asText()).contains("outside the batch's folder");
    }

    @Test
    void aZipWithoutAListSaysWhatToPutIn() {
        Reply r = server.post("/api/v1/labels", "application/zip", Batches.zip(Map.of("images/a.jpg", "x")));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("detail").asText()).contains("no SKU list");
    }
}
