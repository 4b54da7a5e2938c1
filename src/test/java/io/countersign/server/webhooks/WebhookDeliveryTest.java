package io.countersign.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.Batches;
import io.countersign.server.Buyers;
import io.countersign.server.Form;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events reach the webhook of the key that issued the document, signed, and are tried again until
 * the receiver answers 2xx. Retries are in milliseconds here (base 20 ms, 500 ms per attempt).
 * Where nothing must arrive, a later event that must arrive is published behind it: deliveries of a
 * subscription go one at a time, oldest first, so the later one arriving first shows the first was never queued.
 */
class WebhookDeliveryTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path data;
    static TestServer server;
    static Hooks hooks;
    static String piId;
    static byte[] pdf;
    static Hooks other;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(data).withWebhooks(new WebhookSettings(Duration.ofMillis(20), 7, Duration.ofMillis(500))));
        hooks = Hooks.of(server);
        JsonNode pi = server.post("/api/v1/pi", Form.samplePi()).json();
        piId = pi.path("id").asText();
        pdf = server.get(pi.path("links").path("pdf").asText()).body();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void removeTheWebhooks() {
        hooks.delete();
        if (other != null) {
            other.delete();
        }
    }

    @Test
    void aStoredReturnIsDeliveredAsReturnReceivedSignedWithTheSecret() {
        try (Receiver erp = Receiver.start()) {
            hooks.subscribe(erp);
            byte[] signed = Buyers.fill(pdf, Map.of("KB-5A", "confirm", "KB-5B", "change"), "Mark Reynolds");

            assertThat(server.post("/api/v1/documents/" + piId + "/returns", "application/pdf", signed).status()).isEqualTo(201);

            Receiver.Received got = erp.next(WAIT);
            assertThat(got.signatureValid()).as("signature " + got.header("Countersign-Signature")).isTrue();
            JsonNode event = got.json();
            assertThat(got.header("Content-Type")).isEqualTo("application/json");
            assertThat(got.header("Countersign-Event")).isEqualTo("return.received");
            assertThat(got.header("Countersign-Delivery")).isEqualTo(event.path("id").asText()).startsWith("evt_");
            assertThat(event.path("type").asText()).isEqualTo("return.received");
            assertThat(event.path("documentId").asText()).isEqualTo(piId);
            assertThat(Instant.parse(event.path("createdAt").asText())).isBetween(Instant.now().minusSeconds(60), Instant.now());
            JsonNode d = event.path("data");
            assertThat(d.path("revision").asInt()).isEqualTo(1);
            assertThat(d.path("seq").asInt()).isEqualTo(1);
            assertThat(d.path("verdict").asText()).isEqualTo("CHANGES_REQUESTED");
            assertThat(d.path("status").asText()).isEqualTo("changes-requested");
            assertThat(d.path("confirmed").asInt()).isEqualTo(1);
            assertThat(d.path("changesRequested").asInt()).isEqualTo(1);
            assertThat(d.path("undecided").asInt()).isEqualTo(1);
            assertThat(d.path("signer").asText()).isEqualTo("Mark Reynolds");
            assertThat(d.path("document").asText()).isEqualTo("/api/v1/documents/" + piId);

            JsonNode delivered = hooks.delivery(event.path("id").asText(), x -> x.path("state").asText().equals("delivered"));
            assertThat(delivered.path("attempts").asInt()).isEqualTo(1);
            assertThat(delivered.path("lastStatus").asInt()).isEqualTo(200);
            assertThat(delivered.path("deliveredAt").asText()).endsWith("Z");
            assertThat(delivered.path("nextAttemptAt").isNull()).isTrue();

            // The same file again is the same return: no second event.
            assertThat(server.post("/api/v1/documents/" + piId + "/returns", "application/pdf", signed).status()).isEqualTo(200);
            server.server().webhooks().publish(piId, Webhooks.SIGNOFF_CHANGES_REQUESTED, Map.of("marker", true));
            assertThat(erp.next(WAIT).header("Countersign-Event")).isEqualTo("signoff.changes_requested");
        }
    }

    @Test
    void aReceiverAnswering500TwiceGetsTheSameDeliveryOnTheThirdAttempt() {
        try (Receiver erp = Receiver.start().answers(500, 503)) {
            hooks.subscribe(erp);

            server.server().webhooks().publish(piId, Webhooks.SIGNOFF_COMPLETED, Map.of("revision", 1));

            Receiver.Received first = erp.next(WAIT);
            Receiver.Received second = erp.next(WAIT);
            Receiver.Received third = erp.next(WAIT);
            assertThat(java.util.List.of(first.answered(), second.answered(), third.answered())).containsExactly(500, 503, 200);
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(third.body()).isEqualTo(first.body());
            assertThat(third.header("Countersign-Delivery")).isEqualTo(first.header("Countersign-Delivery"));
            assertThat(java.util.List.of(first, second, third)).allMatch(Receiver.Received::signatureValid);
            JsonNode d = hooks.delivery(first.header("Countersign-Delivery"), x -> x.path("state").asText().equals("delivered"));
            assertThat(d.path("attempts").asInt()).isEqualTo(3);
            assertThat(d.path("lastStatus").asInt()).isEqualTo(200);
            assertThat(d.path("type").asText()).isEqualTo("signoff.completed");
            assertThat(d.path("documentId").asText()).isEqualTo(piId);
        }
    }

    @Test
    void aReceiverThatIsDownGetsTheDeliveryOnceItIsUp() {
        Receiver probe = Receiver.start();
        int port = probe.port();
        probe.close();
        String secret = hooks.subscribe("http://127.0.0.1:" + port + "/hook", null);

        server.server().webhooks().publish(piId, Webhooks.SIGNOFF_COMPLETED, Map.of("revision", 1));

        JsonNode failing = hooks.newest(d -> d.path("attempts").asInt() >= 2);
        assertThat(failing.path("state").asText()).isEqualTo("pending");
        assertThat(failing.path("lastStatus").isNull()).isTrue();
        assertThat(failing.path("lastError").asText()).contains("cannot connect to 127.0.0.1:" + port);
        assertThat(failing.path("nextAttemptAt").asText()).endsWith("Z");
        try (Receiver erp = Receiver.start(port).knows(secret)) {
            Receiver.Received got = erp.next(WAIT);
            assertThat(got.signatureValid()).isTrue();
            assertThat(got.json().path("id").asText()).isEqualTo(failing.path("id").asText());
            JsonNode d = hooks.delivery(failing.path("id").asText(), x -> x.path("state").asText().equals("delivered"));
            assertThat(d.path("attempts").asInt()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aReceiverTooSlowToAnswerIsCutOffAndTriedAgain() {
        try (Receiver erp = Receiver.start().slow(Duration.ofMillis(1500), 1)) {
            hooks.subscribe(erp);

            server.server().webhooks().publish(piId, Webhooks.SIGNOFF_COMPLETED, Map.of("revision", 1));

            String id = erp.next(WAIT).header("Countersign-Delivery");
            JsonNode d = hooks.delivery(id, x -> x.path("state").asText().equals("delivered"));
            assertThat(d.path("attempts").asInt()).as("the slow attempt failed after 500 ms, the next one succeeded").isEqualTo(2);
        }
    }

    @Test
    void anotherKeysDocumentsDoNotReachThisKeysWebhook() {
        String otherKey = server.server().createKey("other-" + System.nanoTime());
        other = new Hooks(server, otherKey);
        try (Receiver mine = Receiver.start(); Receiver theirs = Receiver.start()) {
            hooks.subscribe(mine);
            other.subscribe(theirs);
            Reply settlement = server.send(other.request("/api/v1/settlements").header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(WebhookApiTest.settlement())));
            assertThat(settlement.status()).as(settlement.toString()).isEqualTo(201);
            String theirDocument = settlement.json().path("id").asText();

            server.server().webhooks().publish(theirDocument, Webhooks.SIGNOFF_COMPLETED, Map.of("n", 1));
            server.server().webhooks().publish(piId, Webhooks.SIGNOFF_COMPLETED, Map.of("n", 2));
            server.server().webhooks().publish(theirDocument, Webhooks.RETURN_RECEIVED, Map.of("n", 3));

            assertThat(mine.next(WAIT).json().path("data").path("n").asInt()).isEqualTo(2);
            Receiver.Received first = theirs.next(WAIT);
            assertThat(first.json().path("documentId").asText()).isEqualTo(theirDocument);
            assertThat(first.signatureValid()).isTrue();
            assertThat(theirs.next(WAIT).json().path("data").path("n").asInt()).as("the PI's event went elsewhere").isEqualTo(3);
            server.server().webhooks().publish(piId, Webhooks.RETURN_RECEIVED, Map.of("n", 4));
            assertThat(mine.next(WAIT).json().path("data").path("n").asInt()).as("the settlement's events went elsewhere").isEqualTo(4);
            assertThat(other.deliveries().findValuesAsText("documentId")).containsOnly(theirDocument);
        }
    }

    @Test
    void aBatchDocumentIsTheKeyThatPostedTheBatch() {
        try (Receiver erp = Receiver.start()) {
            hooks.subscribe(erp);
            Reply job = server.post("/api/v1/labels?issuedAt=2026-08-15", "application/zip", Batches.sampleZip());
            String document = Batches.await(server, job.header("Location")).path("links").path("document").asText();
            String batch = document.substring(document.lastIndexOf('/') + 1);
            assertThat(batch).matches("[0-9a-f]{16}");

            server.server().webhooks().publish(batch, Webhooks.SIGNOFF_COMPLETED, Map.of("n", 1));

            assertThat(erp.next(WAIT).json().path("documentId").asText()).isEqualTo(batch);
        }
    }

    @Test
    void eventsTheWebhookDoesNotWantAndDocumentsWithoutOwnerSendNothing() {
        try (Receiver erp = Receiver.start()) {
            hooks.subscribe(erp, "signoff.completed");
            int before = hooks.deliveries().size();

            server.server().webhooks().publish(piId, Webhooks.RETURN_RECEIVED, Map.of("n", 1));
            server.server().webhooks().publish(piId, Webhooks.SIGNOFF_CHANGES_REQUESTED, Map.of("n", 2));
            server.server().webhooks().publish("0123456789abcdef", Webhooks.SIGNOFF_COMPLETED, Map.of("n", 3));
            server.server().webhooks().publish(piId, Webhooks.SIGNOFF_COMPLETED, Map.of("n", 4));

            Receiver.Received got = erp.next(WAIT);
            assertThat(got.header("Countersign-Event")).isEqualTo("signoff.completed");
            assertThat(got.json().path("data").path("n").asInt()).isEqualTo(4);
            assertThat(hooks.deliveries().size()).isEqualTo(before + 1);
        }
    }
}
