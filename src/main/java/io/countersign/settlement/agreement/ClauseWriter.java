package io.countersign.settlement.agreement;

import io.countersign.core.Money;
import io.countersign.render.Messages;
import io.countersign.settlement.Commitment;
import io.countersign.settlement.CreditNote;
import io.countersign.settlement.Instalments;
import io.countersign.settlement.LumpSum;
import io.countersign.settlement.OrderDeductions;
import io.countersign.settlement.PlanLine;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wording of each clause in one language, generated from the settlement and its figures. Amounts
 * are formatted in that language's way; dates are ISO (2026-12-10) so that day and month cannot be
 * read the wrong way round by either party. Free text from the input (incident, descriptions, law) is
 * quoted as written.
 */
final class ClauseWriter {
    private final Settlement s;
    private final SettlementFigures f;
    private final Messages m;
    private final Locale locale;
    private final List<String> ids;

    ClauseWriter(Settlement s, SettlementFigures f, Messages single, List<String> ids) {
        this.s = s;
        this.f = f;
        this.m = single;
        this.locale = single.locale();
        this.ids = ids;
    }

    List<String> paragraphs(String id) {
        return switch (id) {
            case ClauseIds.FACTS -> facts();
            case ClauseIds.LOSSES -> List.of(m.format("agreement.losses.text", money(f.totalLoss()), s.currency()));
            case ClauseIds.SPLIT -> split();
            case ClauseIds.COMPENSATION -> compensation();
            case ClauseIds.COMMITMENT -> commitment(s.commitment().orElseThrow());
            case ClauseIds.REWORK -> rework();
            case ClauseIds.PAYMENT -> payment();
            case ClauseIds.LAW -> List.of(m.format("agreement.law.text", s.law().governingLaw(), s.law().disputes()),
                    m.format("agreement.law.final"));
            default -> throw new IllegalArgumentException("no clause " + id);
        };
    }

    private List<String> facts() {
        String order = s.order().poNumber().isEmpty()
                ? m.format("agreement.facts.order", s.order().piNumber(), money(s.order().value()), s.currency())
                : m.format("agreement.facts.orderPo", s.order().piNumber(), s.order().poNumber(), money(s.order().value()), s.currency());
        return List.of(order, m.format("agreement.facts.status", s.order().status()),
                m.format("agreement.facts.incident", s.incident()), m.format("agreement.facts.agree"));
    }

    private List<String> split() {
        List<String> p = new ArrayList<>();
        for (Side side : Side.values()) {
            Share share = s.split().of(side);
            Money bears = f.bears(side);
            p.add(switch (share.kind()) {
                case PERCENT -> m.format("agreement.split.percent", subject(side), percent(share.value()), money(bears), s.currency());
                case AMOUNT -> m.format("agreement.split.amount", subject(side), money(bears), s.currency());
                case REST -> m.format("agreement.split.rest", subject(side), money(bears), s.currency());
            });
        }
        if (f.payer().isEmpty()) {
            p.add(m.format("agreement.split.even"));
        } else {
            Side payer = f.payer().get();
            p.add(m.format("agreement.split.owes", subject(payer), money(f.incurred(payer)), s.currency(), money(f.bears(payer)),
                    s.currency(), object(payer.other()), money(f.compensationDue()), s.currency()));
        }
        return p;
    }

    private List<String> compensation() {
        Side payer = f.payer().orElseThrow();
        List<String> p = new ArrayList<>();
        p.add(m.format("agreement.comp.intro", subject(payer), object(payer.other()), money(f.compensationDue()), s.currency()));
        for (PlanLine line : f.plan()) {
            p.add(part(line, payer));
        }
        return p;
    }

    private String part(PlanLine line, Side payer) {
        String amount = money(line.amount());
        String cur = s.currency();
        if (line.part() instanceof LumpSum l) {
            return m.format("agreement.comp.lumpSum", amount, cur, date(l.due()));
        }
        if (line.part() instanceof Instalments n) {
            return m.format("agreement.comp.instalments", amount, cur, n.count(), date(n.first()), n.everyMonths());
        }
        if (line.part() instanceof CreditNote c) {
            return c.validUntil().isEmpty() ? m.format("agreement.comp.creditNote", amount, cur, date(c.issuedBy()))
                    : m.format("agreement.comp.creditNoteUntil", amount, cur, date(c.issuedBy()), date(c.validUntil().get()));
        }
        OrderDeductions d = (OrderDeductions) line.part();
        String direction = payer.key();
        if (d.equalInstalments()) {
            return m.format("agreement.comp.deductions." + direction, amount, cur, d.orders());
        }
        String cap = d.capPerOrder().map(c -> m.format("agreement.comp.cap", money(c), cur)).orElse("");
        return m.format("agreement.comp.percent." + direction, amount, cur, d.orders(), percent(d.percentOfOrder().orElseThrow()),
                cap, date(d.balanceDue().orElseThrow()));
    }

    private List<String> commitment(Commitment c) {
        List<String> p = new ArrayList<>();
        p.add(m.format("agreement.commit.text", c.orders(), money(c.minOrderValue()), s.currency(), date(c.from()), date(c.deadline())));
        c.dueIfNotMet().ifPresent(due -> p.add(m.format("agreement.commit.amount", money(due), s.currency(), c.dueWithinDays(), date(c.deadline()))));
        if (c.remaining() == Commitment.RemainingDeductions.DUE) {
            p.add(m.format("agreement.commit.remainingDue", c.dueWithinDays(), date(c.deadline())));
        } else if (c.remaining() == Commitment.RemainingDeductions.LAPSE) {
            p.add(m.format("agreement.commit.lapse"));
        }
        return p;
    }

    private List<String> rework() {
        var r = s.rework().orElseThrow();
        List<String> p = new ArrayList<>();
        p.add(m.format("agreement.rework.text", r.description(), date(r.exFactory()), date(r.shipment()), subject(r.freightBookedBy())));
        s.outstanding().filter(o -> o.reworkWaitsForIt())
                .ifPresent(o -> p.add(m.format("agreement.rework.waits", ids.indexOf(ClauseIds.PAYMENT) + 1)));
        return p;
    }

    private List<String> payment() {
        var o = s.outstanding().orElseThrow();
        List<String> p = new ArrayList<>();
        p.add(m.format("agreement.payment.text", money(o.amount()), s.currency(), date(o.due())));
        o.originallyDue().ifPresent(d -> p.add(m.format("agreement.payment.overdue", date(d))));
        return p;
    }

    private String subject(Side side) {
        return m.format("agreement.subject." + side.key());
    }

    private String object(Side side) {
        return m.format("agreement.object." + side.key());
    }

    String money(Money amount) {
        return amount.format(locale);
    }

    private String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String date(LocalDate d) {
        return d.toString();
    }
}
