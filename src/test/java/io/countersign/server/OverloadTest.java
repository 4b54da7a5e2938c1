package io.countersign.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.server.TestServer.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beyond its render queue the server answers 503 with Retry-After at once, stores nothing half, and recovers; a render past its time is cut off. */
class OverloadTest {
    @TempDir
    Path data;

    @Test
    void beyondTheQueueRequestsAreTurnedAwayQuicklyAndNothingIsHalfStored() throws Exception {
        try (TestServer server = TestServer.start(TestServer.config(data).withRenderPool(1, 1, Duration.ofSeconds(120)))) {
            int clients = 12;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Timed>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String number = "LOAD-" + i;
                replies.add(pool.submit(() -> {
                    go.await();
                    long t = System.nanoTime();
                    Reply r = server.post("/api/v1/pi", Form.samplePi(y -> y.replace("\"2026-0815\"", "\"" + number + "\"")));
                    return new Timed(r, (System.nanoTime() - t) / 1_000_000);
                }));
            }
            go.countDown();
            List<Timed> timed = new ArrayList<>();
            for (Future<Timed> f : replies) {
                timed.add(f.get());
            }
            pool.shutdown();
            List<Reply> answers = timed.stream().map(Timed::reply).toList();

            List<Reply> busy = answers.stream().filter(r -> r.status() == 503).toList();
            List<Reply> issued = answers.stream().filter(r -> r.status() == 201).toList();
            assertThat(answers).extracting(Reply::status).containsOnly(201, 503);
            assertThat(busy).as("one renders, one waits, the rest are turned away").isNotEmpty();
            assertThat(timed).filteredOn(t -> t.reply().status() == 503).allSatisfy(t -> assertThat(t.millis())
                    .as("turned away without waiting for a render").isLessThan(3_000));
            assertThat(busy).allSatisfy(r -> {
                assertThat(r.header("Retry-After")).matches("[1-9][0-9]*");
                assertThat(r.json().path("type").asText()).endsWith(":server-busy");
            });
            assertThat(server.get("/api/v1/documents").json().path("count").asInt()).as("every 201 is registered, nothing else")
                    .isEqualTo(issued.size());
            Reply later = server.post("/api/v1/pi", Form.samplePi(y -> y.replace("\"2026-0815\"", "\"LOAD-LATER\"")));
            assertThat(later.status()).as("the server recovers").isEqualTo(201);
        }
    }

    private record Timed(Reply reply, long millis) {
    }

    @Test
    void aRenderThatRunsTooLongIsCutOffWithAClearErrorAndNothingIsRegistered() {
        try (TestServer server = TestServer.start(TestServer.config(data).withRenderPool(1, 4, Duration.ofMillis(5)))) {
            Reply r = server.post("/api/v1/pi", Form.samplePi());

            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().path("type").asText()).endsWith(":render-timeout");
            assertThat(r.json().path("detail").asText()).contains("took longer than 0.005 s and was stopped; nothing was stored");
            assertThat(server.get("/api/v1/documents").json().path("count").asInt()).isZero();
        }
    }
}
