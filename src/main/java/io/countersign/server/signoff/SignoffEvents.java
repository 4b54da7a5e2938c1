package io.countersign.server.signoff;

import io.countersign.server.store.SignoffLinks;
import io.countersign.server.webhooks.Webhooks;
import io.countersign.signoff.Decision;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.SignOffReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhook events of a finished online sign-off: {@code signoff.completed} for every finish, and
 * {@code signoff.changes_requested} as well when the buyer marked any point Change needed — with
 * those points and their notes, so a receiver can act on them without another request.
 */
public final class SignoffEvents {
    private SignoffEvents() {
    }

    public static void publish(Webhooks webhooks, SignoffLinks.Link link, SignOffReport report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("revision", link.revision());
        data.put("link", link.id());
        data.put("recipient", link.recipient());
        data.put("signer", report.signer().name());
        data.put("verdict", report.verdict().name());
        data.put("confirmed", report.with(Decision.CONFIRMED).size());
        data.put("changesRequested", report.with(Decision.CHANGE_REQUESTED).size());
        data.put("certificate", "/api/v1/documents/" + link.documentId() + "/files/" + report.file());
        data.put("document", "/api/v1/documents/" + link.documentId());
        webhooks.publish(link.documentId(), Webhooks.SIGNOFF_COMPLETED, data);
        List<PointDecision> changes = report.with(Decision.CHANGE_REQUESTED);
        if (!changes.isEmpty()) {
            Map<String, Object> asked = new LinkedHashMap<>(data);
            asked.put("points", changes.stream().map(p -> Map.of("id", p.point().id(), "label", p.point().label(), "note", p.note())).toList());
            webhooks.publish(link.documentId(), Webhooks.SIGNOFF_CHANGES_REQUESTED, asked);
        }
    }
}
