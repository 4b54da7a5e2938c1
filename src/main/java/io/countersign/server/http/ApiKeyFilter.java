package io.countersign.server.http;

import io.countersign.server.store.ApiKeys;
import io.javalin.http.Context;

/** Every {@code /api} request needs {@code Authorization: Bearer <key>} with a key made by {@code serve --create-key}. */
final class ApiKeyFilter {
    static final String CALLER = "countersign.caller";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("missing-api-key", "This request needs an API key",
                    "send Authorization: Bearer <key>; a key is made with countersign serve --create-key NAME", "");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("missing-api-key", "This request needs an API key",
                    "the Authorization header must be Bearer <key>", "error=\"invalid_request\"");
        }
        ApiKeys.Caller caller = keys.verify(header.substring(7).trim()).orElseThrow(() -> unauthorized("invalid-api-key",
                "The API key is not valid", "no such key; make one with countersign serve --create-key NAME", "error=\"invalid_token\""));
        ctx.attribute(CALLER, caller);
    }

    /** The key of an {@code /api} request (checked before any handler runs). */
    static ApiKeys.Caller caller(Context ctx) {
        ApiKeys.Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException(ctx.path() + " was not checked for a key");
        }
        return caller;
    }

    private static ProblemException unauthorized(String slug, String title, String detail, String error) {
        return new ProblemException(ApiProblem.of(slug, title, 401, detail)
                .withHeader("WWW-Authenticate", "Bearer realm=\"countersign\"" + (error.isEmpty() ? "" : ", " + error)));
    }
}
