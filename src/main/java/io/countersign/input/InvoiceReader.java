package io.countersign.input;

import io.countersign.core.Party;
import io.countersign.pi.BankDetails;
import io.countersign.pi.Incoterms;
import io.countersign.pi.PoLine;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the top level of a PI file into a {@link ProformaInvoice}, delegating styles and parties. */
final class InvoiceReader {
    private final ProblemSink sink;
    private final ImageInspector images;

    InvoiceReader(ProblemSink sink, ImageInspector images) {
        this.sink = sink;
        this.images = images;
    }

    /** The invoice when the whole file is clean; otherwise empty, with every problem in the sink. */
    Optional<ProformaInvoice> read(Node root) {
        Optional<MappingReader> pi = MappingReader.of(root, "", PiFields.PI, sink);
        if (pi.isEmpty()) {
            return Optional.empty();
        }
        MappingReader m = pi.get();
        PartyReader parties = new PartyReader(sink);
        Optional<String> number = m.text("number");
        int revision = revision(m);
        Optional<LocalDate> issueDate = m.date("issueDate");
        Optional<LocalDate> validUntil = m.date("validUntil");
        issueDate.ifPresent(issued -> validUntil.filter(v -> v.isBefore(issued)).ifPresent(v ->
                sink.add(m.value("validUntil").orElseThrow().position(), m.pathOf("validUntil"),
                        "validUntil " + v + " is before the issue date " + issued, "check the year and the month")));
        String buyerPo = m.text("buyerPo").orElse("");
        Optional<Currency> currency = m.text("currency")
                .flatMap(c -> Codes.currency(c, m.value("currency").orElseThrow().position(), m.pathOf("currency"), sink));
        Optional<Incoterms> incoterms = incoterms(m);
        Optional<String> paymentTerms = m.text("paymentTerms");
        Optional<LocalDate> shipmentDate = m.date("shipmentDate");
        String portOfLoading = m.text("portOfLoading").orElse("");
        String portOfDischarge = m.text("portOfDischarge").orElse("");
        Optional<String> language = m.text("language")
                .flatMap(l -> Codes.language(l, m.value("language").orElseThrow().position(), m.pathOf("language"), sink));
        Optional<Party> seller = m.mapping("seller", PiFields.PARTY).flatMap(parties::party);
        Optional<Party> buyer = m.mapping("buyer", PiFields.PARTY).flatMap(parties::party);
        Optional<BankDetails> bank = m.mapping("bank", PiFields.BANK).flatMap(parties::bank);
        List<String> remarks = remarks(m);
        List<Style> styles = styles(m, new StyleReader(currency, images, sink));
        List<PoLine> po = poLines(m, new StyleReader(currency, images, sink));
        if (!sink.isEmpty() || !MappingReader.allPresent(number, issueDate, currency, incoterms, paymentTerms, seller, buyer)) {
            return Optional.empty();
        }
        return Optional.of(new ProformaInvoice(number.orElseThrow(), revision, issueDate.orElseThrow(), validUntil,
                buyerPo, currency.orElseThrow().getCurrencyCode(), incoterms.orElseThrow(), paymentTerms.orElseThrow(),
                shipmentDate, portOfLoading, portOfDischarge, seller.orElseThrow(), buyer.orElseThrow(), bank,
                remarks, language, styles, po));
    }

    private int revision(MappingReader m) {
        Optional<Integer> revision = m.integer("revision");
        if (revision.isPresent() && revision.get() < 1) {
            sink.add(m.value("revision").orElseThrow().position(), m.pathOf("revision"),
                    "revision must be 1 or more, found " + revision.get(), "the first issue of a PI is revision 1");
        }
        return revision.orElse(1);
    }

