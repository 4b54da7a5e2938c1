package io.countersign.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.input.InvalidInputException;
import io.countersign.input.Problem;
import io.countersign.server.store.Json;
import io.countersign.server.store.WebhookStore;
import io.countersign.server.webhooks.Webhooks;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/webhook}: the calling key's webhook — set it (the answer shows its secret, once), see it, remove it, and its deliveries. */
final class WebhookEndpoints {
    private static final long MAX_BODY = 16 << 10;

    private final Services s;

    WebhookEndpoints(Services s) {
        this.s = s;
    }

    void put(Context ctx) {
        Params.of(ctx).done();
        if (!Bodies.mediaType(ctx).equals("application/json")) {
            throw ProblemException.unsupported("send the webhook as application/json: {\"url\": \"https://…\", \"events\": [\"" + Webhooks.RETURN_RECEIVED
                    + "\"]}");
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(Bodies.bytes(ctx, MAX_BODY, "the webhook"));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("the body could not be read: " + e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("the body must be a JSON object: {\"url\": \"https://…\", \"events\": [...]}");
        }
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("url") && !name.equals("events")) {
                problems.add(new Problem("webhook", 0, 0, name, "unknown field " + name, "known here: events, url"));
            }
        }
        JsonNode url = body.path("url");
        if (!url.isMissingNode() && !url.isTextual()) {
            problems.add(new Problem("webhook", 0, 0, "url", "url is " + url.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not a string", "give the URL as a string"));
        }
        Optional<List<String>> events = Optional.empty();
        JsonNode e = body.path("events");
        if (!e.isMissingNode() && !e.isNull()) {
            List<String> list = new ArrayList<>();
            if (!e.isArray()) {
                problems.add(new Problem("webhook", 0, 0, "events", "events is not a list", "give a list such as [\"" + Webhooks.RETURN_RECEIVED
                        + "\"], or leave it out for all events"));
            } else {
                for (JsonNode item : e) {
                    list.add(item.isTextual() ? item.asText() : item.toString());
                }
            }
            events = Optional.of(list);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WebhookStore.Subscription sub = s.webhooks().subscribe(ApiKeyFilter.caller(ctx).keyId(), url.isTextual() ? url.asText() : null, events);
        ObjectNode n = view(sub);
        n.put("secret", sub.secret());
        Responses.json(ctx, 200, n);
    }

    void get(Context ctx) {
        Params.of(ctx).done();
        WebhookStore.Subscription sub = s.webhooks().subscription(ApiKeyFilter.caller(ctx).keyId()).orElseThrow(() -> ProblemException.notFound(
                "this key has no webhook; set one with PUT " + Views.API + "/webhook"));
        Responses.json(ctx, 200, view(sub));
    }

    void delete(Context ctx) {
        Params.of(ctx).done();
        if (!s.webhooks().unsubscribe(ApiKeyFilter.caller(ctx).keyId())) {
            throw ProblemException.notFound("this key has no webhook to remove");
        }
        ctx.status(204);
    }

    void deliveries(Context ctx) {
        Params p = Params.of(ctx, "limit");
        int limit = p.integer("limit", 50, 1, 500);
        p.done();
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (WebhookStore.Delivery d : s.webhooks().deliveries(ApiKeyFilter.caller(ctx).keyId(), limit)) {
            ObjectNode o = list.addObject().put("id", d.eventId()).put("type", d.type()).put("documentId", d.documentId()).put("state", d.state())
                    .put("attempts", d.attempts()).put("createdAt", d.createdAt().toString());
            d.lastStatus().ifPresentOrElse(v -> o.put("lastStatus", v), () -> o.putNull("lastStatus"));
            d.lastError().ifPresentOrElse(v -> o.put("lastError", v), () -> o.putNull("lastError"));
            d.nextAttemptAt().ifPresentOrElse(v -> o.put("nextAttemptAt", v.toString()), () -> o.putNull("nextAttemptAt"));
            d.deliveredAt().ifPresentOrElse(v -> o.put("deliveredAt", v.toString()), () -> o.putNull("deliveredAt"));
        }
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.set("deliveries", list);
        n.put("count", list.size());
        Responses.json(ctx, 200, n);
    }

    private static ObjectNode view(WebhookStore.Subscription sub) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("url", sub.url());
        sub.events().forEach(n.putArray("events")::add);
        n.put("createdAt", sub.createdAt().toString());
        return n;
    }
}
