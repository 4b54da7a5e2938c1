package io.countersign.input;

import io.countersign.core.Money;
import io.countersign.core.Party;
import io.countersign.settlement.Commitment;
import io.countersign.settlement.Languages;
import io.countersign.settlement.Law;
import io.countersign.settlement.LossItem;
import io.countersign.settlement.OriginalOrder;
import io.countersign.settlement.OutstandingPayment;
import io.countersign.settlement.PlanPart;
import io.countersign.settlement.Rework;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import io.countersign.settlement.Split;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the mappings of a settlement file into a {@link Settlement}; the figures are checked afterwards. */
final class AgreementReader {
    private final ProblemSink sink;
    private final MoneyCells money;

    AgreementReader(ProblemSink sink) {
        this.sink = sink;
        this.money = new MoneyCells(sink);
    }

    Optional<Settlement> read(Node root) {
        Optional<MappingReader> top = MappingReader.of(root, "", SettlementFields.SETTLEMENT, sink);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MappingReader m = top.get();
        Optional<String> number = m.text("number");
        Optional<LocalDate> date = m.date("date");
        Optional<String> currency = m.text("currency")
                .flatMap(c -> Codes.currency(c, m.value("currency").orElseThrow().position(), m.pathOf("currency"), sink))
                .map(Currency::getCurrencyCode);
        Optional<Languages> languages = languages(m);
        PartyReader parties = new PartyReader(sink);
        Optional<Party> seller = m.mapping("seller", PiFields.PARTY).flatMap(parties::party);
        Optional<Party> buyer = m.mapping("buyer", PiFields.PARTY).flatMap(parties::party);
        Optional<OriginalOrder> order = m.mapping("order", SettlementFields.ORDER).flatMap(o -> order(o, currency));
        Optional<String> incident = m.text("incident");
        List<LossItem> losses = losses(m, currency);
        Optional<Split> split = m.mapping("split", SettlementFields.SPLIT).flatMap(this::split);
        List<PlanPart> plan = new PlanReader(sink, currency).read(m);
        Optional<Commitment> commitment = m.mapping("commitment", SettlementFields.COMMITMENT).flatMap(c -> commitment(c, currency, date));
        Optional<Rework> rework = m.mapping("rework", SettlementFields.REWORK).flatMap(this::rework);
        Optional<OutstandingPayment> outstanding = m.mapping("outstanding", SettlementFields.OUTSTANDING).flatMap(o -> outstanding(o, currency));
        Optional<Law> law = m.mapping("law", SettlementFields.LAW).flatMap(this::law);
        if (!sink.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Settlement(number.orElseThrow(), date.orElseThrow(), currency.orElseThrow(), languages.orElseThrow(),
                seller.orElseThrow(), buyer.orElseThrow(), order.orElseThrow(), incident.orElseThrow(), losses, split.orElseThrow(),
                plan, commitment, rework, outstanding, law.orElseThrow()));
    }

    private Optional<Languages> languages(MappingReader m) {
        Optional<String> main = language(m, "language");
        Optional<String> second = language(m, "secondLanguage");
        Languages.Layout layout = Languages.Layout.SIDE_BY_SIDE;
        Optional<String> written = m.text("layout");
        if (written.isPresent()) {
            switch (written.get()) {
                case "side-by-side" -> layout = Languages.Layout.SIDE_BY_SIDE;
                case "sequential" -> layout = Languages.Layout.SEQUENTIAL;
                default -> sink.add(m.value("layout").orElseThrow().position(), m.pathOf("layout"),
                        "unknown layout \"" + written.get() + "\"", "write side-by-side (two columns) or sequential (one language after the other)");
            }
            if (second.isEmpty() && m.value("secondLanguage").isEmpty()) {
                sink.add(m.value("layout").orElseThrow().position(), m.pathOf("layout"), "a layout is given but no second language",
                        "add secondLanguage: zh-CN (or de, zh-TW, en), or remove layout");
            }
        }
        String first = main.orElse("en");
        if (second.isPresent() && second.get().equals(first)) {
            sink.add(m.value("secondLanguage").orElseThrow().position(), m.pathOf("secondLanguage"),
                    "the second language is the same as the first (" + first + ")", "remove secondLanguage, or name another language");
        }
        return Optional.of(new Languages(first, second, layout));
    }

    private Optional<String> language(MappingReader m, String field) {
        return m.text(field).flatMap(l -> Codes.language(l, m.value(field).orElseThrow().position(), m.pathOf(field), sink));
    }

    private Optional<OriginalOrder> order(MappingReader o, Optional<String> currency) {
        Optional<String> pi = o.text("pi");
        String po = o.text("po").orElse("");
        Optional<Money> value = money.money(o, "value", currency);
        Optional<String> status = o.text("status");
        return o.hasProblems() || !MappingReader.allPresent(pi, value, status) ? Optional.empty()
                : Optional.of(new OriginalOrder(pi.orElseThrow(), po, value.orElseThrow(), status.orElseThrow()));
    }

    private List<LossItem> losses(MappingReader m, Optional<String> currency) {
        List<LossItem> items = new ArrayList<>();
        Optional<Node.Sequence> list = m.list("losses", "one '- description: …' entry per cost");
        for (int i = 0; list.isPresent() && i < list.get().items().size(); i++) {
            String path = FieldPath.index(m.pathOf("losses"), i);
            MappingReader.of(list.get().items().get(i), path, SettlementFields.LOSS, sink).flatMap(l -> loss(l, currency)).ifPresent(items::add);
        }
        return items;
    }

