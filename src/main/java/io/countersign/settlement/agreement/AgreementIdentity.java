package io.countersign.settlement.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.CountersignException;
import io.countersign.core.Party;
import io.countersign.core.Sha256;
import io.countersign.settlement.Settlement;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The identity of an agreement: a document id stable for the seller and agreement number, and one
 * hash per clause of exactly what the buyer agrees to there — its wording in every language and its
 * table. The input hash covers the parties and every clause, so it changes whenever any figure does.
 */
final class AgreementIdentity {
    static final String KIND = "settlement";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgreementIdentity() {
    }

    static DocumentIdentity of(Settlement s, List<Clause> clauses, String title, Instant issuedAt) {
        List<SignOffPoint> points = new ArrayList<>();
        ArrayNode all = JSON.createArrayNode();
        for (Clause c : clauses) {
            ObjectNode node = canonical(c);
            all.add(node);
            points.add(new SignOffPoint(c.id(), c.number() + ". " + c.title(), sha256(node)));
        }
        ObjectNode doc = JSON.createObjectNode();
        doc.put("number", s.number());
        doc.put("date", s.date().toString());
        doc.put("currency", s.currency());
        doc.set("seller", party(s.seller()));
        doc.set("buyer", party(s.buyer()));
        doc.set("clauses", all);
        String documentId = Sha256.hex(("settlement|" + s.seller().name() + "|" + s.number()).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return new DocumentIdentity(documentId, KIND, 1, title + " " + s.number(), issuedAt, sha256(doc), points);
    }

    private static ObjectNode canonical(Clause c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        n.put("title", c.title());
        ArrayNode texts = n.putArray("texts");
        c.texts().forEach(t -> t.forEach(texts::add));
        c.table().ifPresent(t -> {
            ArrayNode rows = n.putArray("table");
            t.rows().forEach(r -> r.forEach(rows::add));
            t.total().forEach(rows::add);
        });
        return n;
    }

    private static ObjectNode party(Party p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", p.name());
        p.address().forEach(n.putArray("address")::add);
        return n;
    }

    private static String sha256(ObjectNode node) {
        try {
            return Sha256.hex(JSON.writeValueAsBytes(node));
        } catch (Exception e) {
            throw new CountersignException("cannot hash the agreement's canonical form", e);
        }
    }
}
