package io.countersign.server;

import io.countersign.server.http.Limits;
import io.countersign.server.store.DatabaseSettings;
import io.countersign.server.webhooks.WebhookSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

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
 * @param signer         the server's signing key: settlements, certificates of completion (see {@link PdfSigner})
 * @param shutdownGrace  how long a stop waits for running renders and requests
 * @param log            where faults (and, with {@code accessLog}, every request) are written
 * @param clock          the time registry rows are stamped with (never the documents' issue time), and webhooks are timed and signed by
 * @param webhooks       how webhook deliveries are retried
 * @param publicUrl      where buyers reach the server (sign-off links); empty: the address the API client used
 */
public record ServerConfig(String host, int port, Path dataDir, Optional<DatabaseSettings> database, int renderThreads, int renderQueue,
                           Duration renderTimeout, int batchThreads, Limits limits, Optional<PdfSigner> signer, Duration shutdownGrace,
                           PrintWriter log, boolean accessLog, Clock clock, WebhookSettings webhooks, Optional<URI> publicUrl) {

    public static ServerConfig defaults(Path dataDir) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerConfig("127.0.0.1", 8080, dataDir, Optional.empty(), cores, Math.max(32, 16 * cores), Duration.ofSeconds(60), cores,
                Limits.DEFAULTS, Optional.empty(), Duration.ofSeconds(60), new PrintWriter(System.err, true), false, Clock.systemUTC(),
                WebhookSettings.DEFAULTS, Optional.empty());
    }

    public DatabaseSettings databaseSettings() {
        return database.orElseGet(() -> DatabaseSettings.embedded(dataDir));
    }

    public ServerConfig withHost(String h) {
        return with(c -> c.host = h);
    }

    public ServerConfig withPort(int p) {
        return with(c -> c.port = p);
    }

    public ServerConfig withDatabase(DatabaseSettings db) {
        return with(c -> c.database = Optional.of(db));
    }

    public ServerConfig withRenderPool(int threads, int queue, Duration timeout) {
        return with(c -> {
            c.renderThreads = threads;
            c.renderQueue = queue;
            c.renderTimeout = timeout;
        });
    }

    public ServerConfig withBatchThreads(int threads) {
        return with(c -> c.batchThreads = threads);
    }

    public ServerConfig withLimits(Limits l) {
        return with(c -> c.limits = l);
    }

    /** Settlements posted to the server are signed with {@code s} (unless a request says {@code sign=false}); certificates of completion are sealed. */
    public ServerConfig withSigner(PdfSigner s) {
        return with(c -> c.signer = Optional.of(s));
    }

    public ServerConfig withShutdownGrace(Duration d) {
        return with(c -> c.shutdownGrace = d);
    }

    public ServerConfig withLog(PrintWriter w, boolean everyRequest) {
        return with(c -> {
            c.log = w;
            c.accessLog = everyRequest;
        });
    }

    public ServerConfig withClock(Clock clock) {
        return with(c -> c.clock = clock);
    }

    /** Webhook deliveries retried on {@code w}'s schedule (tests shorten it to milliseconds). */
    public ServerConfig withWebhooks(WebhookSettings w) {
        return with(c -> c.webhooks = w);
    }

    /** Sign-off links point at {@code url} (e.g. https://signoff.example.com behind the TLS proxy buyers reach). */
    public ServerConfig withPublicUrl(URI url) {
        return with(c -> c.publicUrl = Optional.of(url));
    }

    /** A copy with some components changed: each {@code with*} names only what it changes. */
    private ServerConfig with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return new ServerConfig(c.host, c.port, c.dataDir, c.database, c.renderThreads, c.renderQueue, c.renderTimeout, c.batchThreads,
                c.limits, c.signer, c.shutdownGrace, c.log, c.accessLog, c.clock, c.webhooks, c.publicUrl);
    }

    private static final class Copy {
        String host;
        int port;
        Path dataDir;
        Optional<DatabaseSettings> database;
        int renderThreads;
        int renderQueue;
        Duration renderTimeout;
        int batchThreads;
        Limits limits;
        Optional<PdfSigner> signer;
        Duration shutdownGrace;
        PrintWriter log;
        boolean accessLog;
        Clock clock;
        WebhookSettings webhooks;
        Optional<URI> publicUrl;

        Copy(ServerConfig s) {
            host = s.host;
            port = s.port;
            dataDir = s.dataDir;
            database = s.database;
            renderThreads = s.renderThreads;
            renderQueue = s.renderQueue;
            renderTimeout = s.renderTimeout;
            batchThreads = s.batchThreads;
            limits = s.limits;
            signer = s.signer;
            shutdownGrace = s.shutdownGrace;
            log = s.log;
            accessLog = s.accessLog;
            clock = s.clock;
            webhooks = s.webhooks;
            publicUrl = s.publicUrl;
        }
    }
}