    private Optional<LossItem> loss(MappingReader l, Optional<String> settlementCurrency) {
        Optional<String> description = l.text("description");
        Optional<String> currency = l.value("currency").isPresent()
                ? l.text("currency").flatMap(c -> Codes.currency(c, l.value("currency").orElseThrow().position(), l.pathOf("currency"), sink))
                        .map(Currency::getCurrencyCode)
                : settlementCurrency;
        Optional<Money> amount = money.money(l, "amount", currency);
        Optional<BigDecimal> rate = l.decimal("rate");
        Optional<Side> incurredBy = side(l, "incurredBy");
        String evidence = l.text("evidence").orElse("");
        return l.hasProblems() || !MappingReader.allPresent(description, amount, incurredBy) ? Optional.empty()
                : Optional.of(new LossItem(description.orElseThrow(), amount.orElseThrow(), incurredBy.orElseThrow(), evidence, rate));
    }

    private Optional<Split> split(MappingReader s) {
        Optional<Share> seller = s.value("seller").flatMap(v -> share(v, s.pathOf("seller")));
        Optional<Share> buyer = s.value("buyer").flatMap(v -> share(v, s.pathOf("buyer")));
        return s.hasProblems() || !MappingReader.allPresent(seller, buyer) ? Optional.empty()
                : Optional.of(new Split(seller.orElseThrow(), buyer.orElseThrow()));
    }

    /** "50%" is a percentage, a number an amount in the settlement currency, "rest" what the other share leaves. */
    private Optional<Share> share(Node node, String path) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.TEXT) {
            String text = s.text().strip();
            if (text.equalsIgnoreCase("rest")) {
                return Optional.of(Share.rest());
            }
            if (!text.endsWith("%")) {
                sink.add(s.position(), path, "\"" + text + "\" is not a share", "write a percentage (50%), an amount (1500.00) or rest");
                return Optional.empty();
            }
            return Percent.parse(node, path, sink).map(p -> new Share(Share.Kind.PERCENT, p));
        }
        return Scalars.decimal(node, path, sink).map(a -> new Share(Share.Kind.AMOUNT, a));
    }

    private Optional<Commitment> commitment(MappingReader c, Optional<String> currency, Optional<LocalDate> agreementDate) {
        Optional<Integer> orders = c.integer("orders");
        Optional<Money> minValue = money.money(c, "minOrderValue", currency);
        Optional<Integer> months = c.integer("withinMonths");
        Optional<LocalDate> from = c.date("from").or(() -> agreementDate);
        Optional<MappingReader> ifNotMet = c.mapping("ifNotMet", SettlementFields.IF_NOT_MET);
        Optional<Money> due = ifNotMet.flatMap(n -> money.money(n, "amount", currency));
        int days = ifNotMet.flatMap(n -> n.integer("dueWithinDays")).orElse(30);
        Commitment.RemainingDeductions remaining = ifNotMet.flatMap(this::remaining).orElse(Commitment.RemainingDeductions.UNCHANGED);
        return c.hasProblems() || !MappingReader.allPresent(orders, minValue, months, from) ? Optional.empty()
                : Optional.of(new Commitment(orders.orElseThrow(), minValue.orElseThrow(), from.orElseThrow(), months.orElseThrow(),
                        due, days, remaining));
    }

    private Optional<Commitment.RemainingDeductions> remaining(MappingReader n) {
        return n.text("remainingDeductions").flatMap(r -> switch (r.toLowerCase(Locale.ROOT)) {
            case "due" -> Optional.of(Commitment.RemainingDeductions.DUE);
            case "lapse" -> Optional.of(Commitment.RemainingDeductions.LAPSE);
            default -> {
                sink.add(n.value("remainingDeductions").orElseThrow().position(), n.pathOf("remainingDeductions"),
                        "\"" + r + "\" is not what can happen to remaining deductions",
                        "write due (the buyer pays them at once) or lapse (the seller owes them no longer)");
                yield Optional.empty();
            }
        });
    }

    private Optional<Rework> rework(MappingReader r) {
        Optional<String> description = r.text("description");
        Optional<LocalDate> exFactory = r.date("exFactory");
        Optional<LocalDate> shipment = r.date("shipment");
        Optional<Side> freight = side(r, "freightBookedBy");
        return r.hasProblems() || !MappingReader.allPresent(description, exFactory, shipment, freight) ? Optional.empty()
                : Optional.of(new Rework(description.orElseThrow(), exFactory.orElseThrow(), shipment.orElseThrow(), freight.orElseThrow()));
    }

    private Optional<OutstandingPayment> outstanding(MappingReader o, Optional<String> currency) {
        Optional<Money> amount = money.money(o, "amount", currency);
        Optional<LocalDate> originallyDue = o.date("originallyDue");
        Optional<LocalDate> due = o.date("due");
        boolean waits = o.bool("reworkWaitsForIt").orElse(false);
        return o.hasProblems() || !MappingReader.allPresent(amount, due) ? Optional.empty()
                : Optional.of(new OutstandingPayment(amount.orElseThrow(), originallyDue, due.orElseThrow(), waits));
    }

    private Optional<Law> law(MappingReader l) {
        Optional<String> governing = l.text("governingLaw");
        Optional<String> disputes = l.text("disputes");
        return l.hasProblems() || !MappingReader.allPresent(governing, disputes) ? Optional.empty()
                : Optional.of(new Law(governing.orElseThrow(), disputes.orElseThrow()));
    }

    private Optional<Side> side(MappingReader m, String field) {
        return m.text(field).flatMap(t -> {
            for (Side side : Side.values()) {
                if (side.key().equalsIgnoreCase(t)) {
                    return Optional.of(side);
                }
            }
            sink.add(m.value(field).orElseThrow().position(), m.pathOf(field), "\"" + t + "\" is neither party", "write seller or buyer");
            return Optional.empty();
        });
    }
}
