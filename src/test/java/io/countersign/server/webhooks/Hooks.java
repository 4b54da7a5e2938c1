package io.countersign.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A client of one key's webhook endpoints. */
record Hooks(TestServer server, String key) {
    static final String PATH = "/api/v1/webhook";

    static Hooks of(TestServer server) {
        return new Hooks(server, server.key());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + key);
    }

    Reply put(String json) {
        return server.send(request(PATH).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Sets the webhook to {@code receiver} and tells it the secret; all events, or those given. */
    String subscribe(Receiver receiver, String... events) {
        return subscribe(receiver.url(), receiver, events);
    }

    String subscribe(String url, Receiver receiver, String... events) {
        String list = events.length == 0 ? "" : ", \"events\": [\"" + String.join("\", \"", events) + "\"]";
        Reply r = put("{\"url\": \"" + url + "\"" + list + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String secret = r.json().path("secret").asText();
        if (receiver != null) {
            receiver.knows(secret);
        }
        return secret;
    }

    Reply get() {
        return server.send(request(PATH).GET());
    }

    Reply delete() {
        return server.send(request(PATH).DELETE());
    }

    JsonNode deliveries() {
        Reply r = server.send(request(PATH + "/deliveries").GET());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("deliveries");
    }

    /** The delivery of event {@code id} once it fits {@code until} (waits up to 30 s). */
    JsonNode delivery(String id, Predicate<JsonNode> until) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            for (JsonNode d : deliveries()) {
                if (d.path("id").asText().equals(id)) {
                    last = d;
                    if (until.test(d)) {
                        return d;
                    }
                }
            }
            sleep(20);
        }
        throw new AssertionError("delivery " + id + " did not get there in 30 s; last seen: " + last);
    }

    /** The newest delivery, once there is one that fits {@code until}. */
    JsonNode newest(Predicate<JsonNode> until) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode all = deliveries();
            if (all.size() > 0 && until.test(all.get(0))) {
                return all.get(0);
            }
            sleep(20);
        }
        throw new AssertionError("no delivery got there in 30 s: " + deliveries());
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
