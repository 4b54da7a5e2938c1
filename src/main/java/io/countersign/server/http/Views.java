package io.countersign.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.server.documents.IssuedDocument;
import io.countersign.server.documents.ReturnIntake;
import io.countersign.server.store.Json;
import io.countersign.server.store.RevisionRecord;
import io.countersign.server.store.Rows;
import io.countersign.signoff.Decision;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.SignOffPoint;
import io.countersign.signoff.SignOffReport;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The JSON the API answers with (the shapes are in {@code openapi.json}). */
final class Views {
    static final String API = "/api/v1";

    private Views() {
    }

    static String documentHref(String id) {
        return API + "/documents/" + id;
    }

    static String fileHref(String documentId, String name) {
        return documentHref(documentId) + "/files/" + name;
    }

    /** The answer to a post that issued (or found) a revision. */
    static ObjectNode issued(IssuedDocument d) {
        Rows.Document doc = d.document();
        RevisionRecord record = d.record();
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", doc.id()).put("kind", doc.kind()).put("revision", d.revision().revision()).put("title", record.identity().title())
                .put("number", doc.number()).put("pi", doc.piNumber()).put("po", doc.poNumber()).put("status", doc.status().key())
                .put("created", d.created()).put("issuedAt", d.revision().issuedAt().toString())
                .put("inputSha256", d.revision().inputSha256()).put("points", record.identity().points().size())
                .put("toDecide", record.identity().points().stream().filter(SignOffPoint::asked).count())
                .put("signed", record.signed());
        ArrayNode findings = n.putArray("findings");
        record.findings().forEach(findings::add);
        n.put("lookAlikePairs", record.lookAlikePairs());
        ObjectNode links = n.putObject("links");
        links.put("self", documentHref(doc.id()));
        record.outputs().forEach((kind, name) -> links.put(kind, fileHref(doc.id(), name)));
        links.put("returns", documentHref(doc.id()) + "/returns");
        return n;
    }

