package io.countersign.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.ServerConfig;
import io.countersign.server.TestServer;
import io.countersign.server.store.DatabaseSettings;
import io.countersign.server.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A delivery still pending when the server stops is sent by the next start — on H2 and on PostgreSQL. */
class WebhookRestartTest {
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
    void aPendingDeliveryIsSentAfterARestart(String kind) {
        db = TestDatabases.fresh(kind, data);
        ServerConfig config = TestServer.config(data).withDatabase(db)
                .withWebhooks(new WebhookSettings(Duration.ofMillis(20), 7, Duration.ofMillis(500)));
        Receiver probe = Receiver.start();
        int port = probe.port();
        probe.close();
        String key;
        String secret;
        String document;
        String eventId;
        try (TestServer first = TestServer.start(config)) {
            key = first.key();
            Hooks hooks = Hooks.of(first);
            secret = hooks.subscribe("http://127.0.0.1:" + port + "/hook", null);
            document = first.post("/api/v1/settlements", "application/yaml", WebhookApiTest.settlement()).json().path("id").asText();
            first.server().webhooks().publish(document, Webhooks.SIGNOFF_COMPLETED, Map.of("revision", 1));
            JsonNode failing = hooks.newest(d -> d.path("attempts").asInt() >= 1);
            assertThat(failing.path("state").asText()).isEqualTo("pending");
            eventId = failing.path("id").asText();
        }

        try (Receiver erp = Receiver.start(port).knows(secret); TestServer second = TestServer.start(config)) {
            Receiver.Received got = erp.next(Duration.ofSeconds(20));
            assertThat(got.signatureValid()).as("signed with the secret set before the restart").isTrue();
            assertThat(got.json().path("id").asText()).isEqualTo(eventId);
            assertThat(got.json().path("documentId").asText()).isEqualTo(document);
            JsonNode d = new Hooks(second, key).delivery(eventId, x -> x.path("state").asText().equals("delivered"));
            assertThat(d.path("attempts").asInt()).isGreaterThanOrEqualTo(2);
        }
    }
}
