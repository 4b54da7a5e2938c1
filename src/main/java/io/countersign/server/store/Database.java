package io.countersign.server.store;

import io.countersign.CountersignException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The registry's connections: a small fixed pool (the server's work is rendering, not queries) and
 * transactions that commit or roll back as a whole. A connection that failed with a connection error
 * is dropped rather than returned to the pool.
 */
public final class Database implements AutoCloseable {
    private static final int ATTEMPTS = 4;

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DatabaseSettings settings;
    private final BlockingQueue<Connection> idle;
    private final Semaphore permits;
    private final List<Connection> all = new ArrayList<>();
    private volatile boolean closed;

    public Database(DatabaseSettings settings, int size) {
        this.settings = settings;
        this.idle = new ArrayBlockingQueue<>(size);
        this.permits = new Semaphore(size, true);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Opens one connection now, so a wrong URL, password or a database held by another process fails at start-up. */
    public void check() {
        inTransaction(c -> c.isValid(5));
    }

    public <T> T inTransaction(Work<T> work) {
        Connection c = borrow();
        boolean healthy = true;
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            healthy = rollback(c) && !isConnectionError(e);
            throw new RegistryException(e);
        } catch (RuntimeException | Error e) {
            healthy = rollback(c);
            throw e;
        } finally {
            giveBack(c, healthy);
        }
    }

    /**
     * {@link #inTransaction}, run again when it loses a race: two requests (or two servers sharing
     * PostgreSQL) inserting the same key — the loser fails with a unique violation, runs again and
     * then sees the winner's row.
     */
    public <T> T inRetriedTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(work);
            } catch (RegistryException e) {
                if (!e.isUniqueViolation() || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Connection borrow() {
        if (closed) {
            throw new CountersignException("the registry is closed");
        }
        try {
            if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new CountersignException("no database connection became free within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CountersignException("interrupted while waiting for a database connection", e);
        }
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        try {
            java.util.Properties props = new java.util.Properties();
            if (!settings.user().isEmpty()) {
                props.setProperty("user", settings.user());
                props.setProperty("password", settings.password());
            }
            c = DriverManager.getConnection(settings.url(), props);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            synchronized (all) {
                all.add(c);
            }
            return c;
        } catch (SQLException e) {
            permits.release();
            throw new RegistryException(e);
        }
    }

    private void giveBack(Connection c, boolean healthy) {
        try {
            if (healthy && !closed) {
                idle.offer(c);
            } else {
                quietlyClose(c);
            }
        } finally {
            permits.release();
        }
    }

    private static boolean rollback(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean isConnectionError(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private void quietlyClose(Connection c) {
        synchronized (all) {
            all.remove(c);
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // it is being thrown away
        }
    }

    @Override
    public void close() {
        closed = true;
        List<Connection> open;
        synchronized (all) {
            open = new ArrayList<>(all);
            all.clear();
        }
        for (Connection c : open) {
            try {
                if (settings.url().startsWith("jdbc:h2:") && open.get(0) == c) {
                    // Closes the H2 files cleanly now rather than at some later garbage collection.
                    try (var s = c.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                }
                c.close();
            } catch (SQLException ignored) {
                // closing at shutdown; a connection that cannot be closed is gone anyway
            }
        }
    }
}
