package io.countersign.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.BuyerSession;
import io.countersign.server.Form;
import io.countersign.server.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finished online sign-off reaches the issuing key's webhook, signed: completed, and changes requested with the notes. */
class SignoffWebhookTest {
    @TempDir
    Path data;

    @Test
    void aFinishWithAChangeSendsCompletedAndChangesRequested() {
        try (TestServer server = TestServer.start(data); Receiver receiver = Receiver.start()) {
            Hooks.of(server).subscribe(receiver);
            String doc = server.post("/api/v1/pi", Form.samplePi()).json().path("id").asText();
            TestServer.Reply link = server.post("/api/v1/documents/" + doc + "/signoff-links", "application/json",
                    "{\"recipient\": \"anna@buyer.example\"}".getBytes(StandardCharsets.UTF_8));
            BuyerSession buyer = new BuyerSession(server, link.json().path("url").asText());
            List<String> points = buyer.points(buyer.open());
            buyer.decide(points.get(0), "confirm", "");
            buyer.decide(points.get(1), "change", "the dots are to be blue");
            buyer.decide(points.get(2), "confirm", "");
            assertThat(receiver.count()).as("nothing is sent before the finish").isZero();
            assertThat(buyer.finish("Anna Buyer").status()).isEqualTo(303);

            Receiver.Received first = receiver.next(Duration.ofSeconds(30));
            Receiver.Received second = receiver.next(Duration.ofSeconds(30));
            List<Receiver.Received> both = List.of(first, second);
            assertThat(both).allMatch(Receiver.Received::signatureValid);
            JsonNode completed = both.stream().map(Receiver.Received::json).filter(j -> j.path("type").asText().equals("signoff.completed"))
                    .findFirst().orElseThrow();
            assertThat(completed.path("documentId").asText()).isEqualTo(doc);
            assertThat(completed.path("data").path("signer").asText()).isEqualTo("Anna Buyer");
            assertThat(completed.path("data").path("verdict").asText()).isEqualTo("CHANGES_REQUESTED");
            assertThat(completed.path("data").path("confirmed").asInt()).isEqualTo(2);
            JsonNode changes = both.stream().map(Receiver.Received::json)
                    .filter(j -> j.path("type").asText().equals("signoff.changes_requested")).findFirst().orElseThrow();
            assertThat(changes.path("data").path("points").get(0).path("note").asText()).isEqualTo("the dots are to be blue");
            assertThat(server.get(completed.path("data").path("certificate").asText()).status()).isEqualTo(200);
        }
    }
}
