package io.countersign.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.TestServer;
import io.countersign.server.TestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settlement agreements: figures in the answer, the PDF registered, and signing through the server's configured key. */
class SettlementApiTest {
    @TempDir
    Path data;

    @Test
    void anAgreementIsIssuedWithItsFiguresAndIsUnsignedWithoutAKey() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            Reply r = server.post("/api/v1/settlements", "application/yaml", Files.readAllBytes(Path.of("samples/settlement/paper-boxes-claim.yaml")));

            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            JsonNode n = r.json();
            assertThat(n.path("kind").asText()).isEqualTo("settlement");
            assertThat(n.path("number").asText()).isEqualTo("ST-2026-0815-1");
            assertThat(n.path("pi").asText()).isEqualTo("2026-0815");
            assertThat(n.path("po").asText()).isEqualTo("PO-44817");
            assertThat(n.path("signed").asBoolean()).isFalse();
            assertThat(n.path("figures").path("currency").asText()).isEqualTo("USD");
            assertThat(n.path("figures").path("totalLoss").asText()).matches("\\d+\\.\\d{2}");
            byte[] pdf = server.get(n.path("links").path("pdf").asText()).body();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(server.get("/api/v1/documents?pi=2026-0815").json().path("documents").findValuesAsText("kind")).contains("settlement");
            Reply again = server.post("/api/v1/settlements", "application/yaml", Files.readAllBytes(Path.of("samples/settlement/paper-boxes-claim.yaml")));
            assertThat(again.status()).isEqualTo(200);

            Reply sign = server.post("/api/v1/settlements?sign=true", "application/yaml",
                    Files.readString(Path.of("samples/settlement/paper-boxes-claim.yaml")).replace("ST-2026-0815-1", "ST-2").getBytes(StandardCharsets.UTF_8));
            assertThat(sign.status()).isEqualTo(409);
            assertThat(sign.json().path("type").asText()).endsWith(":no-signing-key");
        }
    }

    @Test
    void withASignerConfiguredAgreementsAreSignedUnlessTheRequestSaysNot() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        byte[] mark = "\n% signed by the test signer\n".getBytes(StandardCharsets.US_ASCII);
        io.countersign.server.PdfSigner signer = (pdf, reason) -> {
            calls.incrementAndGet();
            byte[] signed = java.util.Arrays.copyOf(pdf, pdf.length + mark.length);
            System.arraycopy(mark, 0, signed, pdf.length, mark.length);
            return signed;
        };
        try (TestServer server = TestServer.start(TestServer.config(data).withSigner(signer))) {
            String yaml = Files.readString(Path.of("samples/settlement/paper-boxes-claim.yaml"));

            Reply signed = server.post("/api/v1/settlements", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
            Reply unsigned = server.post("/api/v1/settlements?sign=false", "application/yaml",
                    yaml.replace("ST-2026-0815-1", "ST-3").getBytes(StandardCharsets.UTF_8));

            assertThat(signed.json().path("signed").asBoolean()).isTrue();
            assertThat(server.get(signed.json().path("links").path("pdf").asText()).text()).endsWith("% signed by the test signer\n");
            assertThat(unsigned.json().path("signed").asBoolean()).isFalse();
            assertThat(calls.get()).isEqualTo(1);
        }
    }
}
