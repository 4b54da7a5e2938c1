package io.countersign.server.store;

import io.countersign.CountersignException;
import java.sql.SQLException;

/** The registry's database failed; {@link #isUniqueViolation()} says when another request stored the same row first. */
public final class RegistryException extends CountersignException {
    private final String sqlState;

    public RegistryException(SQLException cause) {
        super(describe(cause), cause);
        this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
    }

    /** SQL state 23505 in both H2 and PostgreSQL. */
    public boolean isUniqueViolation() {
        return sqlState.equals("23505");
    }

    /** H2's "database may be already in use": another process holds the embedded database. */
    public boolean isDatabaseInUse() {
        return getCause() instanceof SQLException e && e.getErrorCode() == 90020;
    }

    private static String describe(SQLException e) {
        if (e.getErrorCode() == 90020) {
            return "the embedded database is in use by another countersign process (a running server?); stop it first";
        }
        String state = e.getSQLState();
        if (state != null && state.startsWith("08")) {
            return "cannot connect to the database: " + e.getMessage();
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return "the database refused the user or password: " + e.getMessage();
        }
        return "database error " + state + ": " + e.getMessage();
    }
}
