package io.countersign.input;

import io.countersign.core.Money;
import io.countersign.settlement.CreditNote;
import io.countersign.settlement.Instalments;
import io.countersign.settlement.LumpSum;
import io.countersign.settlement.OrderDeductions;
import io.countersign.settlement.PlanPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the compensation plan: a list whose items each have one key, the kind of the part. */
final class PlanReader {
    private final ProblemSink sink;
    private final MoneyCells money;
    private final Optional<String> currency;

    PlanReader(ProblemSink sink, Optional<String> currency) {
        this.sink = sink;
        this.money = new MoneyCells(sink);
        this.currency = currency;
    }

    List<PlanPart> read(MappingReader settlement) {
        List<PlanPart> parts = new ArrayList<>();
        Optional<Node.Sequence> list = settlement.list("compensation", "[{ lumpSum: { amount: 500.00, due: 2026-12-31 } }]");
        for (int i = 0; list.isPresent() && i < list.get().items().size(); i++) {
            part(list.get().items().get(i), FieldPath.index(settlement.pathOf("compensation"), i)).ifPresent(parts::add);
        }
        return parts;
    }

    private Optional<PlanPart> part(Node item, String path) {
        List<String> kinds = SettlementFields.PLAN_PARTS.stream().map(FieldSet::name).toList();
        if (!(item instanceof Node.Mapping m) || m.entries().size() != 1) {
            sink.add(item.position(), path, "a part of the plan is one of " + String.join(", ", kinds) + " with its details",
                    "write e.g. - lumpSum: { amount: 500.00, due: 2026-12-31 }");
            return Optional.empty();
        }
        Node.Entry entry = m.entries().get(0);
        Optional<FieldSet> kind = SettlementFields.PLAN_PARTS.stream().filter(f -> f.name().equals(entry.key())).findFirst();
        if (kind.isEmpty()) {
            String hint = Suggest.closest(entry.key(), kinds).map(s -> "did you mean \"" + s + "\"?")
                    .orElse("use one of " + String.join(", ", kinds));
            sink.add(entry.keyPosition(), path, "unknown kind of plan part \"" + entry.key() + "\"", hint);
            return Optional.empty();
        }
        return MappingReader.of(entry.value(), FieldPath.child(path, entry.key()), kind.get(), sink).flatMap(p -> build(kind.get(), p));
    }

    private Optional<PlanPart> build(FieldSet kind, MappingReader p) {
        Optional<Money> amount = money.money(p, "amount", currency);
        if (kind == SettlementFields.LUMP_SUM) {
            Optional<LocalDate> due = p.date("due");
            return p.hasProblems() ? Optional.empty() : Optional.of(new LumpSum(amount, due.orElseThrow()));
        }
        if (kind == SettlementFields.INSTALMENTS) {
            Optional<Integer> count = p.integer("count");
            Optional<LocalDate> first = p.date("first");
            int every = p.integer("everyMonths").orElse(1);
            return p.hasProblems() ? Optional.empty() : Optional.of(new Instalments(amount, count.orElseThrow(), first.orElseThrow(), every));
        }
        if (kind == SettlementFields.DEDUCTIONS) {
            Optional<Integer> orders = p.integer("orders");
            Optional<BigDecimal> percent = p.value("percentOfOrder").flatMap(v -> Percent.parse(v, p.pathOf("percentOfOrder"), sink));
            Optional<Money> cap = money.money(p, "capPerOrder", currency);
            Optional<LocalDate> balanceDue = p.date("balanceDue");
            return p.hasProblems() ? Optional.empty()
                    : Optional.of(new OrderDeductions(amount, orders.orElseThrow(), percent, cap, balanceDue));
        }
        Optional<LocalDate> issuedBy = p.date("issuedBy");
        Optional<LocalDate> validUntil = p.date("validUntil");
        return p.hasProblems() ? Optional.empty() : Optional.of(new CreditNote(amount, issuedBy.orElseThrow(), validUntil));
    }
}