    private Optional<Incoterms> incoterms(MappingReader m) {
        Optional<Node> node = m.value("incoterms");
        if (node.isPresent() && node.get() instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.TEXT) {
            String[] parts = s.text().strip().split("\\s+", 2);
            sink.add(s.position(), m.pathOf("incoterms"), "expected a mapping with rule and place, found " + s.describe(),
                    "write incoterms: { rule: " + parts[0] + ", place: " + (parts.length > 1 ? parts[1] : "…") + " }");
            return Optional.empty();
        }
        return m.mapping("incoterms", PiFields.INCOTERMS).flatMap(i -> {
            Optional<Incoterms.Rule> rule = i.text("rule")
                    .flatMap(r -> Codes.incotermsRule(r, i.value("rule").orElseThrow().position(), i.pathOf("rule"), sink));
            Optional<String> place = i.text("place");
            return rule.isPresent() && place.isPresent() ? Optional.of(new Incoterms(rule.get(), place.get())) : Optional.empty();
        });
    }

    private List<String> remarks(MappingReader m) {
        List<String> remarks = new ArrayList<>();
        Optional<Node.Sequence> list = m.list("remarks", "[\"Colours as approved sample\"]");
        for (int i = 0; list.isPresent() && i < list.get().items().size(); i++) {
            Node item = list.get().items().get(i);
            Scalars.text(item, FieldPath.index(m.pathOf("remarks"), i), sink).ifPresent(remarks::add);
        }
        return remarks;
    }

    private List<Style> styles(MappingReader m, StyleReader reader) {
        List<Style> styles = new ArrayList<>();
        Optional<Node.Sequence> list = m.list("styles", "one '- id: …' entry per style");
        if (list.isPresent() && list.get().items().isEmpty()) {
            sink.add(list.get().position(), m.pathOf("styles"), "the PI has no styles", "list at least one style under styles:");
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; list.isPresent() && i < list.get().items().size(); i++) {
            Node item = list.get().items().get(i);
            String path = FieldPath.index(m.pathOf("styles"), i);
            reader.read(item, path).ifPresent(styles::add);
            if (item instanceof Node.Mapping style) {
                duplicateId(style, i, path, firstIndex, list.get());
            }
        }
        return styles;
    }

    private void duplicateId(Node.Mapping style, int index, String path, Map<String, Integer> firstIndex, Node.Sequence all) {
        Optional<Node> id = style.entry("id").map(Node.Entry::value).filter(v -> v instanceof Node.Scalar && !v.isEmpty());
        if (id.isEmpty()) {
            return;
        }
        String key = ((Node.Scalar) id.get()).text().strip();
        Integer first = firstIndex.putIfAbsent(key, index);
        if (first != null) {
            Position firstAt = all.items().get(first).position();
            sink.add(id.get().position(), FieldPath.child(path, "id"),
                    "style id \"" + key + "\" is already used by styles[" + first + "] (line " + firstAt.line() + ")",
                    "give every style its own id; if it is the same product, merge the two entries");
        }
    }

    private List<PoLine> poLines(MappingReader m, StyleReader quantities) {
        List<PoLine> lines = new ArrayList<>();
        Optional<Node.Sequence> list = m.list("po", "one '- buyerCode: …' entry per PO line");
        for (int i = 0; list.isPresent() && i < list.get().items().size(); i++) {
            Optional<MappingReader> line = MappingReader.of(list.get().items().get(i), FieldPath.index(m.pathOf("po"), i),
                    PiFields.PO_LINE, sink);
            if (line.isEmpty()) {
                continue;
            }
            MappingReader l = line.get();
            Optional<String> code = l.text("buyerCode");
            Optional<BigDecimal> quantity = quantities.quantity(l.decimal("quantity"), l, "quantity");
            Optional<BigDecimal> price = l.decimal("unitPrice");
            price.filter(p -> p.signum() < 0).ifPresent(p -> sink.add(l.value("unitPrice").orElseThrow().position(),
                    l.pathOf("unitPrice"), "unitPrice must not be negative, found " + p.toPlainString(), "copy the price from the PO"));
            if (!l.hasProblems() && MappingReader.allPresent(code, quantity)) {
                lines.add(new PoLine(code.orElseThrow(), quantity.orElseThrow(), price));
            }
        }
        return lines;
    }
}
