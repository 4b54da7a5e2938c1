package io.countersign.server.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.Countersign;
import io.countersign.server.BuyerSession;
import io.countersign.server.Form;
import io.countersign.server.PdfSigner;
import io.countersign.server.TestServer;
import io.countersign.server.store.DatabaseSettings;
import io.countersign.server.store.TestDatabases;
import io.countersign.signing.DocMdp;
import io.countersign.signing.SignatureReport;
import io.countersign.signing.SignatureReportText;
import io.countersign.signing.SigningRequest;
import io.countersign.signing.VerifyOptions;
import io.countersign.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Online sign-off over HTTP as a browser without script meets it, and as hand-made requests try to get around it. */
class OnlineSignoffTest {
    @TempDir
    Path data;

    private static final String BUYER = "anna@buyer.example";

    private DatabaseSettings db;

    @Test
    void aLinkGivesItsTokenOnceAndANewLinkForTheSameContactRevokesTheOld() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            String doc = postPi(server);
            JsonNode first = link(server, doc, "{\"recipient\": \"" + BUYER + "\"}");
            assertThat(first.path("token").asText()).matches("[A-Za-z0-9_-]{43}"); // 256 bits, base64url
            assertThat(first.path("url").asText()).isEqualTo(server.uri("/s/" + first.path("token").asText()).toString());
            assertThat(first.path("status").asText()).isEqualTo("active");

            JsonNode second = link(server, doc, "{\"recipient\": \"" + BUYER + "\", \"validDays\": 30}");
            assertThat(second.path("replaced").get(0).asText()).isEqualTo(first.path("id").asText());
            assertThat(new BuyerSession(server, first.path("url").asText()).open().status()).isEqualTo(410);
            assertThat(new BuyerSession(server, second.path("url").asText()).open().status()).isEqualTo(200);

