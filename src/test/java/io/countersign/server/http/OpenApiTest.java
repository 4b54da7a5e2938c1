package io.countersign.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.Batches;
import io.countersign.server.Form;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps /openapi.json true: it documents exactly the routes the server registers, its examples fit
 * its schemas, and what the server really answers — status and body — is what it documents.
 */
class OpenApiTest {
    @TempDir
    static Path data;
    static TestServer server;
    static JsonNode api;
    static SchemaCheck schemas;

    @BeforeAll
    static void start() {
        server = TestServer.start(data);
        api = server.send(HttpRequest.newBuilder(server.uri("/openapi.json")).GET()).json();
        schemas = new SchemaCheck(api);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocumentDescribesExactlyTheRoutesTheServerServes() {
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }

        assertThat(new TreeSet<>(server.server().routes())).isEqualTo(documented);
    }

    @Test
    void everyExampleFitsItsSchema() {
        List<String> checked = new ArrayList<>();
        api.path("components").path("schemas").fields().forEachRemaining(e -> {
            if (e.getValue().has("example")) {
                assertThat(schemas.check(e.getValue(), e.getValue().get("example"))).as(e.getKey()).isEmpty();
                checked.add(e.getKey());
            }
        });
        assertThat(checked).contains("Problem", "Issued", "Webhook", "DeliveryList");
    }

    @Test
    void whatTheServerAnswersIsWhatTheDocumentSays() throws Exception {
        Reply pi = expect("POST", "/api/v1/pi", server.post("/api/v1/pi", Form.samplePi()));
        String self = pi.json().path("links").path("self").asText();
        expect("POST", "/api/v1/pi", server.post("/api/v1/pi", Form.samplePi()));
        expect("GET", "/api/v1/documents/{id}", server.get(self));
        expect("GET", "/api/v1/documents", server.get("/api/v1/documents?po=PO-44817"));
        byte[] pdf = expect("GET", "/api/v1/documents/{id}/files/{name}", server.get(pi.json().path("links").path("pdf").asText())).body();
        expect("GET", "/api/v1/documents/{id}/files/{name}", server.get(pi.json().path("links").path("pdf").asText(), r -> r.header("Range", "bytes=0-3")));
        expect("HEAD", "/api/v1/documents/{id}/files/{name}", server.head(pi.json().path("links").path("pdf").asText()));
        // A webhook nothing listens at (port 1 refuses at once), so the return's event is a delivery that failed once.
        expect("PUT", "/api/v1/webhook", server.send(server.request("/api/v1/webhook").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"url\": \"http://127.0.0.1:1/countersign\"}"))));
        expect("POST", "/api/v1/documents/{id}/returns", server.post(self + "/returns", "application/pdf", pdf));
        expect("GET", "/api/v1/webhook", server.get("/api/v1/webhook"));
        expect("PUT", "/api/v1/webhook", server.send(server.request("/api/v1/webhook").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"url\": \"ftp://127.0.0.1/countersign\"}"))));
        for (long deadline = System.nanoTime() + 20_000_000_000L; System.nanoTime() < deadline
                && !server.get("/api/v1/webhook/deliveries").json().path("deliveries").path(0).path("lastError").isTextual(); ) {
            Batches.sleep(20);
        }
        Reply deliveries = expect("GET", "/api/v1/webhook/deliveries", server.get("/api/v1/webhook/deliveries"));
        assertThat(deliveries.json().path("deliveries").path(0).path("lastError").asText()).contains("cannot connect");
        expect("DELETE", "/api/v1/webhook", server.send(server.request("/api/v1/webhook").DELETE()));
        expect("GET", "/api/v1/webhook", server.get("/api/v1/webhook"));
        expect("GET", "/api/v1/documents/{id}", server.get(self));
        Reply link = expect("POST", "/api/v1/documents/{id}/signoff-links", server.post(self + "/signoff-links", "application/json",
                "{\"recipient\": \"anna@buyer.example\"}".getBytes()));
        expect("POST", "/api/v1/documents/{id}/signoff-links", server.post(self + "/signoff-links", "application/json",
                "{\"recipient\": \"anna\"}".getBytes()));
        expect("GET", "/s/{token}", server.send(HttpRequest.newBuilder(URI.create(link.json().path("url").asText())).GET()));
        expect("GET", "/api/v1/documents/{id}/signoff-links", server.get(self + "/signoff-links"));
        expect("GET", "/api/v1/documents/{id}/audit", server.get(self + "/audit"));
        expect("GET", "/api/v1/documents/{id}/signoff-links/{link}", server.get(link.header("Location")));
        expect("GET", "/api/v1/documents/{id}/signoff-links/{link}", server.get(self + "/signoff-links/0000"));
        expect("DELETE", "/api/v1/documents/{id}/signoff-links/{link}", server.send(server.request(self + "/signoff-links/"
                + link.json().path("id").asText()).DELETE()));
        expect("GET", "/s/{token}", server.send(HttpRequest.newBuilder(URI.create(link.json().path("url").asText())).GET()));
        expect("POST", "/api/v1/settlements", server.post("/api/v1/settlements", "application/yaml",
                Files.readAllBytes(Path.of("samples/settlement/paper-boxes-claim.yaml"))));
        Reply job = expect("POST", "/api/v1/labels", server.post("/api/v1/labels?issuedAt=2026-08-15", "application/zip", Batches.sampleZip()));
        Batches.await(server, job.header("Location"));
        expect("GET", "/api/v1/jobs/{id}", server.get(job.header("Location")));
        expect("GET", "/api/v1/jobs/{id}/result", server.get(job.header("Location") + "/result"));
        expect("HEAD", "/api/v1/jobs/{id}/result", server.head(job.header("Location") + "/result"));
        expect("GET", "/health", server.get("/health"));
        expect("POST", "/api/v1/cartons", server.post("/api/v1/cartons?itfPrint=sideways", "application/zip", Batches.sampleZip()));
        expect("POST", "/api/v1/pi", server.post("/api/v1/pi", "application/yaml", "currncy: USD".getBytes()));
        expect("GET", "/api/v1/documents/{id}", server.get("/api/v1/documents/0123456789abcdef"));
        expect("GET", "/api/v1/documents", server.send(HttpRequest.newBuilder(server.uri("/api/v1/documents")).GET()));
    }

    /** Asserts the answer's status is documented for the operation and its body fits the documented schema. */
    private static Reply expect(String method, String template, Reply reply) {
        JsonNode operation = api.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        assertThat(operation.isMissingNode()).as(method + " " + template + " is documented").isFalse();
        JsonNode response = operation.path("responses").path(Integer.toString(reply.status()));
        assertThat(response.isMissingNode()).as(method + " " + template + " documents status " + reply.status() + ": " + reply).isFalse();
        String type = reply.header("Content-Type").split(";")[0];
        if (reply.body().length == 0 || !(type.equals("application/json") || type.equals("application/problem+json"))) {
            return reply;
        }
        JsonNode content = response.path("content").path(type);
        assertThat(content.isMissingNode()).as(method + " " + template + " " + reply.status() + " documents " + type).isFalse();
        assertThat(schemas.check(content.path("schema"), reply.json())).as(method + " " + template + " " + reply.status() + ": " + reply).isEmpty();
        return reply;
    }
}
