package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.server.CountersignServer;
import io.countersign.server.PdfSigner;
import io.countersign.server.ServerConfig;
import io.countersign.signing.DocMdp;
import io.countersign.signing.SigningKey;
import io.countersign.signing.SigningRequest;
import io.countersign.server.store.DatabaseSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code countersign serve}: the HTTP API, with zero set-up (H2 and files under ./data) or on PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP API: post PIs, label and carton batches, settlements; upload returns; ask where every document stands. "
                + "Data (embedded database, document store) under --data unless --db names a PostgreSQL database.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on; 0.0.0.0 for every interface, behind a TLS proxy (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "where buyers reach this server, e.g. https://signoff.example.com: sign-off links are made with it "
                    + "(default: the address the API client used)")
    String publicUrl;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "data folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "the registry's database, e.g. jdbc:postgresql://localhost:5432/countersign "
            + "(default: H2 in DIR/db)")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user")
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE", description = "file whose first line is the database password")
    Path dbPasswordFile;

    @Option(names = "--create-key", paramLabel = "NAME", description = "create an API key named NAME, print it once, and exit")
    String createKey;

    @Option(names = "--render-threads", paramLabel = "N", description = "renders at once (default: the cores)")
    Integer renderThreads;

    @Option(names = "--render-queue", paramLabel = "N", description = "renders that may wait; more are answered 503 (default: 16 per core, at least 32)")
    Integer renderQueue;

    @Option(names = "--render-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "a render running longer is stopped and answered 503 (default: ${DEFAULT-VALUE})")
    int renderTimeout;

    @Option(names = "--sign-key", paramLabel = "KS.p12",
            description = "the server's PKCS#12 signing key: settlements are certified with it (DocMDP P=2, into the seller's signature field) "
                    + "and certificates of completion of online sign-offs sealed (DocMDP P=1); "
                    + "password from --password-file or --password-env, else asked for")
    Path signKey;

    @picocli.CommandLine.Mixin
    KeyOptions key;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "30",
            description = "after starting, read and render a sample PI in the background for this long (one thread, nothing stored), "
                    + "so that the first posts meet compiled code; 0 skips it (default: ${DEFAULT-VALUE})")
    int warmUpSeconds;

    @Option(names = "--quiet", description = "do not log every request")
    boolean quiet;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config = config(err);
        if (createKey != null) {
            String key = CountersignServer.createKey(config, createKey);
            out.println(key);
            out.flush();
            err.println("API key \"" + createKey + "\" created; it is shown only now (the server keeps only its SHA-256). "
                    + "Send it as: Authorization: Bearer <key>");
            err.flush();
            return ExitCodes.OK;
        }
        CountersignServer server = CountersignServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("countersign: stopping; finishing running renders …");
            err.flush();
            server.close();
            stopped.countDown();
        }, "countersign-shutdown"));
        out.println("countersign " + io.countersign.Countersign.VERSION + " serving on " + server.uri()
                + " (data: " + config.dataDir().toAbsolutePath().normalize() + "; database: " + config.databaseSettings().describe() + ")");
        out.println("health: " + server.uri().resolve("/health") + "; API description: " + server.uri().resolve("/openapi.json"));
        out.flush();
        if (warmUpSeconds > 0) {
            ServerWarmUp.start(Duration.ofSeconds(warmUpSeconds), err);
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private ServerConfig config(PrintWriter err) {
        if (port < 0 || port > 65535) {
            throw new UnusableInputException("--port must be 0..65535");
        }
        if (warmUpSeconds < 0 || warmUpSeconds > 3600) {
            throw new UnusableInputException("--warm-up must be 0..3600 seconds (0 skips it)");
        }
        if (renderTimeout < 1 || renderTimeout > 3600) {
            throw new UnusableInputException("--render-timeout must be 1..3600 seconds");
        }
        ServerConfig c = ServerConfig.defaults(data).withHost(host).withPort(port).withLog(err, !quiet);
        if (publicUrl != null) {
            c = c.withPublicUrl(publicUrl(publicUrl));
        }
        int threads = renderThreads == null ? c.renderThreads() : renderThreads;
        int queue = renderQueue == null ? c.renderQueue() : renderQueue;
        if (threads < 1 || threads > 256 || queue < 0 || queue > 100_000) {
            throw new UnusableInputException("--render-threads must be 1..256 and --render-queue 0..100000");
        }
        c = c.withRenderPool(threads, queue, Duration.ofSeconds(renderTimeout));
        if (db != null) {
            try {
                c = c.withDatabase(new DatabaseSettings(db, dbUser == null ? "" : dbUser, password()));
            } catch (IllegalArgumentException e) {
                throw new UnusableInputException("--db: " + e.getMessage());
            }
        } else if (dbUser != null || dbPasswordFile != null) {
            throw new UnusableInputException("--db-user and --db-password-file go with --db (the embedded database needs neither)");
        }
        if (signKey != null) {
            c = c.withSigner(certifying(key.load(signKey)));
        }
        return c;
    }

    /**
     * Settlements certified as {@code settlement --sign} does: DocMDP P=2 into the seller's signature field.
     * Certificates of completion sealed with P=1 in a new invisible field: the sign-off is over.
     */
    static PdfSigner certifying(SigningKey signingKey) {
        return new PdfSigner() {
            @Override
            public byte[] sign(byte[] pdf, String reason) {
                return Countersign.sign(pdf, signingKey, SigningRequest.approval()
                        .withCertification(DocMdp.FORM_FILLING).withField(SettlementCommand.SELLER_SIGNATURE_FIELD).withReason(reason)).pdf();
            }

            @Override
            public byte[] seal(byte[] pdf, String reason) {
                return Countersign.sign(pdf, signingKey, SigningRequest.approval().withCertification(DocMdp.NO_CHANGES).withReason(reason)).pdf();
            }
        };
    }

    private static java.net.URI publicUrl(String text) {
        try {
            java.net.URI u = new java.net.URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if ((u.getScheme() != null && (u.getScheme().equals("https") || u.getScheme().equals("http"))) && u.getHost() != null
                    && (u.getRawPath() == null || u.getRawPath().isEmpty()) && u.getRawQuery() == null && u.getRawFragment() == null
                    && u.getRawUserInfo() == null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        throw new UnusableInputException("--public-url " + text + " is not an http(s) origin (scheme, host, port; the pages live at /s/…);"
                + " give e.g. https://signoff.example.com or https://example.com:8443");
    }

    private String password() {
        if (dbPasswordFile == null) {
            return "";
        }
        try {
            String text = Files.readString(dbPasswordFile, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            return (nl < 0 ? text : text.substring(0, nl)).strip();
        } catch (IOException e) {
            throw new UnusableInputException("--db-password-file " + dbPasswordFile + " cannot be read: " + e.getMessage());
        }
    }
}
