package io.countersign.settlement.agreement;

import io.countersign.barcode.QrSymbol;
import io.countersign.render.Messages;
import io.countersign.render.PdfMetadata;
import io.countersign.render.PdfRenderer;
import io.countersign.render.RenderResources;
import io.countersign.render.SymbolArt;
import io.countersign.render.Templates;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementCalculator;
import io.countersign.settlement.SettlementFigures;
import io.countersign.signoff.DocumentIdentity;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a settlement agreement to PDF through the {@code settlement} template: numbered clauses,
 * each its own Agree / To-discuss decision with the buyer's initials, and signature blocks for both
 * parties (the seller's is a signature field that {@code --sign} fills digitally). Stateless.
 */
public final class AgreementRenderer {
    private final String producer;

    public AgreementRenderer(String producer) {
        this.producer = producer;
    }

    /** Writes the PDF to {@code out}; returns its identity (one sign-off point per clause). */
    public DocumentIdentity renderPdf(Settlement s, AgreementOptions options, OutputStream out) {
        SettlementFigures figures = SettlementCalculator.calculate(s);
        Messages labels = Messages.of(s.languages().main(), s.languages().second());
        RenderResources resources = new RenderResources();
        AgreementView view = plan(s, figures, labels, options, resources);
        String xhtml = Templates.of(options.templates()).process("settlement", labels, Map.of("agreement", view));
        PdfMetadata meta = new PdfMetadata(view.title() + " " + s.number(), s.seller().name(),
                s.seller().name() + " — " + s.buyer().name() + ": " + view.clauses().size() + " clauses, each agreed on its own",
                s.languages().main());
        PdfRenderer.render(xhtml, resources, view.identity(), meta, List.of(), producer, out);
        return view.identity();
    }

    static AgreementView plan(Settlement s, SettlementFigures f, Messages labels, AgreementOptions options, RenderResources resources) {
        List<String> ids = ClauseIds.of(s, f);
        List<Messages> languages = new ArrayList<>(List.of(Messages.of(s.languages().main(), Optional.empty())));
        s.languages().second().ifPresent(l -> languages.add(Messages.of(l, Optional.empty())));
        List<ClauseWriter> writers = languages.stream().map(m -> new ClauseWriter(s, f, m, ids)).toList();
        ClauseTables tables = new ClauseTables(s, f, labels);
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            List<List<String>> texts = writers.stream().map(w -> w.paragraphs(id)).toList();
            clauses.add(new Clause(id, i + 1, labels.get("agreement." + id + ".title"), texts, tables.of(id)));
        }
        Instant issuedAt = options.issuedAt().orElse(s.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        String title = labels.get("agreement.title");
        DocumentIdentity identity = AgreementIdentity.of(s, clauses, title, issuedAt);
        String qrRef = resources.art("qr", SymbolArt.qr(QrSymbol.encode(identity.qrPayload()), 15.0));
        return new AgreementView(title, s.number(), ClauseWriter.date(s.date()), s.seller(), s.buyer(), clauses,
                s.languages().bilingual(), s.languages().layout() == io.countersign.settlement.Languages.Layout.SIDE_BY_SIDE,
                identity, qrRef);
    }
}
