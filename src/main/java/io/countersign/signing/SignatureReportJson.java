package io.countersign.signing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/** {@code verify --json}: the report for machines; absent values are JSON null, times ISO-8601 UTC. */
public final class SignatureReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SignatureReportJson() {
    }

    public static String of(SignatureReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", report.file());
        root.put("length", report.length());
        root.put("verified", report.verified());
        root.put("trustChecked", report.trustChecked());
        root.put("result", SignatureReportText.result(report));
        ArrayNode signatures = root.putArray("signatures");
        for (SignatureCheck s : report.signatures()) {
            ObjectNode n = signatures.addObject();
            n.put("field", s.field());
            n.put("signer", s.signer());
            n.put("signerSubject", s.signerSubject());
            n.put("issuer", s.issuer());
            n.put("subFilter", s.subFilter());
            n.put("profile", s.profile());
            time(n, "signingTime", s.signingTime());
            if (s.timestamp().isPresent()) {
                TimestampCheck t = s.timestamp().get();
                ObjectNode ts = n.putObject("timestamp");
                ts.put("time", t.time().toString());
                ts.put("authority", t.authority());
                ts.put("imprintMatches", t.imprintMatches());
                ts.put("tokenValid", t.tokenValid());
                trust(ts, t.trust());
            } else {
                n.putNull("timestamp");
            }
            if (s.certification().isPresent()) {
                ObjectNode c = n.putObject("certification");
                c.put("p", s.certification().get().p());
                c.put("meaning", s.certification().get().meaning());
            } else {
                n.putNull("certification");
            }
            n.put("signedLength", s.signedLength());
            n.put("coversWholeFile", s.coversWholeFile());
            n.put("intact", s.intact());
            n.put("digestMatches", s.digestMatches());
            n.put("signatureValid", s.signatureValid());
            n.put("certificateValid", s.certificateValid());
            trust(n, s.trust());
            ArrayNode changes = n.putArray("changes");
            for (Change c : s.changes()) {
                ObjectNode cn = changes.addObject();
                cn.put("kind", c.kind().name());
                cn.put("allowed", c.allowed());
                cn.put("description", c.description());
            }
            ArrayNode problems = n.putArray("problems");
            s.problems().forEach(problems::add);
            n.put("status", s.status().name());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void trust(ObjectNode n, Trust t) {
        ObjectNode tn = n.putObject("trust");
        tn.put("state", t.state().name());
        tn.put("detail", t.detail());
    }

    private static void time(ObjectNode n, String name, Optional<Instant> t) {
        if (t.isPresent()) {
            n.put(name, t.get().toString());
        } else {
            n.putNull(name);
        }
    }
}
