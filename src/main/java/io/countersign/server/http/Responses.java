package io.countersign.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.server.store.Json;
import io.javalin.http.Context;
import java.util.Map;

/** How answers are written: JSON not to be cached, problems as {@code application/problem+json}, and the security headers on everything. */
final class Responses {
    static final String JSON = "application/json";
    /** Nothing the API answers is a page: no scripts, no framing, no referrer, no sniffing. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Resource-Policy", "same-origin");

    private Responses() {
    }

    static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        ctx.header("Cache-Control", "no-store");
    }

    static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).header("Cache-Control", "no-store").result(Json.bytes(body));
    }

    static void problem(Context ctx, ApiProblem p) {
        securityHeaders(ctx);
        p.headers().forEach(ctx::header);
        ctx.status(p.status()).contentType(ApiProblem.MEDIA_TYPE).result(p.body(ctx.path()));
    }
}
