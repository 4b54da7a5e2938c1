package io.countersign.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting, showing and removing a key's webhook; what is refused and why. */
class WebhookApiTest {
    @TempDir
    static Path data;
    static TestServer server;
    static Hooks hooks;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(data).withWebhooks(new WebhookSettings(Duration.ofMillis(20), 7, Duration.ofMillis(500))));
        hooks = Hooks.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void removeTheWebhook() {
        hooks.delete();
    }

    @Test
    void thePutShowsTheSecretOnceAndANewPutMakesANewOne() {
        Reply set = hooks.put("{\"url\": \"https://erp.example.com/countersign/events\"}");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.header("Cache-Control")).isEqualTo("no-store");
        JsonNode n = set.json();
        assertThat(n.path("url").asText()).isEqualTo("https://erp.example.com/countersign/events");
        assertThat(n.path("events").toString()).isEqualTo("[\"signoff.completed\",\"signoff.changes_requested\",\"return.received\"]");
        String secret = n.path("secret").asText();
        assertThat(secret).matches("cswh_[A-Za-z0-9_-]{43}");

        Reply shown = hooks.get();
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().has("secret")).as("the secret is shown only when it is made").isFalse();
        assertThat(shown.text()).doesNotContain(secret);
        assertThat(shown.json().path("createdAt").asText()).isEqualTo(n.path("createdAt").asText()).endsWith("Z");

        JsonNode again = hooks.put("{\"url\": \"http://10.0.0.7:8081/hooks\", \"events\": [\"return.received\", \"signoff.completed\"]}").json();
        assertThat(again.path("secret").asText()).isNotEqualTo(secret).startsWith("cswh_");
        assertThat(hooks.get().json().path("events").toString()).isEqualTo("[\"signoff.completed\",\"return.received\"]");
        assertThat(hooks.get().json().path("url").asText()).isEqualTo("http://10.0.0.7:8081/hooks");
    }

    @Test
    void deleteRemovesTheWebhookAndCancelsWhatItHadPending() {
        Receiver gone = Receiver.start();
        int port = gone.port();
        gone.close(); // nothing listens: every attempt fails
        hooks.subscribe("http://127.0.0.1:" + port + "/hook", null);
        String id = server.post("/api/v1/settlements", "application/yaml", settlement()).json().path("id").asText();
        server.server().webhooks().publish(id, Webhooks.SIGNOFF_COMPLETED, Map.of("revision", 1));
        JsonNode failing = hooks.newest(d -> d.path("attempts").asInt() >= 1);
        assertThat(failing.path("state").asText()).isEqualTo("pending");
        assertThat(failing.path("lastError").asText()).contains("cannot connect to 127.0.0.1:" + port);

        assertThat(hooks.delete().status()).isEqualTo(204);

        assertThat(hooks.get().status()).isEqualTo(404);
        assertThat(hooks.get().header("Content-Type")).startsWith("application/problem+json");
        JsonNode cancelled = hooks.delivery(failing.path("id").asText(), d -> true);
        assertThat(cancelled.path("state").asText()).isEqualTo("cancelled");
        assertThat(cancelled.path("nextAttemptAt").isNull()).isTrue();
        assertThat(hooks.delete().status()).as("nothing left to remove").isEqualTo(404);
    }

    @Test
    void badWebhooksAreRefusedWithEachProblemNamed() {
        assertProblem("{\"url\": \"ftp://erp.example.com/in\"}", "url", "scheme is ftp");
        assertProblem("{\"url\": \"https://erp:s3cret@erp.example.com/in\"}", "url", "user name or password");
        assertProblem("{\"url\": \"erp.example.com/in\"}", "url", "no scheme");
        assertProblem("{\"url\": \"https://erp.example.com/a b\"}", "url", "not a URL");
        assertProblem("{\"url\": \"https:///in\"}", "url", "no host");
        assertProblem("{\"url\": \"https://erp.example.com/in#x\"}", "url", "fragment");
        assertProblem("{\"url\": \"https://erp.example.com/" + "a".repeat(2000) + "\"}", "url", "characters long");
        assertProblem("{\"events\": [\"return.received\"]}", "url", "no url");
        assertProblem("{\"url\": 42}", "url", "not a string");
        assertProblem("{\"url\": \"https://erp.example.com/in\", \"events\": []}", "events", "no events");
        assertProblem("{\"url\": \"https://erp.example.com/in\", \"events\": \"return.received\"}", "events", "not a list");
        assertProblem("{\"url\": \"https://erp.example.com/in\", \"events\": [\"return.received\", \"signoff.done\"]}", "events[1]",
                "unknown event signoff.done");
        assertProblem("{\"url\": \"https://erp.example.com/in\", \"secret\": \"mine\"}", "secret", "unknown field");

        Reply notJson = hooks.put("{\"url\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("detail").asText()).contains("not JSON");
        Reply text = server.send(hooks.request(Hooks.PATH).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("https://erp.example.com/in")));
        assertThat(text.status()).isEqualTo(415);
        Reply noKey = server.send(HttpRequest.newBuilder(server.uri(Hooks.PATH)).GET());
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(hooks.get().status()).as("nothing was stored").isEqualTo(404);
    }

    private static void assertProblem(String body, String path, String message) {
        Reply r = hooks.put(body);
        assertThat(r.status()).as(body + " → " + r).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = r.json().path("errors").get(0);
        assertThat(error.path("path").asText()).as(r.toString()).isEqualTo(path);
        assertThat(error.path("message").asText()).as(r.toString()).contains(message);
        assertThat(error.path("hint").asText()).isNotBlank();
    }

    static byte[] settlement() {
        try {
            return java.nio.file.Files.readAllBytes(Path.of("samples/settlement/paper-boxes-claim.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
