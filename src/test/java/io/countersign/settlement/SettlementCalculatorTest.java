package io.countersign.settlement;

import static io.countersign.testing.TestSettlements.DATE;
import static io.countersign.testing.TestSettlements.paperBoxes;
import static io.countersign.testing.TestSettlements.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettlementCalculatorTest {

    @Test
    void paperBoxCaseBuyerOwesTheSellerHalfOfTheNetCostOverThreeOrders() {
        SettlementFigures f = SettlementCalculator.calculate(paperBoxes());

        // CNY 19,800.00 × 0.1389 = 2,750.22; CNY 1,450.00 × 0.1389 = 201.405 → 201.41 (half-up, once per item)
        assertThat(f.losses()).containsExactly(usd("2750.22"), usd("1260.00"), usd("201.41"), usd("650.00"));
        assertThat(f.totalLoss()).isEqualTo(usd("4861.63"));
        assertThat(f.sellerIncurred()).isEqualTo(usd("4211.63"));
        assertThat(f.buyerIncurred()).isEqualTo(usd("650.00"));
        // 50 % of 4,861.63 is 2,430.815: the odd cent goes to the seller, named first.
        assertThat(f.sellerBears()).isEqualTo(usd("2430.82"));
        assertThat(f.buyerBears()).isEqualTo(usd("2430.81"));
        assertThat(f.payer()).contains(Side.BUYER);
        assertThat(f.payee()).contains(Side.SELLER);
        assertThat(f.compensationDue()).isEqualTo(usd("1780.81"));
        assertThat(f.plan()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(usd("1780.81"));
            assertThat(line.schedule()).extracting(Instalment::amount).containsExactly(usd("593.61"), usd("593.60"), usd("593.60"));
            assertThat(line.schedule()).allSatisfy(i -> assertThat(i.date()).isEmpty());
        });
    }

    @Test
    void sellerBearingMoreThanItPaidOutPaysTheBuyer() {
        Settlement s = with(paperBoxes(), new Split(Share.percent("100"), Share.rest()), List.of(lump(Optional.empty(), DATE.plusDays(30))));
        SettlementFigures f = SettlementCalculator.calculate(s);
        assertThat(f.payer()).contains(Side.SELLER);
        assertThat(f.compensationDue()).isEqualTo(usd("650.00"));
    }

    @Test
    void aSplitMatchingWhatEachPaidOutNeedsNoCompensation() {
        Settlement s = with(paperBoxes(), new Split(Share.amount("4211.63"), Share.rest()), List.of());
        SettlementFigures f = SettlementCalculator.calculate(s);
        assertThat(f.payer()).isEmpty();
        assertThat(f.compensationDue().isZero()).isTrue();
        assertThat(f.plan()).isEmpty();
    }

    @Test
    void sellerBearsAFixedAmountAndTheBuyerTheRest() {
        Settlement s = with(paperBoxes(), new Split(Share.amount("3000.00"), Share.rest()), List.of(lump(Optional.empty(), DATE.plusDays(14))));
        SettlementFigures f = SettlementCalculator.calculate(s);
        assertThat(f.sellerBears()).isEqualTo(usd("3000.00"));
        assertThat(f.buyerBears()).isEqualTo(usd("1861.63"));
        assertThat(f.compensationDue()).isEqualTo(usd("1211.63"));
    }

    @Test
    void combinedPlanGivesTheRestToThePartWithoutAmountAndDatesMonthlyInstalments() {
        List<PlanPart> plan = List.of(lump(Optional.of(usd("500.00")), DATE.plusDays(10)),
                new Instalments(Optional.empty(), 4, LocalDate.of(2027, 1, 31), 1));
        SettlementFigures f = SettlementCalculator.calculate(with(paperBoxes(), paperBoxes().split(), plan));
        assertThat(f.plan()).extracting(PlanLine::amount).containsExactly(usd("500.00"), usd("1280.81"));
        List<Instalment> four = f.plan().get(1).schedule();
        assertThat(four).extracting(Instalment::amount).containsExactly(usd("320.21"), usd("320.20"), usd("320.20"), usd("320.20"));
        // month arithmetic keeps the last day of shorter months
        assertThat(four).extracting(i -> i.date().orElseThrow()).containsExactly(
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
    }

    @Test
    void percentagesThatDoNotAddUpToHundredAreNamed() {
        assertProblem(with(paperBoxes(), new Split(Share.percent("60"), Share.percent("30")), paperBoxes().compensation()),
                "split", "add up to 90 %, not 100 %");
    }

    @Test
    void bothPartiesBearingTheRestIsRefused() {
        assertProblem(with(paperBoxes(), new Split(Share.rest(), Share.rest()), paperBoxes().compensation()), "split", "both parties");
    }

    @Test
    void aShareAboveTheTotalOrNegativeIsRefused() {
        assertProblem(with(paperBoxes(), new Split(Share.amount("9000.00"), Share.rest()), paperBoxes().compensation()),
                "split.seller", "more than the losses total");
        assertProblem(with(paperBoxes(), new Split(Share.percent("120"), Share.rest()), paperBoxes().compensation()),
                "split.seller", "not between 0 and 100");
        assertProblem(with(paperBoxes(), new Split(Share.rest(), Share.amount("-1.00")), paperBoxes().compensation()),
                "split.buyer", "negative");
    }

    @Test
    void aForeignCurrencyLossWithoutRateIsRefused() {
        Settlement s = paperBoxes();
        List<LossItem> losses = List.of(new LossItem("Re-making", Money.of("19800.00", "CNY"), Side.SELLER, "", Optional.empty()));
        assertProblem(withLosses(s, losses), "losses[0].rate", "no rate is given");
    }

    @Test
    void negativeOrZeroLossAmountsAreRefused() {
        List<LossItem> losses = List.of(new LossItem("Refund", usd("-10.00"), Side.SELLER, "", Optional.empty()));
        assertProblem(withLosses(paperBoxes(), losses), "losses[0].amount", "not positive");
    }

    @Test
    void aCommitmentToZeroOrdersIsRefused() {
        Settlement s = paperBoxes();
        Commitment zero = new Commitment(0, usd("6000.00"), DATE, 6, Optional.empty(), 30, Commitment.RemainingDeductions.DUE);
        assertProblem(new Settlement(s.number(), s.date(), s.currency(), s.languages(), s.seller(), s.buyer(), s.order(), s.incident(),
                s.losses(), s.split(), s.compensation(), Optional.of(zero), s.rework(), s.outstanding(), s.law()),
                "commitment.orders", "commits to nothing");
    }

    @Test
    void datesOutOfOrderAreNamed() {
        Settlement s = paperBoxes();
        Rework backwards = new Rework("KB-5B", LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 18), Side.SELLER);
        assertProblem(new Settlement(s.number(), s.date(), s.currency(), s.languages(), s.seller(), s.buyer(), s.order(), s.incident(),
                s.losses(), s.split(), s.compensation(), s.commitment(), Optional.of(backwards), s.outstanding(), s.law()),
                "rework.shipment", "before ex-factory");
        assertProblem(with(s, s.split(), List.of(lump(Optional.empty(), DATE.minusDays(1)))), "compensation[0].lumpSum.due", "before the agreement's date");
    }

    @Test
    void reworkThatWaitsForThePaymentCannotShipBeforeItIsDue() {
        Settlement s = paperBoxes();
        OutstandingPayment late = new OutstandingPayment(usd("5680.50"), Optional.empty(), LocalDate.of(2027, 1, 15), true);
        assertProblem(new Settlement(s.number(), s.date(), s.currency(), s.languages(), s.seller(), s.buyer(), s.order(), s.incident(),
                s.losses(), s.split(), s.compensation(), s.commitment(), s.rework(), Optional.of(late), s.law()),
                "outstanding.reworkWaitsForIt", "before the payment it waits for");
    }

    @Test
    void planAmountsThatDoNotCoverTheCompensationAreRefused() {
        assertProblem(with(paperBoxes(), paperBoxes().split(), List.of(lump(Optional.of(usd("1000.00")), DATE.plusDays(5)))),
                "compensation", "add up to 1000.00 USD, but 1780.81 USD is owed");
        assertProblem(with(paperBoxes(), paperBoxes().split(), List.of(lump(Optional.empty(), DATE.plusDays(5)), lump(Optional.empty(), DATE.plusDays(9)))),
                "compensation[1].lumpSum", "only one can take the rest");
    }

    @Test
    void aCreditNoteWhenTheBuyerOwesIsRefused() {
        assertProblem(with(paperBoxes(), paperBoxes().split(), List.of(new CreditNote(Optional.empty(), DATE, Optional.empty()))),
                "compensation[0].creditNote", "issued by the seller");
    }

    @Test
    void percentageDeductionsNeedADateForTheBalance() {
        OrderDeductions pct = new OrderDeductions(Optional.empty(), 3, Optional.of(BigDecimal.TEN), Optional.of(usd("800.00")), Optional.empty());
        assertProblem(with(paperBoxes(), paperBoxes().split(), List.of(pct)), "compensation[0].deductions.balanceDue", "may recover less");
    }

    @Test
    void oweingWithoutAPlanIsRefusedAndEveryProblemIsListedAtOnce() {
        Settlement s = with(paperBoxes(), new Split(Share.percent("60"), Share.percent("30")), List.of());
        Rework backwards = new Rework("KB-5B", LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 18), Side.SELLER);
        s = new Settlement(s.number(), s.date(), s.currency(), s.languages(), s.seller(), s.buyer(), s.order(), s.incident(),
                s.losses(), s.split(), s.compensation(), s.commitment(), Optional.of(backwards), s.outstanding(), s.law());
        assertThat(SettlementCalculator.problems(s)).extracting(SettlementProblem::path).contains("split", "rework.shipment");
        assertThat(SettlementCalculator.problems(with(paperBoxes(), paperBoxes().split(), List.of())))
                .extracting(SettlementProblem::path).contains("compensation");
    }

    static void assertProblem(Settlement s, String path, String message) {
        assertThat(SettlementCalculator.problems(s)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
            assertThat(p.hint()).isNotBlank();
        });
        assertThatThrownBy(() -> SettlementCalculator.calculate(s)).isInstanceOf(InvalidSettlementException.class).hasMessageContaining(path);
    }

    static LumpSum lump(Optional<Money> amount, LocalDate due) {
        return new LumpSum(amount, due);
    }

    static Settlement with(Settlement s, Split split, List<PlanPart> plan) {
        Optional<Commitment> commitment = plan.stream().anyMatch(p -> p instanceof OrderDeductions) ? s.commitment() : Optional.empty();
        return new Settlement(s.number(), s.date(), s.currency(), s.languages(), s.seller(), s.buyer(), s.order(), s.incident(),
                s.losses(), split, plan, commitment, s.rework(), s.outstanding(), s.law());
    }

    static Settlement withLosses(Settlement s, List<LossItem> losses) {
        return new Settlement(s.number(), s.date(), s.currency(), s.languages(), s.seller(), s.buyer(), s.order(), s.incident(),
                losses, s.split(), s.compensation(), s.commitment(), s.rework(), s.outstanding(), s.law());
    }
}
