package io.countersign.server;

import io.countersign.CountersignException;
import io.countersign.server.documents.PiIssuer;
import io.countersign.server.documents.PiOutputs;
import io.countersign.server.documents.ReturnIntake;
import io.countersign.server.documents.SettlementIssuer;
import io.countersign.server.http.ApiServer;
import io.countersign.server.http.Services;
import io.countersign.server.jobs.BatchJobs;
import io.countersign.server.jobs.KeyedLocks;
import io.countersign.server.jobs.RenderPool;
import io.countersign.server.signoff.OnlineSignoff;
import io.countersign.server.signoff.SignoffEvents;
import io.countersign.server.store.ApiKeys;
import io.countersign.server.store.AuditTrail;
import io.countersign.server.store.SignoffLinks;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.Database;
import io.countersign.server.store.DatabaseSettings;
import io.countersign.server.store.DocumentRegistry;
import io.countersign.server.store.JobStore;
import io.countersign.server.store.Migrations;
import io.countersign.server.store.Records;
import io.countersign.server.store.Scratch;
import io.countersign.server.store.WebhookStore;
import io.countersign.server.webhooks.Webhooks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The countersign server: the document registry (H2 under the data folder, or PostgreSQL), the
 * content store, the render pool, batch jobs, and the HTTP API. {@link #close()} stops gracefully:
 * new API requests are refused (503 with Retry-After, {@code /health} says "stopping"), running and
 * queued renders finish and are answered, a running batch stops and is resumed at the next start. Then
 * the listening socket closes (connection refused) and every request already accepted writes its whole
 * answer before the connections close (Jetty's graceful stop); all within the shutdown grace.
 *
 * <pre>{@code
 * try (CountersignServer server = CountersignServer.start(ServerConfig.defaults(Path.of("data")).withPort(0))) {
 *     String key = server.createKey("erp");
 *     // POST server.uri().resolve("/api/v1/pi") with Authorization: Bearer key
 * }
 * }</pre>
 */
public final class CountersignServer implements AutoCloseable {
    private final ServerConfig config;
    private final Database db;
    private final RenderPool pool;
    private final BatchJobs batches;
    private final ApiKeys keys;
    private final ApiServer api;
    private final Webhooks webhooks;
    private volatile boolean draining;
    private boolean closed;

    private CountersignServer(ServerConfig config, Database db, RenderPool pool, BatchJobs batches, ApiKeys keys, ApiServer api, Webhooks webhooks) {
        this.config = config;
        this.db = db;
        this.pool = pool;
        this.batches = batches;
        this.keys = keys;
        this.api = api;
        this.webhooks = webhooks;
    }

    /** Brings the schema up to date, resumes unfinished batches and starts listening. */
    public static CountersignServer start(ServerConfig config) {
        Path data = config.dataDir().toAbsolutePath().normalize();
        Path tmp = data.resolve("tmp");
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new CountersignException("cannot create the data folder " + data + ": " + e.getMessage(), e);
        }
        Scratch.deleteTree(tmp); // what requests of an earlier run left when it was killed
        DatabaseSettings dbSettings = config.databaseSettings();
        Migrations.migrate(dbSettings);
        Database db = new Database(dbSettings, 2 * config.renderThreads() + 6);
        CountersignServer[] self = new CountersignServer[1];
        try {
            db.check();
            ContentStore store = new ContentStore(data.resolve("store"));
            Records records = new Records(store);
            DocumentRegistry registry = new DocumentRegistry(db, config.clock());
            ApiKeys keys = new ApiKeys(db, config.clock());
            RenderPool pool = new RenderPool(config.renderThreads(), config.renderQueue(), config.renderTimeout());
            KeyedLocks locks = new KeyedLocks();
            Path scratch = tmp.resolve("requests");
            PiOutputs outputs = new PiOutputs(registry, store, records, pool, locks, scratch);
            BatchJobs batches = new BatchJobs(new JobStore(db, config.clock()), registry, store, records, data, config.batchThreads(), 8,
                    config.clock(), config.log());
            Webhooks webhooks = new Webhooks(new WebhookStore(db), config.webhooks(), config.clock(), config.log());
            OnlineSignoff signoff = new OnlineSignoff(registry, new SignoffLinks(db, registry, config.clock()), new AuditTrail(db), store, records,
                    outputs, pool, locks, config.signer(), config.clock(), (link, report) -> SignoffEvents.publish(webhooks, link, report));
            Services services = new Services(new PiIssuer(registry, store, records, pool, locks, scratch), outputs,
                    new SettlementIssuer(registry, store, records, pool, locks, config.signer()), new ReturnIntake(registry, store, records, pool, outputs),
                    batches, signoff, registry, records, store, pool, keys, config.limits(), scratch, () -> self[0] != null && self[0].draining,
                    webhooks, config.publicUrl());
            Path multipart = tmp.resolve("multipart");
            Files.createDirectories(multipart);
            ApiServer api = ApiServer.create(services, multipart, config.log(), config.accessLog());
            self[0] = new CountersignServer(config, db, pool, batches, keys, api, webhooks);
            api.start(config.host(), config.port());
            batches.resume();
            webhooks.start();
            return self[0];
        } catch (RuntimeException | IOException e) {
            db.close();
            throw e instanceof RuntimeException r ? r : new CountersignException("cannot start the server: " + e.getMessage(), e);
        }
    }

    /**
     * Creates an API key named {@code name} in the registry at {@code config} (schema brought up to date first)
     * and returns it; it is not stored, only its hash.
     */
    public static String createKey(ServerConfig config, String name) {
        DatabaseSettings dbSettings = config.databaseSettings();
        Migrations.migrate(dbSettings);
        try (Database db = new Database(dbSettings, 1)) {
            return new ApiKeys(db, config.clock()).create(name);
        }
    }

    /** Creates a key on this running server's registry. */
    public String createKey(String name) {
        return keys.create(name);
    }

    public int port() {
        return api.port();
    }

    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port());
    }

    /** The webhook publisher: events published here reach the webhook of the key that issued the document. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** What the render pool has done so far (for the benchmark). */
    public RenderPool.Stats renderStats() {
        return pool.stats();
    }

    /** The routes the API serves ("GET /api/v1/documents/{id}"), for the OpenAPI test. */
    public List<String> routes() {
        return api.routes();
    }

    /** Stops gracefully (see the class comment); waits at most the configured grace. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        draining = true;
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        // While the renders finish, the port stays open so that new API requests get a 503 with Retry-After
        // and /health says "stopping", not a connection error.
        pool.drain(config.shutdownGrace());
        batches.close();
        // Then the port closes and Jetty waits until each accepted request has written its whole answer.
        api.stop(java.time.Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        // Sends under way may finish; what is still pending is in the database and sent after the next start.
        webhooks.close(java.time.Duration.ofMillis(Math.max(1000, Math.min(config.shutdownGrace().toMillis(),
                config.webhooks().timeout().toMillis() + 1000))));
        pool.close();
        db.close();
    }
}
