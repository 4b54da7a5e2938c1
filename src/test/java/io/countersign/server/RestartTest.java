package io.countersign.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.TestServer.Reply;
import io.countersign.server.store.DatabaseSettings;
import io.countersign.server.store.TestDatabases;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A stopped server started again on the same data keeps every document, file, report and key — on H2 and on PostgreSQL. */
class RestartTest {
    @TempDir
    Path data;
    DatabaseSettings db;

    @AfterEach
    void drop() {
        if (db != null) {
            TestDatabases.drop(db);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void documentsReportsAndKeysSurviveARestart(String kind) {
        db = TestDatabases.fresh(kind, data);
        ServerConfig config = TestServer.config(data).withDatabase(db);
        String id;
        String key;
        byte[] pdf;
        JsonNode before;
        try (TestServer first = TestServer.start(config)) {
            key = first.key();
            JsonNode issued = first.post("/api/v1/pi", Form.samplePi()).json();
            id = issued.path("id").asText();
            pdf = first.get(issued.path("links").path("pdf").asText()).body();
            byte[] signed = Buyers.fill(pdf, Map.of("KB-5A", "confirm", "KB-5B", "change"), "Mark Reynolds");
            assertThat(first.post(issued.path("links").path("returns").asText(), "application/pdf", signed).status()).isEqualTo(201);
            before = first.get("/api/v1/documents/" + id).json();
        }

        try (TestServer second = TestServer.start(config)) {
            Reply oldKey = second.send(HttpRequest.newBuilder(second.uri("/api/v1/documents/" + id)).header("Authorization", "Bearer " + key).GET());
            assertThat(oldKey.status()).as("the first server's key still works").isEqualTo(200);
            JsonNode after = oldKey.json();
            assertThat(after).isEqualTo(before);
            assertThat(after.path("status").asText()).isEqualTo("changes-requested");
            assertThat(after.path("points").findValuesAsText("status")).containsExactly("confirmed", "change-requested", "undecided");
            assertThat(second.get("/api/v1/documents/" + id + "/files/2026-0815-r1.pdf").body()).isEqualTo(pdf);
            String report = after.path("revisions").get(0).path("returns").get(0).path("links").path("report").asText();
            assertThat(second.get(report).json().path("signer").path("name").asText()).isEqualTo("Mark Reynolds");
            assertThat(second.post("/api/v1/pi", Form.samplePi()).status()).as("still the same document").isEqualTo(200);
        }
    }
}
