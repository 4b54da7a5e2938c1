package io.countersign.settlement;

import static io.countersign.testing.TestSettlements.paperBoxes;
import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random settlements: whatever the losses, split and instalment count, the numbers always add up exactly. */
class AllocationPropertiesTest {
    private static final String[] CURRENCIES = {"USD", "EUR", "JPY", "KWD"};

    @Test
    void sharesAlwaysSumToTheTotalAndInstalmentsToTheirPartWithinOneMinorUnitOfEachOther() {
        Random random = new Random(20261127);
        for (int run = 0; run < 2_000; run++) {
            String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            Settlement s = randomSettlement(random, currency);
            SettlementFigures f = SettlementCalculator.calculate(s);

            assertThat(f.sellerBears().plus(f.buyerBears())).isEqualTo(f.totalLoss());
            assertThat(f.sellerIncurred().plus(f.buyerIncurred())).isEqualTo(f.totalLoss());
            assertThat(f.sellerBears().amount().signum()).isGreaterThanOrEqualTo(0);
            assertThat(f.buyerBears().amount().signum()).isGreaterThanOrEqualTo(0);
            Money planned = Money.sum(f.plan().stream().map(PlanLine::amount).toList(), currency);
            assertThat(planned).isEqualTo(f.compensationDue());
            for (PlanLine line : f.plan()) {
                List<Money> parts = line.schedule().stream().map(Instalment::amount).toList();
                assertThat(Money.sum(parts, currency)).isEqualTo(line.amount());
                BigDecimal max = parts.stream().map(Money::amount).max(BigDecimal::compareTo).orElseThrow();
                BigDecimal min = parts.stream().map(Money::amount).min(BigDecimal::compareTo).orElseThrow();
                assertThat(min.signum()).isGreaterThanOrEqualTo(0);
                assertThat(max.subtract(min)).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(max.scale()));
            }
        }
    }

    private static Settlement randomSettlement(Random random, String currency) {
        int scale = currency.equals("JPY") ? 0 : currency.equals("KWD") ? 3 : 2;
        List<LossItem> losses = new ArrayList<>();
        int items = 1 + random.nextInt(6);
        for (int i = 0; i < items; i++) {
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(5_000_000), scale);
            losses.add(new LossItem("item " + i, new Money(amount, currency), random.nextBoolean() ? Side.SELLER : Side.BUYER, "", Optional.empty()));
        }
        Split split = switch (random.nextInt(3)) {
            case 0 -> new Split(Share.percent(String.valueOf(random.nextInt(101))), Share.rest());
            case 1 -> {
                int p = random.nextInt(10_001);
                yield new Split(new Share(Share.Kind.PERCENT, BigDecimal.valueOf(p, 2)), new Share(Share.Kind.PERCENT, BigDecimal.valueOf(10_000 - p, 2)));
            }
            default -> new Split(Share.rest(), Share.percent(String.valueOf(random.nextInt(101))));
        };
        Settlement base = paperBoxes();
        LocalDate first = base.date().plusDays(1 + random.nextInt(60));
        List<PlanPart> plan = List.of(random.nextBoolean()
                ? new Instalments(Optional.empty(), 1 + random.nextInt(PlanScheduler.MAX_INSTALMENTS), first, 1 + random.nextInt(3))
                : new OrderDeductions(Optional.empty(), 1 + random.nextInt(PlanScheduler.MAX_ORDERS), Optional.empty(), Optional.empty(), Optional.empty()));
        Settlement draft = new Settlement(base.number(), base.date(), currency, base.languages(), base.seller(), base.buyer(),
                new io.countersign.settlement.OriginalOrder("1", "1", new Money(BigDecimal.valueOf(1, 0), currency), ""), "",
                losses, split, plan, Optional.empty(), Optional.empty(), Optional.empty(), base.law());
        // A split that happens to match what each paid out leaves nothing to plan.
        boolean owed = SettlementCalculator.problems(draft).stream().noneMatch(p -> p.message().contains("nothing is owed"));
        return owed ? draft : new Settlement(draft.number(), draft.date(), currency, draft.languages(), draft.seller(), draft.buyer(),
                draft.order(), "", losses, split, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), draft.law());
    }
}
