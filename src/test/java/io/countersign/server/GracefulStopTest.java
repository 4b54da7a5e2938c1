package io.countersign.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.server.TestServer.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server lets a render that is running finish and be answered and registered; what comes after is refused. */
class GracefulStopTest {
    @TempDir
    Path data;

    @Test
    void aRenderRunningWhenTheServerStopsIsFinishedAndKept() throws Exception {
        ServerConfig config = TestServer.config(data).withRenderPool(1, 4, Duration.ofSeconds(120));
        TestServer server = TestServer.start(config);
        // Threads of their own: on a 2-core machine the common pool has one, and the stop must overlap the post.
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<Reply> posting = CompletableFuture.supplyAsync(() -> server.post("/api/v1/pi", Form.samplePi()), threads);
        while (server.get("/health").json().path("renders").path("inProgress").asInt() == 0 && !posting.isDone()) {
            Thread.sleep(2);
        }

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close, threads);
        Reply answer = posting.get();
        stopping.get();
        threads.shutdown();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        try (TestServer again = TestServer.start(config)) {
            assertThat(again.get(answer.json().path("links").path("self").asText()).status()).isEqualTo(200);
        }
    }
}
