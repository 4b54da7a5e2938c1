package io.countersign.pi;

import io.countersign.render.Attachment;
import io.countersign.render.DrawnPdf;
import io.countersign.render.PdfMetadata;
import io.countersign.render.PdfRenderer;
import io.countersign.render.Templates;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Renders a PI to PDF: drawn directly ({@link PiPages}), or laid out from the user's {@code pi}
 * template when {@link PiOptions#templates()} names a copy. Stateless; safe for concurrent use.
 */
public final class PiRenderer {
    private final String producer;

    public PiRenderer(String producer) {
        this.producer = producer;
    }

    public PiRendering renderPdf(ProformaInvoice pi, PiOptions options, OutputStream out) {
        PreparedPi prepared = PreparedPi.withResources(pi, options);
        PiView view = prepared.view();
        PdfMetadata meta = new PdfMetadata(view.title() + " " + pi.number() + " r" + pi.revision(), pi.seller().name(),
                pi.buyer().name() + " — " + pi.styles().size() + " styles, each to be confirmed on its own line",
                prepared.messages().language());
        Attachment input = new Attachment(PiIdentity.INPUT_ATTACHMENT,
                "canonical input of this PI (pictures by SHA-256): what a later revision is compared with (countersign pi --previous)",
                "application/json", PiIdentity.canonicalJson(pi));
        if (options.templates().isEmpty() && drawn(prepared, options, meta, input, out)) {
            return prepared.rendering();
        }
        String xhtml = Templates.of(options.templates()).process("pi", prepared.messages(), Map.of("pi", view));
        PdfRenderer.render(xhtml, prepared.resources(), prepared.identity(), meta, List.of(input), producer, out);
        return prepared.rendering();
    }

    /**
     * The bundled layout drawn directly (see {@link PiPages} for why it bypasses HTML); false, with
     * nothing written, for a PI with a row taller than a page, which the template then lays out.
     */
    private boolean drawn(PreparedPi prepared, PiOptions options, PdfMetadata meta, Attachment input, OutputStream out) {
        try (DrawnPdf pdf = new DrawnPdf(prepared.resources())) {
            if (!PiPages.draw(prepared.view(), prepared.messages(), options.paper(), pdf)) {
                return false;
            }
            pdf.finish(prepared.identity(), meta, List.of(input), producer, out);
            return true;
        }
    }
}
