package io.countersign.pi;

import io.countersign.render.Attachment;
import io.countersign.render.PdfMetadata;
import io.countersign.render.PdfRenderer;
import io.countersign.render.Templates;
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
        PreparedPi prepared = PreparedPi.withResources(pi, options);
        PiView view = prepared.view();
        String xhtml = Templates.of(options.templates()).process("pi", prepared.messages(), Map.of("pi", view));
        PdfMetadata meta = new PdfMetadata(view.title() + " " + pi.number() + " r" + pi.revision(), pi.seller().name(),
                pi.buyer().name() + " — " + pi.styles().size() + " styles, each to be confirmed on its own line",
                prepared.messages().language());
        Attachment input = new Attachment(PiIdentity.INPUT_ATTACHMENT,
                "canonical input of this PI (pictures by SHA-256): what a later revision is compared with (countersign pi --previous)",
                "application/json", PiIdentity.canonicalJson(pi));
        PdfRenderer.render(xhtml, prepared.resources(), prepared.identity(), meta, List.of(input), producer, out);
        return prepared.rendering();
    }
}
