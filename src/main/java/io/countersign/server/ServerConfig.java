package io.countersign.server;

import io.countersign.server.http.Limits;
import io.countersign.server.store.DatabaseSettings;
import io.countersign.server.webhooks.WebhookSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How a server runs. Start from {@link #defaults(Path)} and change with {@code with*}.
 *
 * @param host           the address to listen on (default 127.0.0.1; put a TLS proxy in front before opening it up)
 * @param port           0 picks a free port
 * @param dataDir        the embedded database, the document store, uploads of running jobs
 * @param database       empty: H2 in {@code dataDir/db}; else e.g. PostgreSQL
 * @param renderThreads  renders at once (default: the cores)
 * @param renderQueue    renders that may wait; beyond, requests are answered 503 with Retry-After
 * @param renderTimeout  a render running longer is stopped and answered 503
 * @param batchThreads   threads of the one batch that runs at a time
 * @param limits         request sizes per endpoint
 * @param signer         the server's signing key for settlements (see {@link PdfSigner})
 * @param shutdownGrace  how long a stop waits for running renders and requests
 * @param log            where faults (and, with {@code accessLog}, every request) are written
 * @param clock          the time registry rows are stamped with (never the documents' issue time), and webhooks are timed and signed by
 * @param webhooks       how webhook deliveries are retried
 */
public record ServerConfig(String host, int port, Path dataDir, Optional<DatabaseSettings> database, int renderThreads, int renderQueue,
                           Duration renderTimeout, int batchThreads, Limits limits, Optional<PdfSigner> signer, Duration shutdownGrace,
                           PrintWriter log, boolean accessLog, Clock clock, WebhookSettings webhooks) {

    public static ServerConfig defaults(Path dataDir) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerConfig("127.0.0.1", 8080, dataDir, Optional.empty(), cores, Math.max(32, 16 * cores), Duration.ofSeconds(60), cores,
                Limits.DEFAULTS, Optional.empty(), Duration.ofSeconds(60), new PrintWriter(System.err, true), false, Clock.systemUTC(),
                WebhookSettings.DEFAULTS);
    }

    public DatabaseSettings databaseSettings() {
        return database.orElseGet(() -> DatabaseSettings.embedded(dataDir));
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, dataDir, database, renderThreads, renderQueue, renderTimeout, batchThreads, limits, signer, shutdownGrace,
                log, accessLog, clock, webhooks);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, dataDir, database, renderThreads, renderQueue, renderTimeout, batchThreads, limits, signer, shutdownGrace,
                log, accessLog, clock, webhooks);
    }

    public ServerConfig withDatabase(DatabaseSettings db) {
        return new ServerConfig(host, port, dataDir, Optional.of(db), renderThreads, renderQueue, renderTimeout, batchThreads, limits, signer,
                shutdownGrace, log, accessLog, clock, webhooks);
    }

    public ServerConfig withRenderPool(int threads, int queue, Duration timeout) {
        return new ServerConfig(host, port, dataDir, database, threads, queue, timeout, batchThreads, limits, signer, shutdownGrace, log,
                accessLog, clock, webhooks);
    }

    public ServerConfig withBatchThreads(int threads) {
        return new ServerConfig(host, port, dataDir, database, renderThreads, renderQueue, renderTimeout, threads, limits, signer, shutdownGrace,
                log, accessLog, clock, webhooks);
    }

    public ServerConfig withLimits(Limits l) {
        return new ServerConfig(host, port, dataDir, database, renderThreads, renderQueue, renderTimeout, batchThreads, l, signer, shutdownGrace,
                log, accessLog, clock, webhooks);
    }

    /** Settlements posted to the server are signed with {@code s} (unless a request says {@code sign=false}). */
    public ServerConfig withSigner(PdfSigner s) {
        return new ServerConfig(host, port, dataDir, database, renderThreads, renderQueue, renderTimeout, batchThreads, limits, Optional.of(s),
                shutdownGrace, log, accessLog, clock, webhooks);
    }

    public ServerConfig withShutdownGrace(Duration d) {
        return new ServerConfig(host, port, dataDir, database, renderThreads, renderQueue, renderTimeout, batchThreads, limits, signer, d, log,
                accessLog, clock, webhooks);
    }

    public ServerConfig withLog(PrintWriter w, boolean everyRequest) {
        return new ServerConfig(host, port, dataDir, database, renderThreads, renderQueue, renderTimeout, batchThreads, limits, signer,
                shutdownGrace, w, everyRequest, clock, webhooks);
    }

    public ServerConfig withClock(Clock c) {
        return new ServerConfig(host, port, dataDir, database, renderThreads, renderQueue, renderTimeout, batchThreads, limits, signer,
                shutdownGrace, log, accessLog, c, webhooks);
    }

    /** Webhook deliveries retried on {@code w}'s schedule (tests shorten it to milliseconds). */
    public ServerConfig withWebhooks(WebhookSettings w) {
        return new ServerConfig(host, port, dataDir, database, renderThreads, renderQueue, renderTimeout, batchThreads, limits, signer,
                shutdownGrace, log, accessLog, clock, w);
    }
}
