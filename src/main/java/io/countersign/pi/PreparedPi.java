package io.countersign.pi;

import io.countersign.render.Messages;
import io.countersign.render.RenderResources;
import io.countersign.signoff.DocumentIdentity;
import java.util.List;

/**
 * A PI planned for output, before any format is chosen: the messages of its language, its identity
 * (with one sign-off point per style), the PO findings, the look-alikes and the formatted view.
 * The PDF and the Excel workbook both start from here, so they show the same texts and carry the
 * same identity for the same input and options.
 */
public final class PreparedPi {
    private final ProformaInvoice pi;
    private final Messages messages;
    private final PiView view;
    private final PiRendering rendering;
    private final RenderResources resources;

    private PreparedPi(ProformaInvoice pi, Messages messages, PiView view, PiRendering rendering, RenderResources resources) {
        this.pi = pi;
        this.messages = messages;
        this.view = view;
        this.rendering = rendering;
        this.resources = resources;
    }

    /**
     * Resolves the language (options, else the input's, else English) and the issue time (options,
     * else the PI's issue date at 00:00 UTC), then runs the analyses and the planner. The vector art
     * and picture references the PDF template needs are not kept (a few kilobytes a line).
     */
    public static PreparedPi of(ProformaInvoice pi, PiOptions options) {
        return plan(pi, options, false);
    }

    /** {@link #of}, keeping the resources the PDF template refers to. */
    static PreparedPi withResources(ProformaInvoice pi, PiOptions options) {
        return plan(pi, options, true);
    }

    private static PreparedPi plan(ProformaInvoice pi, PiOptions options, boolean keepResources) {
        PiIssue issue = PiIssue.of(pi, options);
        Messages msg = issue.messages();
        DocumentIdentity identity = issue.identity();
        LookAlikeReport lookAlikes = LookAlikes.find(pi.styles());
        List<PoFinding> findings = PoReconciliation.reconcile(pi);
        PiPlanner planner = new PiPlanner(pi, options, msg);
        PiView view = planner.plan(identity, issue.revisions(), lookAlikes, findings);
        return new PreparedPi(pi, msg, view, new PiRendering(identity, findings, lookAlikes),
                keepResources ? planner.resources() : new RenderResources());
    }

    public ProformaInvoice pi() {
        return pi;
    }

    public Messages messages() {
        return messages;
    }

    /** The texts as the PDF prints them; {@code view().lines().get(i)} is {@code pi().styles().get(i)}. */
    public PiView view() {
        return view;
    }

    public DocumentIdentity identity() {
        return rendering.identity();
    }

    /** Identity, findings and look-alikes: what every output format returns besides its bytes. */
    public PiRendering rendering() {
        return rendering;
    }

    /** The pictures and vector art the PDF template refers to; empty unless prepared {@link #withResources}. */
    RenderResources resources() {
        return resources;
    }
}
