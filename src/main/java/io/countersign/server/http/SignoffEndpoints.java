package io.countersign.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.input.InvalidInputException;
import io.countersign.input.Problem;
import io.countersign.server.signoff.OnlineSignoff;
import io.countersign.server.store.ApiKeys;
import io.countersign.server.store.AuditTrail;
import io.countersign.server.store.Json;
import io.countersign.server.store.Rows;
import io.countersign.server.store.SignoffLinks;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The supplier's side of online sign-off: {@code POST/GET /api/v1/documents/{id}/signoff-links},
 * {@code DELETE …/signoff-links/{link}} to revoke, and {@code GET …/audit}, the audit trail with
 * whether its hash chain is intact.
 */
final class SignoffEndpoints {
    private static final Set<String> FIELDS = Set.of("recipient", "revision", "validDays");
    private static final String BODY = "request body";

    private final Services s;

    SignoffEndpoints(Services s) {
        this.s = s;
    }

    void create(Context ctx) {
        Params.of(ctx).done();
        Rows.Document doc = DocumentEndpoints.document(s, ctx);
        if (!doc.kind().equals("pi")) {
            throw new ProblemException(ApiProblem.of("not-a-pi", "Online sign-off is for PIs", 409, doc.title() + " is a " + doc.kind()
                    + "; online sign-off links are made for proforma invoices (post the PI to /api/v1/pi)"));
        }
        JsonNode body = body(ctx);
        List<Problem> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(new Problem(BODY, 0, 0, f, "unknown field " + f, "known fields: recipient, revision, validDays"));
            }
        });
        String recipient = body.path("recipient").asText("").strip();
        if (!recipient.matches("[^\\s@]{1,64}@[^\\s@]{1,255}") || recipient.length() > 320) {
            problems.add(new Problem(BODY, 0, 0, "recipient", recipient.isEmpty() ? "recipient is missing" : "recipient " + recipient
                    + " is not an email address", "give the buyer contact's email address, e.g. \"recipient\": \"anna@buyer.example\""));
        }
        int revision = doc.latestRevision();
        if (body.has("revision")) {
            JsonNode r = body.get("revision");
            if (!r.canConvertToInt() || !r.isIntegralNumber() || s.registry().revision(doc.id(), r.asInt()).isEmpty()) {
                problems.add(new Problem(BODY, 0, 0, "revision", "revision " + r + " of " + doc.title() + " was not issued here",
                        "give one of its revisions (latest " + doc.latestRevision() + "), or leave it out for the latest"));
            } else {
                revision = r.asInt();
            }
        }
        Duration valid = OnlineSignoff.DEFAULT_VALIDITY;
        if (body.has("validDays")) {
            JsonNode d = body.get("validDays");
            if (!d.isIntegralNumber() || d.asInt() < 1 || d.asInt() > OnlineSignoff.MAX_VALIDITY.toDays()) {
                problems.add(new Problem(BODY, 0, 0, "validDays", "validDays " + d + " is not a whole number of days from 1 to "
                        + OnlineSignoff.MAX_VALIDITY.toDays(), "e.g. \"validDays\": 14 (the default)"));
            } else {
                valid = Duration.ofDays(d.asInt());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ApiKeys.Caller caller = ctx.attribute(ApiKeyFilter.CALLER);
        SignoffLinks.Created created = s.signoff().createLink(doc, revision, recipient, valid, caller == null ? "" : caller.name(),
                SignoffPages.actor(ctx));
        ObjectNode n = link(ctx, created.link(), 0);
        n.put("token", created.token());
        n.put("url", s.publicUrl().map(java.net.URI::toString).orElseGet(() -> ctx.scheme() + "://" + ctx.host()) + "/s/" + created.token());
        n.put("sealed", s.signoff().seals());
        ArrayNode replaced = n.putArray("replaced");
        created.replaced().forEach(l -> replaced.add(l.id()));
        ctx.header("Location", Views.documentHref(doc.id()) + "/signoff-links/" + created.link().id());
        Responses.json(ctx, 201, n);
    }

    void list(Context ctx) {
        Params.of(ctx).done();
        Rows.Document doc = DocumentEndpoints.document(s, ctx);
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode links = n.putArray("links");
        Map<String, Integer> decided = s.signoff().links().decidedCounts(doc.id());
        s.signoff().links().links(doc.id()).forEach(l -> links.add(link(ctx, l, decided.getOrDefault(l.id(), 0))));
        Responses.json(ctx, 200, n);
    }

    void get(Context ctx) {
        Params.of(ctx).done();
        Responses.json(ctx, 200, link(ctx, named(ctx)));
    }

    void revoke(Context ctx) {
        Params.of(ctx).done();
        Responses.json(ctx, 200, link(ctx, s.signoff().links().revoke(named(ctx), SignoffPages.actor(ctx))));
    }

    /** The link the path names, or 404. */
    private SignoffLinks.Link named(Context ctx) {
        Rows.Document doc = DocumentEndpoints.document(s, ctx);
        return s.signoff().links().link(doc.id(), ctx.pathParam("link")).orElseThrow(() -> ProblemException.notFound(
                doc.title() + " has no sign-off link " + ctx.pathParam("link") + "; its links are listed at "
                        + Views.documentHref(doc.id()) + "/signoff-links"));
    }

    void audit(Context ctx) {
        Params.of(ctx).done();
        Rows.Document doc = DocumentEndpoints.document(s, ctx);
        List<AuditTrail.Event> events = s.signoff().audit().events(doc.id());
        AuditTrail.Check check = AuditTrail.check(events);
        ObjectNode n = Json.MAPPER.createObjectNode().put("documentId", doc.id()).put("intact", check.intact()).put("count", check.events())
                .put("finding", check.finding());
        if (check.brokenAt().isPresent()) {
            n.put("brokenAt", check.brokenAt().get());
        } else {
            n.putNull("brokenAt");
        }
        ArrayNode rows = n.putArray("events");
        for (AuditTrail.Event e : events) {
            rows.add(Json.MAPPER.createObjectNode().put("seq", e.seq()).put("at", e.occurredAt().toString()).put("type", e.type())
                    .put("link", e.linkId()).put("revision", e.revision()).put("point", e.pointId()).put("value", e.value()).put("ip", e.ip())
                    .put("userAgent", e.userAgent()).put("prevHash", e.prevHash()).put("hash", e.hash()));
        }
        Responses.json(ctx, 200, n);
    }

    private ObjectNode link(Context ctx, SignoffLinks.Link l) {
        return link(ctx, l, s.signoff().links().decisions(l.id()).size());
    }

    private ObjectNode link(Context ctx, SignoffLinks.Link l, int decided) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("id", l.id()).put("documentId", l.documentId()).put("revision", l.revision())
                .put("recipient", l.recipient()).put("status", s.signoff().status(l).key()).put("createdBy", l.createdBy())
                .put("createdAt", l.createdAt().toString()).put("expiresAt", l.expiresAt().toString());
        n.put("revokedAt", l.revokedAt() == null ? null : l.revokedAt().toString());
        n.put("completedAt", l.completedAt() == null ? null : l.completedAt().toString());
        n.put("signerName", l.signerName());
        n.put("decided", decided);
        if (l.certificate() != null) {
            n.put("certificate", Views.fileHref(l.documentId(), l.certificate()));
        }
        return n;
    }

    private static JsonNode body(Context ctx) {
        byte[] bytes = Bodies.bytes(ctx, 64 * 1024, "the link request");
        if (bytes.length == 0) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw ProblemException.badRequest("the body must be a JSON object, e.g. {\"recipient\": \"anna@buyer.example\"}");
            }
            return n;
        } catch (IOException e) {
            throw ProblemException.badRequest("the body is not JSON: " + e.getMessage().split("\n")[0]
                    + "; send e.g. {\"recipient\": \"anna@buyer.example\"}");
        }
    }
}
