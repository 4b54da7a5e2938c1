package io.countersign.server.http;

import io.countersign.input.InputFormat;
import io.countersign.server.documents.SettlementIssuer;
import io.countersign.server.store.Json;
import io.countersign.settlement.SettlementFigures;
import io.javalin.http.Context;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/** {@code POST /api/v1/settlements}: a settlement agreement as YAML/JSON; 201 with its figures and the link to the PDF. */
final class SettlementEndpoint {
    private final Services s;

    SettlementEndpoint(Services s) {
        this.s = s;
    }

    void post(Context ctx) {
        Params p = Params.of(ctx, "sign", "issuedAt", "name");
        Optional<Boolean> sign = p.text("sign").isPresent() ? Optional.of(p.bool("sign", false)) : Optional.empty();
        Optional<Instant> issuedAt = p.time("issuedAt");
        p.done();
        Admission.renderSlot(s, ctx);
        String name = Bodies.displayName(ctx.queryParam("name"), "");
        InputFormat format = Bodies.textFormat(ctx.contentType(), name).orElseThrow(() -> ProblemException.unsupported(
                "send the settlement as application/yaml or application/json, not "
                        + (ctx.contentType() == null ? "without a Content-Type" : ctx.contentType())));
        String displayName = name.isEmpty() ? (format == InputFormat.JSON ? "settlement.json" : "settlement.yaml") : name;
        byte[] body = Bodies.bytes(ctx, s.limits().settlementBytes(), "the settlement");
        SettlementIssuer.Issued issued = s.settlements().issue(Bodies.utf8(body, displayName), format, displayName, sign, issuedAt);
        if (issued.document().created()) {
            s.registry().claim(issued.document().document().id(), ApiKeyFilter.caller(ctx).keyId());
        }
        ObjectNode n = Views.issued(issued.document());
        n.set("figures", figures(issued.figures()));
        ctx.header("Location", Views.documentHref(issued.document().document().id()));
        Responses.json(ctx, issued.document().created() ? 201 : 200, n);
    }

    private static ObjectNode figures(SettlementFigures f) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("currency", f.totalLoss().currency()).put("totalLoss", f.totalLoss().amount().toPlainString())
                .put("sellerBears", f.sellerBears().amount().toPlainString()).put("buyerBears", f.buyerBears().amount().toPlainString())
                .put("payer", f.payer().map(x -> x.key()).orElse("")).put("compensationDue", f.compensationDue().amount().toPlainString());
        return n;
    }
}
