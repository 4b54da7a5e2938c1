package io.countersign.testing;

import io.countersign.core.Contact;
import io.countersign.core.Money;
import io.countersign.core.Party;
import io.countersign.settlement.Commitment;
import io.countersign.settlement.Languages;
import io.countersign.settlement.Law;
import io.countersign.settlement.LossItem;
import io.countersign.settlement.OrderDeductions;
import io.countersign.settlement.OriginalOrder;
import io.countersign.settlement.OutstandingPayment;
import io.countersign.settlement.Rework;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import io.countersign.settlement.Split;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The paper-box case of DESIGN.md as a settlement model, the same figures as samples/settlement/paper-boxes-claim.yaml. */
public final class TestSettlements {
    public static final LocalDate DATE = LocalDate.of(2026, 11, 27);

    private TestSettlements() {
    }

    public static Settlement paperBoxes() {
        return new Settlement("ST-2026-0815-1", DATE, "USD", Languages.only("en"),
                new Party("Dongguan Heyuan Paper Products Co., Ltd.", List.of("No. 18 Gongye Avenue, Humen Town", "Dongguan, China"), Contact.NONE),
                new Party("Maple & Finch Home Goods, Inc.", List.of("1450 Harbor Gateway Blvd, Suite 210", "Long Beach, CA 90810, USA"), Contact.NONE),
                new OriginalOrder("2026-0815", "PO-44817", usd("8115.00"), "produced, not shipped"),
                "1,200 sets of KB-5A were produced where the buyer's PO meant KB-5B.",
                List.of(new LossItem("Re-making 1,200 sets of KB-5B", Money.of("19800.00", "CNY"), Side.SELLER, "HY-PC-2611", Optional.of(new BigDecimal("0.1389"))),
                        new LossItem("Write-down of 1,200 sets of KB-5A", usd("1260.00"), Side.SELLER, "Stock valuation", Optional.empty()),
                        new LossItem("Re-printing UPC stickers and cartons", Money.of("1450.00", "CNY"), Side.SELLER, "HY-PR-0933", Optional.of(new BigDecimal("0.1389"))),
                        new LossItem("Warehouse slot booked and not used", usd("650.00"), Side.BUYER, "LBW-77821", Optional.empty())),
                new Split(Share.percent("50"), Share.rest()),
                List.of(new OrderDeductions(Optional.empty(), 3, Optional.empty(), Optional.empty(), Optional.empty())),
                Optional.of(new Commitment(3, usd("6000.00"), DATE, 6, Optional.empty(), 30, Commitment.RemainingDeductions.DUE)),
                Optional.of(new Rework("1,200 sets of KB-5B, replacing the KB-5A", LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 24), Side.SELLER)),
                Optional.of(new OutstandingPayment(usd("5680.50"), Optional.of(LocalDate.of(2026, 10, 20)), LocalDate.of(2026, 12, 10), true)),
                new Law("the laws of Hong Kong SAR", "arbitration at HKIAC in Hong Kong, in English"));
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