    static ObjectNode summary(Rows.Document doc) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", doc.id()).put("kind", doc.kind()).put("title", doc.title()).put("number", doc.number()).put("pi", doc.piNumber())
                .put("po", doc.poNumber()).put("status", doc.status().key()).put("latestRevision", doc.latestRevision())
                .put("createdAt", doc.createdAt().toString()).put("updatedAt", doc.updatedAt().toString());
        n.putObject("links").put("self", documentHref(doc.id()));
        return n;
    }

    /** The whole document: revisions with files and returns, each point's status on the latest revision, the history. */
    static ObjectNode document(Services s, Rows.Document doc) {
        ObjectNode n = summary(doc);
        List<Rows.Revision> revisions = s.registry().revisions(doc.id());
        List<Rows.File> files = s.registry().files(doc.id());
        List<Rows.Return> returns = s.registry().returns(doc.id());
        Rows.Revision latest = revisions.stream().max(Comparator.comparingInt(Rows.Revision::revision)).orElseThrow();
        RevisionRecord latestRecord = s.records().get(latest.recordSha256());
        Optional<SignOffReport> report = returns.stream().filter(r -> r.revision() == latest.revision())
                .max(Comparator.comparingInt(Rows.Return::seq)).map(r -> s.returns().report(r));
        n.set("points", points(latestRecord, report));
        ObjectNode links = (ObjectNode) n.path("links");
        if (doc.kind().equals("pi")) {
            links.put("signoffLinks", documentHref(doc.id()) + "/signoff-links");
        }
        links.put("audit", documentHref(doc.id()) + "/audit");
        ArrayNode revs = n.putArray("revisions");
        for (Rows.Revision r : revisions) {
            RevisionRecord record = s.records().get(r.recordSha256());
            ObjectNode rn = revs.addObject().put("revision", r.revision()).put("issuedAt", r.issuedAt().toString())
                    .put("inputSha256", r.inputSha256()).put("points", r.points()).put("signed", record.signed());
            ArrayNode findings = rn.putArray("findings");
            record.findings().forEach(findings::add);
            ArrayNode fs = rn.putArray("files");
            for (Map.Entry<String, String> output : record.outputs().entrySet()) {
                Optional<Rows.File> f = files.stream().filter(x -> x.name().equals(output.getValue())).findFirst();
                ObjectNode fn = fs.addObject().put("name", output.getValue()).put("output", output.getKey())
                        .put("contentType", io.countersign.server.documents.FileNames.contentType(output.getValue()))
                        .put("href", fileHref(doc.id(), output.getValue())).put("ready", f.isPresent());
                f.ifPresent(x -> fn.put("size", x.size()).put("sha256", x.sha256()));
            }
            ArrayNode rets = rn.putArray("returns");
            returns.stream().filter(x -> x.revision() == r.revision()).forEach(x -> rets.add(returnSummary(doc.id(), x, files)));
        }
        ArrayNode history = n.putArray("history");
        for (Rows.Event e : s.registry().history(doc.id())) {
            history.addObject().put("at", e.occurredAt().toString()).put("type", e.type()).put("revision", e.revision()).put("detail", e.detail());
        }
        ((ObjectNode) n.get("links")).put("returns", documentHref(doc.id()) + "/returns");
        return n;
    }

    private static ObjectNode returnSummary(String documentId, Rows.Return r, List<Rows.File> files) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("seq", r.seq()).put("revision", r.revision()).put("verdict", r.verdict())
                .put("receivedAt", r.receivedAt().toString());
        ObjectNode links = n.putObject("links");
        // The returned file may be byte for byte the issued one (sent back untouched): find it by its name too.
        // An online sign-off's "returned file" is its certificate of completion (…-online-<link>.pdf).
        files.stream().filter(f -> f.sha256().equals(r.returnedSha256())
                        && (f.name().contains("-return-" + r.seq() + ".") || f.name().contains("-online-"))).findFirst()
                .ifPresent(f -> links.put("returned", fileHref(documentId, f.name())));
        files.stream().filter(f -> f.sha256().equals(r.reportSha256())
                        && (f.name().contains("-return-" + r.seq() + "-") || f.name().contains("-online-"))).findFirst()
                .ifPresent(f -> links.put("report", fileHref(documentId, f.name())));
        return n;
    }

    /** Each point of the revision: awaiting a return, or what the latest return of it says. */
    static ArrayNode points(RevisionRecord record, Optional<SignOffReport> report) {
        Map<String, PointDecision> decided = new HashMap<>();
        report.ifPresent(r -> r.points().forEach(p -> decided.put(p.point().id(), p)));
        ArrayNode points = Json.MAPPER.createArrayNode();
        for (SignOffPoint p : record.identity().points()) {
            PointDecision d = decided.get(p.id());
            String status = !p.asked() ? "carried-over" : d == null ? "awaiting" : key(d.decision());
            points.addObject().put("id", p.id()).put("label", p.label()).put("status", status).put("note", d == null ? "" : d.note())
                    .put("carriedFrom", p.carriedFrom());
        }
        return points;
    }

    static String key(Decision d) {
        return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The answer to a return: where it is stored and the report read from it. */
    static ObjectNode received(ReturnIntake.Received r, List<Rows.File> files) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        String id = r.document().id();
        n.put("documentId", id).put("revision", r.row().revision()).put("seq", r.row().seq()).put("created", r.created())
                .put("verdict", r.report().verdict().name()).put("status", r.document().status().key())
                .put("receivedAt", r.row().receivedAt().toString());
        JsonNode report = Json.MAPPER.valueToTree(r.report());
        n.set("report", report);
        ObjectNode links = returnSummary(id, r.row(), files).withObject("/links");
        links.put("document", documentHref(id));
        n.set("links", links);
        return n;
    }
}
