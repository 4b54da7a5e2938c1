package io.countersign.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.server.TestServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same PI posted by many clients at once is one document, rendered and stored once. */
class ConcurrentPostsTest {
    @TempDir
    Path data;

    @Test
    void concurrentPostsOfTheSamePiGiveOneDocument() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            int clients = 8;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return server.post("/api/v1/pi", Form.samplePi());
                }));
            }
            go.countDown();
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> f : replies) {
                answers.add(f.get());
            }
            pool.shutdown();

            assertThat(answers).extracting(Reply::status).containsOnly(201, 200);
            assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(answers).extracting(r -> r.json().path("id").asText()).containsOnly(answers.get(0).json().path("id").asText());
            assertThat(server.get("/api/v1/documents").json().path("count").asInt()).isEqualTo(1);
            String id = answers.get(0).json().path("id").asText();
            assertThat(server.get("/api/v1/documents/" + id).json().path("history")).hasSize(1);
            byte[] pdf = server.get("/api/v1/documents/" + id + "/files/2026-0815-r1.pdf").body();
            assertThat(storedFilesOfSize(data, pdf.length)).as("the PDF is stored once").isEqualTo(1);
        }
    }

    private static long storedFilesOfSize(Path data, long size) throws Exception {
        try (Stream<Path> files = Files.walk(data.resolve("store"))) {
            return files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return Files.size(p) == size;
                } catch (java.io.IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
