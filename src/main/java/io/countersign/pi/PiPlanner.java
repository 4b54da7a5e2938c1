package io.countersign.pi;

import io.countersign.barcode.LinearSymbol;
import io.countersign.barcode.QrSymbol;
import io.countersign.core.AmountInWords;
import io.countersign.core.Decimals;
import io.countersign.core.Money;
import io.countersign.core.Party;
import io.countersign.render.Messages;
import io.countersign.render.PageImage;
import io.countersign.render.RenderResources;
import io.countersign.render.SymbolArt;
import io.countersign.signoff.DocumentIdentity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a validated PI into what the template shows: formatted facts and lines, look-alike
 * highlights, PO findings, totals, barcodes and pictures registered as render resources.
 */
final class PiPlanner {
    /** Picture column: pictures are scaled to this width, or to this height when taller than wide. */
    private static final double PICTURE_MM = 35.0;
    /** Room below the digits' baseline, in em, so descending glyph edges are not clipped. */
    private static final double DIGIT_DESCENT = 0.25;
    private static final int MAX_LOOKALIKE_NOTES = 2;

    /** Encoded QR codes by payload; re-rendering a document (previews, benchmarks, the server) reuses them. */
    private static final Map<String, QrSymbol> QR_CODES = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, QrSymbol> eldest) {
            return size() > 256;
        }
    });

    private final ProformaInvoice pi;
    private final PiOptions options;
    private final Messages msg;
    private final Locale locale;
    private final RenderResources resources = new RenderResources();
    private final LookAlikeFormatter lookAlikeFormatter;
    /** The UPC column is as wide as the widest symbol (quiet zones included) plus the cell's padding. */
    private double widestBarcodeMm;
    private static final double BARCODE_CELL_PADDING_MM = 3;

    PiPlanner(ProformaInvoice pi, PiOptions options, Messages msg) {
        this.pi = pi;
        this.options = options;
        this.msg = msg;
        this.locale = msg.locale();
        this.lookAlikeFormatter = formatter();
    }

    /**
     * The encoded QR code of {@code payload}, encoded outside the map's lock: a server encodes a new
     * payload for every document, and render threads must not wait on each other's encoding.
     */
    private static QrSymbol qrCode(String payload) {
        QrSymbol qr = QR_CODES.get(payload);
        if (qr == null) {
            qr = QrSymbol.encode(payload);
            QR_CODES.put(payload, qr);
        }
        return qr;
    }

    RenderResources resources() {
        return resources;
    }

    PiView plan(DocumentIdentity identity, Optional<RevisionDiff> diff, LookAlikeReport lookAlikes, List<PoFinding> findings) {
        List<String> pointIds = PointIds.of(pi.styles());
        List<PiView.Line> lines = new ArrayList<>();
        for (int i = 0; i < pi.styles().size(); i++) {
            Style s = pi.styles().get(i);
            lines.add(line(i + 1, pointIds.get(i), s, lookAlikes, findings, diff));
        }
        QrSymbol qr = qrCode(identity.qrPayload());
        String qrRef = resources.art("qr", SymbolArt.qr(qr, 15.0));
        return new PiView(msg.get("pi.title"), pi.number(), pi.revision(), pi.currency(), options.paper().css(),
                mm(widestBarcodeMm + BARCODE_CELL_PADDING_MM),
                party(pi.seller()), party(pi.buyer()), facts(), lines,
                findings.stream().map(this::finding).toList(), diff.map(d -> RevisionWording.summary(d, pi.styles().size(), msg)).orElse(List.of()),
                diff.map(RevisionDiff::previousRevision).orElse(0), totals(), bank(),
                pi.remarks(), identity, qrRef);
    }

    private PiView.Line line(int no, String pointId, Style s, LookAlikeReport lookAlikes, List<PoFinding> findings,
                             Optional<RevisionDiff> diff) {
        Set<String> differing = lookAlikes.differingAttributesOf(s);
        List<PiView.AttributeView> attrs = s.attributes().stream()
                .map(a -> new PiView.AttributeView(a.name(), a.value(), differing.contains(a.name()))).toList();
        List<String> notes = lookAlikeNotes(s, lookAlikes.pairsOf(s));
        List<String> findingNotes = findings.stream()
                .filter(f -> f.styleId().map(s.id()::equals).orElse(f.buyerCode().equals(s.buyerCode())))
                .map(this::finding).toList();
        String imageRef = "";
        String w = "0";
        String h = "0";
        if (!s.images().isEmpty()) {
            ProductImage img = s.images().get(0);
            imageRef = resources.image(new PageImage(img.file(), img.sha256(), img.exifOrientation()));
            double pw = img.rotatesQuarter() ? img.pixelHeight() : img.pixelWidth();
            double ph = img.rotatesQuarter() ? img.pixelWidth() : img.pixelHeight();
            double scale = PICTURE_MM / Math.max(pw, ph);
            w = mm(pw * scale);
            h = mm(ph * scale);
        }
        Money amount = Money.line(s.quantity(), s.unitPrice(), pi.currency());
        Optional<PointChange> change = diff.flatMap(d -> d.of(s.id()));
        String revisionNote = change.map(c -> RevisionWording.lineNote(c, diff.get(), msg)).orElse("");
        boolean changed = change.map(c -> c.kind() != PointChange.Kind.UNCHANGED).orElse(false);
        boolean asked = !change.map(PointChange::carried).orElse(false);
        return new PiView.Line(no, pointId, asked, s.buyerCode(), s.id(), s.name(), attrs, !notes.isEmpty(), revisionNote, changed,
                notes, findingNotes,
                imageRef, w, h, barcode(pointId, s), quantity(s.quantity()), s.unit(),
                Money.rounded(s.unitPrice(), pi.currency()).format(locale), amount.format(locale));
    }

    /** The first pairs in full; the rest as one line of style ids, so a family of similar styles cannot swamp a row. */
    private List<String> lookAlikeNotes(Style s, List<LookAlike> pairs) {
        List<String> notes = new ArrayList<>();
        pairs.stream().limit(MAX_LOOKALIKE_NOTES).map(this::lookAlikeNote).forEach(notes::add);
        if (pairs.size() > MAX_LOOKALIKE_NOTES) {
            List<String> others = pairs.stream().skip(MAX_LOOKALIKE_NOTES)
                    .map(p -> p.a().id().equals(s.id()) ? p.b().id() : p.a().id()).toList();
            notes.add(msg.with("lookalike.more", String.join(", ", others)));
        }
        return notes;
    }

    private String lookAlikeNote(LookAlike pair) {
        return lookAlikeFormatter.sentence(pair);
    }

    /** The look-alike sentence in the document's language; bundle patterns are handed over with the formatter's placeholders. */
    private LookAlikeFormatter formatter() {
        return new LookAlikeFormatter(label -> switch (label) {
            case DIFFER_ONLY_IN -> msg.format("lookalike.differ", "{a}", "{b}", "{list}");
            case IDENTICAL -> msg.format("lookalike.identical", "{a}", "{b}");
            case ITEM_WITH_VALUES -> msg.single("lookalike.values", "{name}", "{x}", "{y}");
            case NAME -> msg.single("lookalike.name");
            case LIST_SEPARATOR -> ", ";
        });
    }

    /** The finding in the document's language; in bilingual mode each language builds the whole sentence, lists included. */
    private String finding(PoFinding f) {
        return msg.compose(m -> f.message(m::single));
    }

    private PiView.BarcodeView barcode(String pointId, Style s) {
        LinearSymbol symbol = LinearSymbol.of(s.gtin(), options.magnification());
        widestBarcodeMm = Math.max(widestBarcodeMm, symbol.width());
        double height = symbol.height() + DIGIT_DESCENT * symbol.hri().get(0).size();
        String ref = resources.art("bc-" + pointId, SymbolArt.linear(symbol, height));
        return new PiView.BarcodeView(ref, symbol.symbology().label() + " " + s.gtin().digits(), mm(symbol.width()), mm(height));
    }

    private List<PiView.Fact> facts() {
        List<PiView.Fact> f = new ArrayList<>();
        f.add(new PiView.Fact(msg.get("pi.number"), pi.number()));
        f.add(new PiView.Fact(msg.get("pi.revision"), Integer.toString(pi.revision())));
        f.add(new PiView.Fact(msg.get("pi.issueDate"), date(pi.issueDate())));
        addIf(f, "pi.validUntil", pi.validUntil().map(this::date).orElse(""));
        addIf(f, "pi.buyerPo", pi.buyerPoReference());
        f.add(new PiView.Fact(msg.get("pi.incoterms"), pi.incoterms().toString()));
        f.add(new PiView.Fact(msg.get("pi.payment"), pi.paymentTerms()));
        addIf(f, "pi.shipment", pi.shipmentDate().map(this::date).orElse(""));
        addIf(f, "pi.portOfLoading", pi.portOfLoading());
        addIf(f, "pi.portOfDischarge", pi.portOfDischarge());
        f.add(new PiView.Fact(msg.get("pi.currency"), pi.currency()));
        return f;
    }

    private List<PiView.Fact> bank() {
        List<PiView.Fact> f = new ArrayList<>();
        pi.bank().ifPresent(b -> {
            addIf(f, "bank.beneficiary", b.beneficiary());
            addIf(f, "bank.bankName", b.bankName());
            addIf(f, "bank.bankAddress", b.bankAddress());
            addIf(f, "bank.account", b.account());
            addIf(f, "bank.swift", b.swift());
        });
        return f;
    }

    private void addIf(List<PiView.Fact> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new PiView.Fact(msg.get(key), value));
        }
    }

    private PiView.Totals totals() {
        Map<String, BigDecimal> byUnit = new LinkedHashMap<>();
        List<Money> amounts = new ArrayList<>();
        long cartons = 0;
        BigDecimal cbm = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        for (Style s : pi.styles()) {
            byUnit.merge(s.unit(), s.quantity(), BigDecimal::add);
            amounts.add(Money.line(s.quantity(), s.unitPrice(), pi.currency()));
            if (s.packing().isPresent()) {
                Packing p = s.packing().get();
                BigDecimal n = s.quantity().divide(BigDecimal.valueOf(p.unitsPerCarton()), 0, RoundingMode.CEILING);
                cartons += n.longValueExact();
                cbm = cbm.add(p.carton().cubicMetres().multiply(n));
                net = net.add(p.netWeightKg().multiply(n));
                gross = gross.add(p.grossWeightKg().multiply(n));
            }
        }
        Money total = Money.sum(amounts, pi.currency());
        List<String> quantities = byUnit.entrySet().stream().map(e -> quantity(e.getValue()) + " " + e.getKey()).toList();
        return new PiView.Totals(quantities, total.format(locale), AmountInWords.english(total),
                Long.toString(cartons), decimal(cbm.setScale(3, RoundingMode.HALF_UP)) + " m³",
                decimal(net.setScale(1, RoundingMode.HALF_UP)) + " / " + decimal(gross.setScale(1, RoundingMode.HALF_UP)) + " kg");
    }

    private PiView.PartyView party(Party p) {
        List<String> lines = new ArrayList<>(p.address());
        String contact = String.join(" · ", List.of(p.contact().person(), p.contact().email(), p.contact().phone()).stream()
                .filter(x -> !x.isBlank()).toList());
        if (!contact.isEmpty()) {
            lines.add(contact);
        }
        return new PiView.PartyView(p.name(), lines);
    }

    private String date(LocalDate d) {
        return d.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private String quantity(BigDecimal q) {
        return Decimals.quantity(q, locale);
    }

    private String decimal(BigDecimal d) {
        return Decimals.format(d, locale);
    }

    /** Millimetres with three decimals for CSS; Locale-free and much cheaper than String.format. */
    static String mm(double v) {
        return BigDecimal.valueOf(Math.round(v * 1000), 3).toPlainString();
    }
}
