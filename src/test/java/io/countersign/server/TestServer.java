package io.countersign.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.store.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A server started in this JVM on a free port, with an API key, and a client for it (java.net.http). */
public final class TestServer implements AutoCloseable {
    private final CountersignServer server;
    private final String key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final StringWriter log;

    private TestServer(CountersignServer server, String key, StringWriter log) {
        this.server = server;
        this.key = key;
        this.log = log;
    }

    /** Two render threads, the embedded database in {@code data}. */
    public static TestServer start(Path data) {
        return start(config(data));
    }

    public static ServerConfig config(Path data) {
        return ServerConfig.defaults(data).withPort(0).withRenderPool(2, 32, Duration.ofSeconds(120)).withBatchThreads(2);
    }

    public static TestServer start(ServerConfig config) {
        StringWriter log = new StringWriter();
        CountersignServer server = CountersignServer.start(config.withLog(new PrintWriter(log, true), false));
        String key = server.createKey("test-" + System.nanoTime());
        return new TestServer(server, key, log);
    }

    public CountersignServer server() {
        return server;
    }

    public String key() {
        return key;
    }

    /** What the server logged: faults (incidents) only. */
    public String log() {
        return log.toString();
    }

    public URI uri(String path) {
        return server.uri().resolve(path);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply get(String path, UnaryOperator<HttpRequest.Builder> more) {
        return send(more.apply(request(path).GET()));
    }

    public Reply head(String path) {
        return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply post(String path, Form form) {
        return post(path, form.contentType(), form.bytes());
    }

    /** A request with this server's key. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(180)).header("Authorization", "Bearer " + key);
    }

    public Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            try {
                return reply(http.send(built, HttpResponse.BodyHandlers.ofByteArray()));
            } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                // A pooled connection the server had just closed (after answering an unread body early): nothing
                // reached the server, so sending again on a new connection is what any client does.
                return reply(http.send(built, HttpResponse.BodyHandlers.ofByteArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply reply(HttpResponse<byte[]> r) {
        return new Reply(r.statusCode(), r.headers(), r.body());
    }

    @Override
    public void close() {
        server.close();
    }

    /** An answer: status, headers, body. */
    public record Reply(int status, HttpHeaders headers, byte[] body) {
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type") + " " + (text().length() > 2000 ? text().substring(0, 2000) + "…" : text());
        }
    }
}