            TestServer.Reply list = server.get("/api/v1/documents/" + doc + "/signoff-links");
            assertThat(list.text()).doesNotContain(first.path("token").asText()).doesNotContain(second.path("token").asText());
            assertThat(list.json().path("links")).extracting(l -> l.path("id").asText() + " " + l.path("status").asText())
                    .containsExactlyInAnyOrder(first.path("id").asText() + " revoked", second.path("id").asText() + " active");
            try (Connection c = h2()) {
                var rs = c.createStatement().executeQuery("SELECT token_sha256 FROM signoff_links");
                while (rs.next()) {
                    assertThat(rs.getString(1)).matches("[0-9a-f]{64}").isNotEqualTo(second.path("token").asText());
                }
            }
        }
    }

    @Test
    void linksPointAtThePublicAddressWhenOneIsConfigured() {
        try (TestServer server = TestServer.start(TestServer.config(data).withPublicUrl(java.net.URI.create("https://signoff.example.com")))) {
            JsonNode link = link(server, postPi(server), "{\"recipient\": \"" + BUYER + "\"}");
            assertThat(link.path("url").asText()).isEqualTo("https://signoff.example.com/s/" + link.path("token").asText());
        }
    }

    @Test
    void badLinkRequestsAreAnsweredWithEveryProblemLocated() {
        try (TestServer server = TestServer.start(data)) {
            String doc = postPi(server);
            TestServer.Reply r = server.post("/api/v1/documents/" + doc + "/signoff-links", "application/json",
                    "{\"recipient\": \"not an address\", \"validDays\": 400, \"cc\": \"x\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.text()).contains("recipient", "validDays", "unknown field cc");

            TestServer.Reply notJson = server.post("/api/v1/documents/" + doc + "/signoff-links", "application/json", "{".getBytes());
            assertThat(notJson.status()).isEqualTo(400);
            TestServer.Reply noDoc = server.post("/api/v1/documents/0123456789abcdef/signoff-links", "application/json",
                    ("{\"recipient\": \"" + BUYER + "\"}").getBytes());
            assertThat(noDoc.status()).isEqualTo(404);

            byte[] claim = Files.readAllBytes(Path.of("samples/settlement/paper-boxes-claim.yaml"));
            String settlement = server.post("/api/v1/settlements", "application/yaml", claim).json().path("id").asText();
            TestServer.Reply notPi = server.post("/api/v1/documents/" + settlement + "/signoff-links", "application/json",
                    ("{\"recipient\": \"" + BUYER + "\"}").getBytes());
            assertThat(notPi.status()).isEqualTo(409);
            assertThat(notPi.json().path("type").asText()).endsWith(":not-a-pi");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theServerRefusesToFinishWhilePointsAreUndecidedWhateverTheRequestSays() {
        try (TestServer server = TestServer.start(data)) {
            String doc = postPi(server);
            BuyerSession buyer = new BuyerSession(server, link(server, doc, "{\"recipient\": \"" + BUYER + "\"}").path("url").asText());
            TestServer.Reply page = buyer.open();
            List<String> points = buyer.points(page);
            assertThat(points).hasSize(3);
            assertThat(page.text()).contains("0 of 3 decided").containsPattern("<button type=\"submit\" disabled=\"disabled\">Finish sign-off");

            assertThat(buyer.decide(points.get(0), "confirm", "").status()).isEqualTo(303);
            assertThat(buyer.decide(points.get(1), "confirm", "").status()).isEqualTo(303);
            // A hand-made finish, the third point never decided, with every field a browser would send and some it would not.
            TestServer.Reply early = buyer.post("/complete", Map.of("csrf", buyer.csrf(), "name", "Anna Buyer", "decided", "3",
                    "decision", "confirm", "point", points.get(2)), false);
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.text()).contains("1 of 3 points are not decided yet", "100236 = KB-3C");
            TestServer.Reply earlyJson = buyer.post("/complete", Map.of("csrf", buyer.csrf(), "name", "Anna Buyer"), true);
            assertThat(earlyJson.status()).isEqualTo(409);
            assertThat(earlyJson.json().path("error").asText()).contains("not decided yet");

            JsonNode links = server.get("/api/v1/documents/" + doc + "/signoff-links").json().path("links");
            assertThat(links.get(0).path("status").asText()).isEqualTo("active");
            assertThat(server.get("/api/v1/documents/" + doc).json().path("status").asText()).isEqualTo("issued");
            assertThat(types(server, doc)).containsSubsequence("decision", "decision", "completion.refused", "completion.refused");
        }
    }

    @Test
    void twoFinishesAtOnceCompleteTheSignOffOnce() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            String doc = postPi(server);
            BuyerSession buyer = new BuyerSession(server, link(server, doc, "{\"recipient\": \"" + BUYER + "\"}").path("url").asText());
            for (String point : buyer.points(buyer.open())) {
                buyer.decide(point, "confirm", "");
            }
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = pool.submit(() -> buyer.finish("Anna Buyer").status());
                var b = pool.submit(() -> buyer.finish("Anna Buyer").status());
                assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(303, 409);
            } finally {
                pool.shutdown();
            }
            assertThat(types(server, doc).stream().filter(t -> t.equals("completed"))).hasSize(1);
            JsonNode returns = server.get("/api/v1/documents/" + doc).json().path("revisions").get(0).path("returns");
            assertThat(returns).hasSize(1);
            assertThat(returns.get(0).path("verdict").asText()).isEqualTo("CONFIRMED");
            assertThat(returns.get(0).path("links").path("returned").asText()).contains("-online-").endsWith(".pdf");
            assertThat(returns.get(0).path("links").path("report").asText()).endsWith("-report.json");
            assertThat(server.get(returns.get(0).path("links").path("report").asText()).json().path("verdict").asText()).isEqualTo("CONFIRMED");
        }
    }

    @Test
    void formsWithoutThePagesCsrfValueOrCookieAreRefused() {
        try (TestServer server = TestServer.start(data)) {
            String doc = postPi(server);
            String url = link(server, doc, "{\"recipient\": \"" + BUYER + "\"}").path("url").asText();
            BuyerSession buyer = new BuyerSession(server, url);
            List<String> points = buyer.points(buyer.open());
            TestServer.Reply forged = buyer.post("/decide", Map.of("csrf", "forged", "point", points.get(0), "decision", "confirm"), false);
            assertThat(forged.status()).isEqualTo(403);
            assertThat(forged.header("Content-Type")).startsWith("text/html");
            // Another browser (no cookie) sending the first one's form value.
            BuyerSession stranger = new BuyerSession(server, url);
            TestServer.Reply noCookie = stranger.post("/decide", Map.of("csrf", buyer.csrf(), "point", points.get(0), "decision", "confirm"), false);
            assertThat(noCookie.status()).isEqualTo(403);
            assertThat(server.get("/api/v1/documents/" + doc + "/signoff-links").json().path("links").get(0).path("decided").asInt()).isZero();
        }
    }

    @Test
    void revokedExpiredAndUnknownLinksOpenNothing() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-01T09:00:00Z"));
        try (TestServer server = TestServer.start(TestServer.config(data).withClock(clock))) {
            String doc = postPi(server);
            JsonNode revoked = link(server, doc, "{\"recipient\": \"a@buyer.example\"}");
            BuyerSession a = new BuyerSession(server, revoked.path("url").asText());
            List<String> points = a.points(a.open());
            TestServer.Reply revoke = server.send(server.request("/api/v1/documents/" + doc + "/signoff-links/" + revoked.path("id").asText())
                    .DELETE());
            assertThat(revoke.json().path("status").asText()).isEqualTo("revoked");
            TestServer.Reply gone = a.open();
            assertThat(gone.status()).isEqualTo(410);
            assertThat(gone.text()).contains("withdrawn by the seller").doesNotContain("KB-5A");
            assertThat(a.decide(points.get(0), "confirm", "").status()).isEqualTo(410);

            BuyerSession b = new BuyerSession(server, link(server, doc, "{\"recipient\": \"b@buyer.example\", \"validDays\": 2}")
                    .path("url").asText());
            assertThat(b.open().status()).isEqualTo(200);
            clock.advance(Duration.ofDays(2).plusSeconds(1));
            TestServer.Reply expired = b.open();
            assertThat(expired.status()).isEqualTo(410);
            assertThat(expired.text()).contains("has expired");
            assertThat(b.get("/pictures/" + "0".repeat(64)).status()).isEqualTo(410);

            BuyerSession unknown = new BuyerSession(server, server.uri("/s/" + "A".repeat(43)).toString());
            assertThat(unknown.open().status()).isEqualTo(404);
            assertThat(new BuyerSession(server, server.uri("/s/short").toString()).open().status()).isEqualTo(404);
        }
    }

    @Test
    void aFinishedSignOffIsTheDocumentsReportWithASealedCertificate() throws Exception {
        TestPki pki = TestPki.get();
        try (TestServer server = TestServer.start(TestServer.config(data).withSigner(sealer(pki)))) {
            String doc = postPi(server);
            BuyerSession buyer = new BuyerSession(server, link(server, doc, "{\"recipient\": \"" + BUYER + "\"}").path("url").asText());
            List<String> points = buyer.points(buyer.open());
            buyer.decide(points.get(0), "change", "");
            assertThat(buyer.decideJson(points.get(0), "confirm", "").json().path("progress").asText()).isEqualTo("1 of 3 decided");
            buyer.decide(points.get(1), "confirm", "");
            JsonNode last = buyer.decideJson(points.get(2), "change", "print the dots in blue").json();
            assertThat(last.path("decided").asInt()).isEqualTo(3);
            assertThat(server.get("/api/v1/documents/" + doc + "/signoff-links").json().path("links").get(0).path("decided").asInt())
                    .as("the listing counts them too").isEqualTo(3);

            TestServer.Reply finished = buyer.finish("Anna Buyer");
            assertThat(finished.status()).isEqualTo(303);
            TestServer.Reply page = buyer.open();
            assertThat(page.text()).contains("Signed off by Anna Buyer", "print the dots in blue").doesNotContain("name=\"decision\"");

            JsonNode document = server.get("/api/v1/documents/" + doc).json();
            assertThat(document.path("status").asText()).isEqualTo("changes-requested");
            assertThat(document.path("points")).extracting(p -> p.path("status").asText())
                    .containsExactly("confirmed", "confirmed", "change-requested");
            JsonNode link = server.get("/api/v1/documents/" + doc + "/signoff-links").json().path("links").get(0);
            assertThat(link.path("status").asText()).isEqualTo("completed");
            assertThat(link.path("signerName").asText()).isEqualTo("Anna Buyer");

            byte[] certificate = buyer.get("/certificate.pdf").body();
            assertThat(server.get(link.path("certificate").asText()).body()).isEqualTo(certificate);
            SignatureReport seal = Countersign.verify(certificate, "certificate.pdf", VerifyOptions.trusting(List.of(pki.ca.certificate())));
            assertThat(seal.verified()).as(SignatureReportText.of(seal)).isTrue();
            assertThat(seal.signatures().get(0).certification()).hasValueSatisfying(p -> assertThat(p.p()).isEqualTo(1));
            byte[] issued = server.get("/api/v1/documents/" + doc + "/files/2026-0815-r1.pdf").body();
            assertThat(io.countersign.core.Sha256.hex(issued)).isEqualTo(document.path("revisions").get(0).path("files").get(0).path("sha256").asText());

            // Finished is final: a late change of mind and a second finish are refused, the trail says what happened.
            assertThat(buyer.decide(points.get(2), "confirm", "").status()).isEqualTo(409);
            assertThat(buyer.finish("Someone Else").status()).isEqualTo(409);
            assertThat(types(server, doc)).containsSubsequence("link.created", "view", "decision", "decision.changed", "decision", "decision",
                    "completed");
            JsonNode audit = server.get("/api/v1/documents/" + doc + "/audit").json();
            assertThat(audit.path("intact").asBoolean()).isTrue();
            JsonNode changed = StreamSupport.stream(audit.path("events").spliterator(), false)
                    .filter(e -> e.path("type").asText().equals("decision.changed")).findFirst().orElseThrow();
            assertThat(changed.path("value").asText()).isEqualTo("CONFIRMED");
            assertThat(changed.path("userAgent").asText()).isEqualTo("Mozilla/5.0 (test buyer)");
            assertThat(changed.path("ip").asText()).isEqualTo("127.0.0.1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anAuditRowEditedOrRemovedInTheDatabaseIsFound(String kind) throws Exception {
        db = TestDatabases.fresh(kind, data);
        try (TestServer server = TestServer.start(TestServer.config(data).withDatabase(db))) {
            String doc = postPi(server);
            BuyerSession buyer = new BuyerSession(server, link(server, doc, "{\"recipient\": \"" + BUYER + "\"}").path("url").asText());
            List<String> points = buyer.points(buyer.open());
            buyer.decide(points.get(0), "change", "wrong colour");
            buyer.decide(points.get(1), "confirm", "");
            buyer.decide(points.get(1), "change", "再确认颜色");
            JsonNode before = server.get("/api/v1/documents/" + doc + "/audit").json();
            assertThat(before.path("intact").asBoolean()).isTrue();
            assertThat(before.path("events").findValuesAsText("value")).contains("CHANGE_REQUESTED: 再确认颜色");

            try (Connection c = connect(db)) {
                c.createStatement().executeUpdate("UPDATE audit_events SET event_value = 'CONFIRMED' WHERE event_type = 'decision'"
                        + " AND event_value LIKE 'CHANGE_REQUESTED%'");
            }
            JsonNode audit = server.get("/api/v1/documents/" + doc + "/audit").json();
            assertThat(audit.path("intact").asBoolean()).isFalse();
            assertThat(audit.path("brokenAt").asLong()).isEqualTo(3);
            assertThat(audit.path("finding").asText()).isEqualTo("row 3 was changed after it was recorded");

            try (Connection c = connect(db)) {
                c.createStatement().executeUpdate("DELETE FROM audit_events WHERE seq = 3");
            }
            assertThat(server.get("/api/v1/documents/" + doc + "/audit").json().path("finding").asText())
                    .isEqualTo("row 3 is missing (the next row is 4)");
        }
    }

    @AfterEach
    void drop() {
        if (db != null) {
            TestDatabases.drop(db);
        }
    }

    private static Connection connect(DatabaseSettings settings) throws Exception {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    private Connection h2() throws Exception {
        return connect(DatabaseSettings.embedded(data));
    }

    private static List<String> types(TestServer server, String doc) {
        return StreamSupport.stream(server.get("/api/v1/documents/" + doc + "/audit").json().path("events").spliterator(), false)
                .map(e -> e.path("type").asText()).toList();
    }

    /** Seals as {@code serve --sign-key} does: a certification allowing no changes, with the test PKI's seller key. */
    static PdfSigner sealer(TestPki pki) {
        return (pdf, reason) -> Countersign.sign(pdf, pki.seller.signingKey(),
                SigningRequest.approval().withCertification(DocMdp.NO_CHANGES).withReason(reason)).pdf();
    }

    static String postPi(TestServer server) {
        TestServer.Reply r = server.post("/api/v1/pi", Form.samplePi());
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.json().path("id").asText();
    }

    static JsonNode link(TestServer server, String doc, String json) {
        TestServer.Reply r = server.post("/api/v1/documents/" + doc + "/signoff-links", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
