package io.countersign.xlsx;

import io.countersign.render.Messages;
import io.countersign.settlement.CreditNote;
import io.countersign.settlement.Instalments;
import io.countersign.settlement.LumpSum;
import io.countersign.settlement.OrderDeductions;
import io.countersign.settlement.PlanPart;
import io.countersign.settlement.Side;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

/** The words of a settlement workbook: party labels, plan parts and their terms, in the settlement's language. */
final class SettlementText {
    private final Messages msg;

    SettlementText(Messages msg) {
        this.msg = msg;
    }

    Messages messages() {
        return msg;
    }

    /** "Seller" or "Buyer": also the criterion by which the paid-out amounts are summed per party. */
    String side(Side side) {
        return msg.get(side == Side.SELLER ? "settlement.xlsx.seller" : "settlement.xlsx.buyer");
    }

    String part(PlanPart part) {
        return msg.get("settlement.xlsx.part." + part.key());
    }

    /** What the part says besides its amount: when and how it is paid. */
    String terms(PlanPart part) {
        if (part instanceof LumpSum l) {
            return msg.format("settlement.xlsx.terms.lumpSum", date(l.due()));
        }
        if (part instanceof CreditNote c) {
            return c.validUntil().map(v -> msg.format("settlement.xlsx.terms.creditNote.valid", date(c.issuedBy()), date(v)))
                    .orElseGet(() -> msg.format("settlement.xlsx.terms.creditNote", date(c.issuedBy())));
        }
        if (part instanceof Instalments n) {
            return n.everyMonths() == 1
                    ? msg.format("settlement.xlsx.terms.instalments.monthly", Integer.toString(n.count()), date(n.first()))
                    : msg.format("settlement.xlsx.terms.instalments", Integer.toString(n.count()), Integer.toString(n.everyMonths()),
                            date(n.first()));
        }
        OrderDeductions d = (OrderDeductions) part;
        if (d.equalInstalments()) {
            return msg.format("settlement.xlsx.terms.deductions.equal", Integer.toString(d.orders()));
        }
        String percent = number(d.percentOfOrder().orElseThrow());
        String balance = d.balanceDue().map(SettlementText::date).orElse("—");
        return d.capPerOrder()
                .map(cap -> msg.format("settlement.xlsx.terms.deductions.cap", percent, Integer.toString(d.orders()),
                        cap.format(msg.locale()), balance))
                .orElseGet(() -> msg.format("settlement.xlsx.terms.deductions.percent", percent, Integer.toString(d.orders()), balance));
    }

    /** A plain number with the decimals it was written with, in the language's symbols: 33.33, German 33,33. */
    String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int scale = Math.max(0, plain.scale());
        DecimalFormat f = new DecimalFormat(scale == 0 ? "0" : "0." + "0".repeat(scale), DecimalFormatSymbols.getInstance(msg.locale()));
        return f.format(plain);
    }

    /** Dates in words are ISO, as the date cells show them. */
    static String date(LocalDate date) {
        return date.toString();
    }
}
