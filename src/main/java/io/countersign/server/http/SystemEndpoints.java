package io.countersign.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.Countersign;
import io.countersign.server.store.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** {@code GET /health} (no key needed: for load balancers) and {@code GET /openapi.json}. */
final class SystemEndpoints {
    static final String OPENAPI = "openapi.json";

    private final Services s;
    private final byte[] openApi;

    SystemEndpoints(Services s) {
        this.s = s;
        this.openApi = openApi();
    }

    void health(Context ctx) {
        s.registry().countDocuments(); // the database answers, or this fails with 500 and the load balancer looks elsewhere
        ObjectNode n = Json.MAPPER.createObjectNode();
        boolean draining = s.draining().getAsBoolean();
        n.put("status", draining ? "stopping" : "ok").put("version", Countersign.VERSION);
        n.putObject("renders").put("threads", s.pool().threads()).put("inProgress", s.pool().load());
        Responses.json(ctx, draining ? 503 : 200, n);
    }

    void openApi(Context ctx) {
        ctx.status(200).contentType("application/json").result(openApi);
    }

    static byte[] openApi() {
        try (InputStream in = SystemEndpoints.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + OPENAPI);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + OPENAPI, e);
        }
    }
}
