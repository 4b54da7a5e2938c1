package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.server.TestServer;
import io.countersign.testing.CliRun;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void createKeyPrintsANewKeyOnceThatTheServerThenAccepts() {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--create-key", "erp");

        assertThat(run.exit()).as(run.err()).isZero();
        String key = run.out().strip();
        assertThat(key).matches("cs_[A-Za-z0-9_-]{43}");
        assertThat(run.err()).contains("shown only now");
        try (TestServer server = TestServer.start(data)) {
            var reply = server.send(HttpRequest.newBuilder(server.uri("/api/v1/documents")).header("Authorization", "Bearer " + key).GET());
            assertThat(reply.status()).isEqualTo(200);
        }
    }

    @Test
    void aSecondKeyOfTheSameNameIsRefused() {
        CliRun.of("serve", "--data", data.toString(), "--create-key", "erp");

        CliRun again = CliRun.of("serve", "--data", data.toString(), "--create-key", "erp");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("a key named erp exists already");
    }

    @Test
    void aDatabaseOtherThanH2OrPostgresqlIsUnusable() {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--db", "jdbc:mysql://localhost/x", "--create-key", "a");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--db: the database must be H2 (jdbc:h2:…) or PostgreSQL");
    }

    @Test
    void aPublicUrlMustBeAnHttpOrigin() {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--public-url", "https://example.com/countersign?x=1", "--create-key", "a");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--public-url https://example.com/countersign?x=1 is not an http(s) origin");
    }

    @Test
    void databaseCredentialsWithoutADatabaseAreAMistake() {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--db-user", "x");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--db-user and --db-password-file go with --db");
    }

    @Test
    void anUnreachablePostgresqlIsOneClearLine() {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "--create-key", "a");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("countersign: ").contains("database").doesNotContain("\tat ");
    }
}
