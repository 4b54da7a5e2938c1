package io.countersign.server.http;

import io.countersign.labels.SheetKind;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.Graceful;

/**
 * The HTTP API on Javalin: the routes, the key check on {@code /api}, the security headers, and every
 * error as problem+json. {@link #stop(Duration)} is Jetty's graceful stop.
 */
public final class ApiServer {
    private final Javalin app;
    private final GracefulHandler graceful;
    private final PrintWriter log;

    private ApiServer(Javalin app, GracefulHandler graceful, PrintWriter log) {
        this.app = app;
        this.graceful = graceful;
        this.log = log;
    }

    /** Builds (does not start) the server; {@code log} gets one line per server fault, and per request when {@code accessLog}. */
    public static ApiServer create(Services s, Path multipartDir, PrintWriter log, boolean accessLog) {
        // Outermost handler, so a request counts until its answer is written, not only until its handler returns.
        GracefulHandler graceful = new GracefulHandler();
        // Jetty would otherwise cut every connection quiet for a second once the stop begins, a slow client's
        // download too (its write waits for the socket to drain); the shutdown grace is the bound instead.
        graceful.setShutdownIdleTimeout(-1);
        ApiKeyFilter keys = new ApiKeyFilter(s.keys());
        PiEndpoint pi = new PiEndpoint(s);
        SettlementEndpoint settlements = new SettlementEndpoint(s);
        BatchEndpoints batches = new BatchEndpoints(s);
        DocumentEndpoints documents = new DocumentEndpoints(s);
        SystemEndpoints system = new SystemEndpoints(s);
        SignoffEndpoints signoffLinks = new SignoffEndpoints(s);
        SignoffPages pages = new SignoffPages(s);
        WebhookEndpoints webhooks = new WebhookEndpoints(s);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.compressionStrategy = CompressionStrategy.NONE;
            cfg.http.maxRequestSize = s.limits().piBytes();
            cfg.jetty.multipartConfig.cacheDirectory(multipartDir.toString());
            cfg.jetty.multipartConfig.maxFileSize(s.limits().pictureBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(s.limits().piBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(256, SizeUnit.KB);
            cfg.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyProblems());
                server.insertHandler(graceful); // Javalin hangs its servlet context below the innermost wrapper
            });
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            if (accessLog) {
                cfg.requestLogger.http((ctx, ms) -> {
                    log.printf(java.util.Locale.ROOT, "%s %s %d %.0f ms%n", ctx.method(), ctx.path(), ctx.statusCode(), ms);
                    log.flush();
                });
            }
            var r = cfg.routes;
            r.before(Responses::securityHeaders);
            r.before("/api/*", ctx -> {
                if (s.draining().getAsBoolean()) {
                    ctx.header("Connection", "close");
                    throw new io.countersign.server.jobs.ServerBusyException("the server is shutting down", 5, true);
                }
                keys.check(ctx);
            });
            r.get("/health", system::health);
            r.get("/openapi.json", system::openApi);
            r.post("/api/v1/pi", pi::post);
            r.post("/api/v1/labels", ctx -> batches.post(ctx, SheetKind.STICKER));
            r.post("/api/v1/cartons", ctx -> batches.post(ctx, SheetKind.CARTON));
            r.get("/api/v1/jobs/{id}", batches::get);
            r.get("/api/v1/jobs/{id}/result", ctx -> batches.result(ctx, false));
            r.head("/api/v1/jobs/{id}/result", ctx -> batches.result(ctx, true));
            r.post("/api/v1/settlements", settlements::post);
            r.get("/api/v1/documents", documents::list);
            r.get("/api/v1/documents/{id}", documents::get);
            r.post("/api/v1/documents/{id}/returns", documents::postReturn);
            r.get("/api/v1/documents/{id}/files/{name}", ctx -> documents.file(ctx, false));
            r.head("/api/v1/documents/{id}/files/{name}", ctx -> documents.file(ctx, true));
            r.post("/api/v1/documents/{id}/signoff-links", signoffLinks::create);
            r.get("/api/v1/documents/{id}/signoff-links", signoffLinks::list);
            r.get("/api/v1/documents/{id}/signoff-links/{link}", signoffLinks::get);
            r.delete("/api/v1/documents/{id}/signoff-links/{link}", signoffLinks::revoke);
            r.get("/api/v1/documents/{id}/audit", signoffLinks::audit);
            r.get("/s/assets/{name}", pages::asset);
            r.get("/s/{token}", pages::page);
            r.post("/s/{token}/decide", pages::decide);
            r.post("/s/{token}/complete", pages::complete);
            r.get("/s/{token}/pictures/{sha256}", pages::picture);
            r.get("/s/{token}/certificate.pdf", pages::certificate);
            r.put("/api/v1/webhook", webhooks::put);
            r.get("/api/v1/webhook", webhooks::get);
            r.delete("/api/v1/webhook", webhooks::delete);
            r.get("/api/v1/webhook/deliveries", webhooks::deliveries);
            r.exception(Exception.class, (e, ctx) -> Responses.problem(ctx, problem(e, ctx, log)));
            for (int status : List.of(404, 405)) {
                r.error(status, "*", ctx -> {
                    if (!ApiProblem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                        Responses.problem(ctx, ApiProblem.plain(status, Problems.reason(status), status == 404
                                ? "no such resource: " + ctx.method() + " " + ctx.path() + " (the API is described at /openapi.json)"
                                : ctx.method() + " is not allowed on " + ctx.path()));
                    }
                });
            }
        });
        return new ApiServer(app, graceful, log);
    }

    private static ApiProblem problem(Exception e, Context ctx, PrintWriter log) {
        Optional<ApiProblem> known = Problems.of(e);
        if (known.isPresent()) {
            return known.get();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.println("countersign: incident " + incident + " on " + ctx.method() + " " + ctx.path() + ": " + e);
        e.printStackTrace(log);
        log.flush();
        return ApiProblem.of("internal-error", "The server failed", 500, "incident " + incident
                + ": the request could not be completed; the server's log has the details");
    }

    public ApiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The routes as registered (method and path), for the test that keeps the OpenAPI document true. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod()).map(e -> e.method.name() + " " + e.path).toList();
    }

    /**
     * Stops gracefully, waiting at most {@code grace}: the listening socket closes (new connections are
     * refused), a request arriving on a connection already open is answered 503 and the connection closed,
     * every request already accepted runs to the end and its whole answer is written; then the connections
     * close. Returns false, and logs it, when requests still running at the end of {@code grace} were cut off.
     */
    public boolean stop(Duration grace) {
        Server jetty = app.jettyServer().server();
        boolean answered = graceful.getCurrentRequestCount() == 0;
        if (grace.toMillis() > 0) {
            // The first half of Jetty's stop with a stop timeout: the connectors stop accepting and close their
            // sockets, the GracefulHandler refuses newcomers. Jetty's stop would then wait for every connection to
            // close, idle kept-alive ones too; here only the accepted requests are waited for.
            Graceful.shutdown(jetty);
            try {
                graceful.shutdown().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                answered = true;
            } catch (TimeoutException | ExecutionException e) {
                answered = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answered = false;
            }
        }
        if (!answered) {
            log.println("countersign: stopping the HTTP server cut off " + graceful.getCurrentRequestCount()
                    + " request(s) still running after the shutdown grace of " + grace.toMillis() + " ms");
            log.flush();
        }
        jetty.setStopTimeout(0); // only idle connections are left: close them now
        app.stop();
        return answered;
    }
}
