package io.countersign.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.server.documents.ReturnIntake;
import io.countersign.server.store.DocumentQuery;
import io.countersign.server.store.Json;
import io.countersign.server.store.Rows;
import io.countersign.server.store.Scratch;
import io.countersign.server.webhooks.Webhooks;
import io.countersign.signoff.Decision;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry over HTTP: search, one document with its status, its files, and the returns the buyer sent. */
final class DocumentEndpoints {
    private final Services s;

    DocumentEndpoints(Services s) {
        this.s = s;
    }

    void list(Context ctx) {
        DocumentQuery q = Params.documents(ctx);
        List<Rows.Document> found = s.registry().find(q);
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode docs = n.putArray("documents");
        found.forEach(d -> docs.add(Views.summary(d)));
        n.put("count", found.size()).put("limit", q.limit()).put("offset", q.offset());
        Responses.json(ctx, 200, n);
    }

    void get(Context ctx) {
        Params.of(ctx).done();
        Responses.json(ctx, 200, Views.document(s, document(ctx)));
    }

    void file(Context ctx, boolean head) {
        Params.of(ctx).done();
        Rows.Document doc = document(ctx);
        String name = ctx.pathParam("name");
        Rows.File f = s.outputs().file(doc.id(), name).orElseThrow(() -> ProblemException.notFound(doc.title() + " has no file " + name
                + "; its files are listed at " + Views.documentHref(doc.id())));
        FileResponses.send(ctx, s.store(), f.sha256(), f.size(), f.contentType(), f.name(), head);
    }

    void postReturn(Context ctx) {
        Params p = Params.of(ctx, "name");
        p.done();
        Rows.Document doc = document(ctx);
        Admission.renderSlot(s, ctx);
        String type = Bodies.mediaType(ctx);
        String fallback = type.contains("spreadsheetml") ? "returned.xlsx" : "returned.pdf";
        String name = Bodies.displayName(ctx.queryParam("name"), fallback);
        if (!type.equals("application/pdf") && !type.contains("spreadsheetml") && !type.equals("application/octet-stream")) {
            throw ProblemException.unsupported("send the returned file as application/pdf or "
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, not " + (type.isEmpty() ? "without a Content-Type" : type));
        }
        try (Scratch scratch = Scratch.in(s.scratch(), "return")) {
            Path returned = Bodies.spool(ctx, scratch.dir().resolve(name), s.limits().returnBytes(), "the returned file");
            ReturnIntake.Received r = s.returns().accept(doc.id(), returned, name);
            if (r.created()) {
                s.webhooks().publish(doc.id(), Webhooks.RETURN_RECEIVED, returnReceived(r));
            }
            ctx.header("Location", Views.documentHref(doc.id()));
            Responses.json(ctx, r.created() ? 201 : 200, Views.received(r, s.registry().files(doc.id())));
        }
    }

    /** The data of a {@code return.received} event: which return, what it says, where to read it. */
    private Map<String, Object> returnReceived(ReturnIntake.Received r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("revision", r.row().revision());
        data.put("seq", r.row().seq());
        data.put("verdict", r.report().verdict().name());
        data.put("status", r.document().status().key());
        data.put("confirmed", r.report().with(Decision.CONFIRMED).size());
        data.put("changesRequested", r.report().with(Decision.CHANGE_REQUESTED).size());
        data.put("undecided", r.report().with(Decision.UNDECIDED).size());
        data.put("signer", r.report().signer().name());
        data.put("document", Views.documentHref(r.document().id()));
        return data;
    }

    private Rows.Document document(Context ctx) {
        return document(s, ctx);
    }

    /** The document the path names, or 404. */
    static Rows.Document document(Services s, Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw ProblemException.notFound("no document " + id + " (document ids are 16 hex digits)");
        }
        return s.registry().document(id).orElseThrow(() -> ProblemException.notFound("no document " + id));
    }
}
