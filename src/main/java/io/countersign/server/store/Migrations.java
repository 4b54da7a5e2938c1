package io.countersign.server.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the registry's schema up to date with the migrations in {@code db/migration}, the same on H2 and PostgreSQL. */
public final class Migrations {
    private Migrations() {
    }

    /** Applies what is missing and returns how many migrations ran. */
    public static int migrate(DatabaseSettings db) {
        try {
            MigrateResult r = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(db.url(), db.user().isEmpty() ? null : db.user(), db.user().isEmpty() ? null : db.password())
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return r.migrationsExecuted;
        } catch (FlywayException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
                    throw new io.countersign.CountersignException("the embedded database " + db.url().replaceAll("^jdbc:h2:file:|;.*$", "")
                            + " is in use by another countersign process (a running server?); stop it first", e);
                }
            }
            throw new io.countersign.CountersignException("cannot bring the database schema up to date: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
