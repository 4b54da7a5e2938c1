package io.countersign.settlement.agreement;

import io.countersign.core.Money;
import io.countersign.render.Messages;
import io.countersign.settlement.CreditNote;
import io.countersign.settlement.Instalment;
import io.countersign.settlement.Instalments;
import io.countersign.settlement.LossItem;
import io.countersign.settlement.LumpSum;
import io.countersign.settlement.OrderDeductions;
import io.countersign.settlement.PlanLine;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the losses, split and compensation clauses: the numbers the wording refers to, with
 * labels in the agreement's language(s) and amounts in the main language's format. The XLSX has the
 * same numbers as live formulas.
 */
final class ClauseTables {
    private final Settlement s;
    private final SettlementFigures f;
    private final Messages labels;
    private final Locale locale;

    ClauseTables(Settlement s, SettlementFigures f, Messages labels) {
        this.s = s;
        this.f = f;
        this.labels = labels;
        this.locale = labels.locale();
    }

    Optional<ClauseTable> of(String id) {
        return switch (id) {
            case ClauseIds.LOSSES -> Optional.of(losses());
            case ClauseIds.SPLIT -> Optional.of(split());
            case ClauseIds.COMPENSATION -> Optional.of(schedule());
            default -> Optional.empty();
        };
    }

    private ClauseTable losses() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < s.losses().size(); i++) {
            LossItem item = s.losses().get(i);
            boolean foreign = !item.amount().currency().equals(s.currency());
            rows.add(List.of(String.valueOf(i + 1), item.description(), item.evidence(), party(item.incurredBy()),
                    money(item.amount()) + " " + item.amount().currency(),
                    foreign ? item.rate().orElseThrow().toPlainString() : "",
                    money(f.losses().get(i))));
        }
        return new ClauseTable(List.of(labels.get("agreement.col.no"), labels.get("agreement.col.cost"), labels.get("agreement.col.evidence"),
                labels.get("agreement.col.paidBy"), labels.get("agreement.col.amount"), labels.get("agreement.col.rate"),
                labels.with("agreement.col.in", s.currency())), Set.of(4, 5, 6), rows,
                List.of("", labels.get("agreement.total"), "", "", "", "", money(f.totalLoss())));
    }

    private ClauseTable split() {
        List<List<String>> rows = new ArrayList<>();
        for (Side side : Side.values()) {
            Money balance = f.bears(side).minus(f.incurred(side));
            rows.add(List.of(party(side), share(s.split().of(side)), money(f.incurred(side)), money(f.bears(side)), signed(balance)));
        }
        return new ClauseTable(List.of(labels.get("agreement.col.party"), labels.get("agreement.col.share"),
                labels.get("agreement.col.paidOut") + " (" + s.currency() + ")", labels.get("agreement.col.bears") + " (" + s.currency() + ")",
                labels.get("agreement.col.balance") + " (" + s.currency() + ")"), Set.of(1, 2, 3, 4), rows,
                List.of(labels.get("agreement.total"), "", money(f.totalLoss()), money(f.totalLoss()), money(Money.zero(s.currency()))));
    }

    private ClauseTable schedule() {
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (PlanLine line : f.plan()) {
            if (line.schedule().isEmpty()) {
                OrderDeductions d = (OrderDeductions) line.part();
                rows.add(List.of(String.valueOf(++no), labels.format("agreement.part.percent", d.orders(),
                        d.percentOfOrder().orElseThrow().stripTrailingZeros().toPlainString()), ClauseWriter.date(d.balanceDue().orElseThrow()),
                        money(line.amount())));
            }
            for (Instalment i : line.schedule()) {
                rows.add(List.of(String.valueOf(++no), partLabel(line, i), i.date().map(ClauseWriter::date).orElse(labels.get("agreement.part.anyOrder")),
                        money(i.amount())));
            }
        }
        return new ClauseTable(List.of(labels.get("agreement.col.no"), labels.get("agreement.col.part"), labels.get("agreement.col.due"),
                labels.get("agreement.col.amount") + " (" + s.currency() + ")"), Set.of(3), rows,
                List.of("", labels.get("agreement.total"), "", money(f.compensationDue())));
    }

    private String partLabel(PlanLine line, Instalment i) {
        if (line.part() instanceof LumpSum) {
            return labels.get("agreement.part.lumpSum");
        }
        if (line.part() instanceof CreditNote) {
            return labels.get("agreement.part.creditNote");
        }
        int of = line.schedule().size();
        return line.part() instanceof Instalments ? labels.with("agreement.part.instalment", i.number(), of)
                : labels.with("agreement.part.order", i.number(), of);
    }

    private String share(Share share) {
        return switch (share.kind()) {
            case PERCENT -> share.value().stripTrailingZeros().toPlainString() + " %";
            case AMOUNT -> labels.get("agreement.share.fixed");
            case REST -> labels.get("agreement.share.rest");
        };
    }

    private String party(Side side) {
        return labels.get("agreement." + side.key());
    }

    private String money(Money m) {
        return m.format(locale);
    }

    private String signed(Money m) {
        return m.amount().signum() > 0 ? "+" + money(m) : money(m);
    }
}
