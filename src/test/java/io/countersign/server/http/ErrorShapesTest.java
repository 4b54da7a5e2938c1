package io.countersign.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.Form;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import io.countersign.server.store.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error is RFC 9457 problem+json with the security headers — bad input, bad requests, missing
 * keys, unknown routes, oversized bodies, even what Jetty refuses before the API sees it — and bad
 * input is never a 500.
 */
class ErrorShapesTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(data).withLimits(new Limits(200_000, 100_000, 300_000, 50_000, 300_000)));
    }

    @AfterAll
    static void stop() {
        assertThat(server.log()).as("no request of these tests is a fault of the server").doesNotContain("incident");
        server.close();
    }

    static Stream<Arguments> badRequests() {
        byte[] yaml = "number: [unclosed\n".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("malformed YAML", post("/api/v1/pi", "application/yaml", yaml), 422, ":invalid-input"),
                Arguments.of("malformed JSON", post("/api/v1/pi", "application/json", "{\"number\": 1,,}".getBytes(StandardCharsets.UTF_8)), 422, ":invalid-input"),
                Arguments.of("not UTF-8", post("/api/v1/pi", "application/yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28}), 422, ":invalid-input"),
                Arguments.of("empty body", post("/api/v1/pi", "application/yaml", new byte[0]), 422, ":invalid-input"),
                Arguments.of("form-encoded body", post("/api/v1/pi", "application/x-www-form-urlencoded", yaml), 415, "about:blank"),
                Arguments.of("no content type", r("/api/v1/pi").POST(HttpRequest.BodyPublishers.ofByteArray(yaml)), 415, "about:blank"),
                Arguments.of("unknown parameter", post("/api/v1/pi?langauge=de", "application/yaml", yaml), 400, ":invalid-parameters"),
                Arguments.of("bad parameter values", post("/api/v1/pi?lang=fr&magnification=300&paper=A3&issuedAt=tomorrow", "application/yaml", yaml),
                        400, ":invalid-parameters"),
                Arguments.of("form without pi", post("/api/v1/pi", Form.of().field("x", "y")), 400, ":malformed-request"),
                Arguments.of("broken multipart", post("/api/v1/pi", "multipart/form-data; boundary=zzz", "--zzz\r\nnonsense".getBytes(StandardCharsets.UTF_8)),
                        400, ":malformed-request"),
                Arguments.of("picture part escaping", post("/api/v1/pi", Form.of().file("pi", "pi.yaml", "application/yaml", yaml)
                        .file("../etc/passwd", "x.jpg", "image/jpeg", new byte[] {1})), 400, ":malformed-request"),
                Arguments.of("settlement with bad figures", post("/api/v1/settlements", "application/yaml", "number: 1\n".getBytes(StandardCharsets.UTF_8)),
                        422, ":invalid-input"),
                Arguments.of("unknown document", r("/api/v1/documents/0123456789abcdef").GET(), 404, "about:blank"),
                Arguments.of("not a document id", r("/api/v1/documents/..%2F..%2Fetc").GET(), 404, "about:blank"),
                Arguments.of("unknown job", r("/api/v1/jobs/00000000-0000-0000-0000-000000000000").GET(), 404, "about:blank"),
                Arguments.of("unknown route", r("/api/v1/nothing").GET(), 404, "about:blank"),
                Arguments.of("unknown route outside the API", r("/index.html").GET(), 404, "about:blank"),
                Arguments.of("return to an unknown document", post("/api/v1/documents/0123456789abcdef/returns", "application/pdf", new byte[] {1}),
                        404, "about:blank"),
                Arguments.of("labels not a zip", post("/api/v1/labels", "application/zip", "PK-not really".getBytes(StandardCharsets.UTF_8)), 422, ":bad-upload"),
                Arguments.of("labels as text", post("/api/v1/labels", "text/plain", yaml), 415, "about:blank"),
                Arguments.of("bad document query", r("/api/v1/documents?status=lost&limit=0").GET(), 400, ":invalid-parameters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestsAreProblemsWithTheirStatus(String what, HttpRequest.Builder request, int status, String type) {
        Reply r = server.send(request);

        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertProblem(r, status);
        assertThat(r.json().path("type").asText()).endsWith(type);
    }

    @Test
    void badInputListsEveryProblemWithItsPlaceAndHint() {
        Reply r = server.post("/api/v1/pi", "application/yaml", "number: \"X\"\nrevision: 0\ncurrncy: USD\n".getBytes(StandardCharsets.UTF_8));

        JsonNode errors = r.json().path("errors");
        assertThat(errors.size()).isGreaterThan(2);
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path("path").asText()).isEqualTo("currncy");
            assertThat(e.path("line").asInt()).isEqualTo(3);
            assertThat(e.path("column").asInt()).isEqualTo(1);
            assertThat(e.path("hint").asText()).contains("did you mean \"currency\"");
            assertThat(e.path("text").asText()).startsWith("pi.yaml:3:1: currncy: unknown field");
        });
        assertThat(r.json().path("detail").asText()).matches("\\d+ problems in pi.yaml");
    }

    @Test
    void queryProblemsNameTheParameterAndTheFix() {
        Reply r = server.post("/api/v1/pi?lang=fr&magnification=300", "application/yaml", new byte[] {'a'});

        assertThat(r.json().path("errors").findValuesAsText("path")).containsExactly("lang", "magnification");
        assertThat(r.json().path("errors").get(1).path("hint").asText()).isEqualTo("give a whole number from 80 to 200");
    }

    @Test
    void withoutAKeyTheApiAnswers401WithAChallenge() {
        Reply none = server.send(HttpRequest.newBuilder(server.uri("/api/v1/documents")).GET());
        Reply wrong = server.send(HttpRequest.newBuilder(server.uri("/api/v1/documents")).header("Authorization", "Bearer cs_nope").GET());
        Reply basic = server.send(HttpRequest.newBuilder(server.uri("/api/v1/documents")).header("Authorization", "Basic YTpi").GET());

        assertThat(none.status()).isEqualTo(401);
        assertProblem(none, 401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"countersign\"");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void aRequestWithoutAKeyIsNotHandled() {
        Reply r = server.send(HttpRequest.newBuilder(server.uri("/api/v1/pi")).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString("number: x")));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().has("errors")).as("the body was not read").isFalse();
    }

    @Test
    void healthAndTheApiDescriptionNeedNoKey() {
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/health")).GET()).status()).isEqualTo(200);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/openapi.json")).GET()).status()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        String response = raw("POST /api/v1/pi HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + server.key()
                + "\r\nContent-Type: application/yaml\r\nContent-Length: 900000000\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).contains("Content-Type: application/problem+json").contains("X-Content-Type-Options: nosniff");
        assertThat(response).contains("larger than the limit");
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOff() {
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Reply r = server.send(server.request("/api/v1/pi").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));

        assertThat(r.status()).isEqualTo(413);
        assertProblem(r, 413);
    }

    @Test
    void aFormOverTheLimitIs413() {
        Reply r = server.post("/api/v1/pi", Form.of().file("pi", "pi.yaml", "application/yaml", "a: 1".getBytes(StandardCharsets.UTF_8))
                .file("images/big.jpg", "big.jpg", "image/jpeg", new byte[150_000]));

        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertProblem(r, 413);
    }

    @Test
    void whatJettyRefusesItselfIsProblemJsonToo() throws IOException {
        String hugeHeader = raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n");
        String badLine = raw("GARBAGE\r\n\r\n");

        assertThat(hugeHeader).startsWith("HTTP/1.1 431").contains("application/problem+json").doesNotContain("<html");
        assertThat(badLine).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
    }

    static void assertProblem(Reply r, int status) {
        assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
        JsonNode p = r.json();
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).isNotBlank();
        assertThat(p.path("type").asText()).matches("about:blank|tag:countersign\\.io,2026:problem:[a-z-]+");
        assertThat(r.text()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static HttpRequest.Builder r(String path) {
        return server.request(path);
    }

    private static HttpRequest.Builder post(String path, String type, byte[] body) {
        return server.request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static HttpRequest.Builder post(String path, Form form) {
        return post(path, form.contentType(), form.bytes());
    }

    /** Sends bytes as they are, for requests java.net.http will not make, and reads the answer's head and body. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.server().port())) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[65536];
            StringBuilder sb = new StringBuilder();
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sb.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    if (sb.indexOf("\r\n\r\n") > 0 && sb.indexOf("}") > 0) {
                        break;
                    }
                }
            } catch (java.net.SocketException e) {
                // the server may close after answering
            }
            return sb.toString();
        }
    }

    @SuppressWarnings("unused")
    private static JsonNode parse(String s) throws IOException {
        return Json.MAPPER.readTree(s);
    }
}
