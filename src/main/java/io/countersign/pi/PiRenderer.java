package io.countersign.pi;

import io.countersign.render.Messages;
import io.countersign.render.PdfMetadata;
import io.countersign.render.PdfRenderer;
import io.countersign.render.Templates;
import io.countersign.signoff.DocumentIdentity;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Renders a PI to PDF through the {@code pi} template. Stateless; safe for concurrent use. */
public final class PiRenderer {
    private final String producer;

    public PiRenderer(String producer) {
        this.producer = producer;
    }

    public PiRendering renderPdf(ProformaInvoice pi, PiOptions options, OutputStream out) {
        PiIssue issue = PiIssue.of(pi, options);
        Messages msg = issue.messages();
        DocumentIdentity identity = issue.identity();
        LookAlikeReport lookAlikes = LookAlikes.find(pi.styles());
        List<PoFinding> findings = PoReconciliation.reconcile(pi);
        PiPlanner planner = new PiPlanner(pi, options, msg);
        PiView view = planner.plan(identity, lookAlikes, findings);
        String xhtml = Templates.of(options.templates()).process("pi", msg, Map.of("pi", view));
        PdfMetadata meta = new PdfMetadata(view.title() + " " + pi.number() + " r" + pi.revision(), pi.seller().name(),
                pi.buyer().name() + " — " + pi.styles().size() + " styles, each to be confirmed on its own line", msg.language());
        PdfRenderer.render(xhtml, planner.resources(), identity, meta, producer, out);
        return new PiRendering(identity, findings, lookAlikes);
    }
}
