package io.countersign.server.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The two databases the registry runs on: H2 in a temp folder, and the PostgreSQL named by
 * {@code COUNTERSIGN_TEST_PG_URL} ({@code _USER}, {@code _PASSWORD}) — {@code .ci/run} starts one and
 * sets them. Each PostgreSQL test gets its own schema, dropped afterwards. Without the variable the
 * PostgreSQL cases are skipped, with the reason in the test report and on standard error.
 */
public final class TestDatabases {
    public static final String PG_URL = "COUNTERSIGN_TEST_PG_URL";
    private static boolean told;

    private TestDatabases() {
    }

    /** A fresh database of {@code kind} ("h2" or "postgresql"); skips the test when PostgreSQL is not configured. */
    public static DatabaseSettings fresh(String kind, Path dir) {
        if (kind.equals("h2")) {
            return DatabaseSettings.embedded(dir);
        }
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            synchronized (TestDatabases.class) {
                if (!told) {
                    System.err.println("SKIPPED: PostgreSQL storage tests — " + PG_URL + " is not set (.ci/run starts PostgreSQL and sets it)");
                    told = true;
                }
            }
        }
        assumeTrue(url != null && !url.isBlank(), PG_URL + " is not set: the PostgreSQL storage tests are skipped (.ci/run starts a PostgreSQL"
                + " on loopback and sets it)");
        String schema = "cs_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        DatabaseSettings base = new DatabaseSettings(url, env("COUNTERSIGN_TEST_PG_USER"), env("COUNTERSIGN_TEST_PG_PASSWORD"));
        execute(base, "CREATE SCHEMA " + schema);
        return new DatabaseSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, base.user(), base.password());
    }

    /** Drops the schema a PostgreSQL database was given; nothing to do for H2 (its folder is a temp dir). */
    public static void drop(DatabaseSettings db) {
        if (db.isPostgres()) {
            String schema = db.url().substring(db.url().indexOf("currentSchema=") + "currentSchema=".length());
            execute(new DatabaseSettings(db.url().replace("currentSchema=" + schema, "currentSchema=public"), db.user(), db.password()),
                    "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(DatabaseSettings db, String sql) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + db.describe() + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }
}
