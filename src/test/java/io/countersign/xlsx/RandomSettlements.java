package io.countersign.xlsx;

import io.countersign.core.CurrencyRules;
import io.countersign.core.Money;
import io.countersign.settlement.CreditNote;
import io.countersign.settlement.Instalments;
import io.countersign.settlement.Languages;
import io.countersign.settlement.LossItem;
import io.countersign.settlement.LumpSum;
import io.countersign.settlement.OrderDeductions;
import io.countersign.settlement.PlanPart;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementCalculator;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.SettlementProblem;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import io.countersign.settlement.Split;
import io.countersign.testing.TestSettlements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Valid settlements drawn at random from a seed: USD, EUR, JPY or KWD; losses in those and CNY at
 * rates with 0–6 decimals; any kind of split (percentages with up to two decimals); plans of one
 * to three parts with 1–120 instalments, 1–24 order deductions, lump sums and credit notes.
 */
final class RandomSettlements {
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "KWD");
    private static final List<String> LOSS_CURRENCIES = List.of("USD", "EUR", "JPY", "KWD", "CNY");
    private static final List<String> LANGUAGES = List.of("en", "de", "zh-CN", "zh-TW");

    private final Random rnd;

    RandomSettlements(long seed) {
        this.rnd = new Random(seed);
    }

    Settlement next() {
        for (int attempt = 0; attempt < 20; attempt++) {
            Settlement s = attempt();
            List<SettlementProblem> problems = SettlementCalculator.problems(s);
            if (problems.isEmpty()) {
                return s;
            }
        }
        throw new AssertionError("no valid settlement in 20 attempts");
    }

    private Settlement attempt() {
        String currency = pick(CURRENCIES);
        Settlement base = TestSettlements.paperBoxes();
        List<LossItem> losses = new ArrayList<>();
        int count = 1 + rnd.nextInt(5);
        for (int i = 0; i < count; i++) {
            losses.add(loss(currency, i));
        }
        Money total = Money.zero(currency);
        for (LossItem l : losses) {
            total = total.plus(l.rate().map(r -> Money.rounded(l.amount().amount().multiply(r), currency)).orElse(l.amount()));
        }
        Split split = split(total);
        String language = pick(LANGUAGES);
        Settlement s = with(base, currency, language, losses, split, List.of(new LumpSum(Optional.empty(), base.date().plusDays(30))));
        if (!SettlementCalculator.problems(s).isEmpty()) {
            // nothing owed: the split matches what each paid out
            return with(base, currency, language, losses, split, List.of());
        }
        SettlementFigures f = SettlementCalculator.calculate(s);
        return with(base, currency, language, losses, split, plan(s, f.compensationDue(), f.payer().orElseThrow()));
    }

    private LossItem loss(String currency, int i) {
        String lossCurrency = rnd.nextBoolean() ? currency : pick(LOSS_CURRENCIES);
        int decimals = CurrencyRules.minorUnits(lossCurrency);
        long units = 1 + (long) (Math.pow(10, 2 + rnd.nextInt(6)) * rnd.nextDouble());
        Money amount = new Money(BigDecimal.valueOf(units, decimals), lossCurrency);
        Optional<BigDecimal> rate = Optional.empty();
        if (!lossCurrency.equals(currency)) {
            // rates from 0.001 (JPY in KWD) to 200 (KWD in JPY), written with 0–6 decimals
            int rateDecimals = rnd.nextInt(7);
            double value = Math.pow(10, -3 + 5.3 * rnd.nextDouble());
            rate = Optional.of(BigDecimal.valueOf(value).setScale(rateDecimals, RoundingMode.HALF_UP).max(BigDecimal.ONE.movePointLeft(rateDecimals)));
        }
        String description = (i % 2 == 0 ? "Re-making cartons, batch " : "返工费用 ") + (i + 1);
        return new LossItem(description, amount, rnd.nextBoolean() ? Side.SELLER : Side.BUYER, "EV-" + (1000 + i), rate);
    }

    private Split split(Money total) {
        BigDecimal percent = BigDecimal.valueOf(rnd.nextInt(10001), 2).setScale(rnd.nextInt(3), RoundingMode.DOWN);
        BigDecimal rest = BigDecimal.valueOf(100).subtract(percent);
        Money amount = new Money(BigDecimal.valueOf((long) (total.amount().unscaledValue().longValueExact() * rnd.nextDouble()),
                total.amount().scale()), total.currency());
        return switch (rnd.nextInt(8)) {
            case 0, 1 -> new Split(new Share(Share.Kind.PERCENT, percent), new Share(Share.Kind.PERCENT, rest));
            case 2 -> new Split(new Share(Share.Kind.PERCENT, percent), Share.rest());
            case 3 -> new Split(Share.rest(), new Share(Share.Kind.PERCENT, percent));
            case 4 -> new Split(new Share(Share.Kind.AMOUNT, amount.amount()), Share.rest());
            case 5 -> new Split(Share.rest(), new Share(Share.Kind.AMOUNT, amount.amount()));
            case 6 -> new Split(new Share(Share.Kind.AMOUNT, amount.amount()), new Share(Share.Kind.AMOUNT, total.minus(amount).amount()));
            default -> percentAndAmount(total, percent);
        };
    }

    /** A percentage for one party and the amount it leaves for the other, as the calculator rounds the percentage. */
    private Split percentAndAmount(Money total, BigDecimal percent) {
        Money part = io.countersign.core.Allocation.split(total, List.of(percent, BigDecimal.valueOf(100).subtract(percent))).get(0);
        Share amount = new Share(Share.Kind.AMOUNT, total.minus(part).amount());
        Share share = new Share(Share.Kind.PERCENT, percent);
        return rnd.nextBoolean() ? new Split(share, amount) : new Split(amount, share);
    }

    private List<PlanPart> plan(Settlement s, Money due, Side payer) {
        long units = due.amount().unscaledValue().longValueExact();
        int parts = (int) Math.min(units, 1 + rnd.nextInt(3));
        boolean oneTakesTheRest = rnd.nextInt(4) != 0;
        // cut points for the parts' amounts, distinct and inside (0, units)
        List<Long> cuts = new ArrayList<>();
        while (cuts.size() < parts - 1) {
            long cut = 1 + (long) (rnd.nextDouble() * (units - 1));
            if (!cuts.contains(cut)) {
                cuts.add(cut);
            }
        }
        Collections.sort(cuts);
        cuts.add(units);
        List<PlanPart> plan = new ArrayList<>();
        long from = 0;
        int rest = oneTakesTheRest ? rnd.nextInt(parts) : -1;
        for (int i = 0; i < parts; i++) {
            long amountUnits = cuts.get(i) - from;
            from = cuts.get(i);
            Optional<Money> amount = i == rest ? Optional.empty() : Optional.of(new Money(BigDecimal.valueOf(amountUnits, due.amount().scale()), due.currency()));
            plan.add(part(s, amount, payer, due.currency()));
        }
        return plan;
    }

    private PlanPart part(Settlement s, Optional<Money> amount, Side payer, String currency) {
        var date = s.date().plusDays(1 + rnd.nextInt(90));
        int kind = rnd.nextInt(payer == Side.SELLER ? 5 : 4);
        return switch (kind) {
            case 0 -> new LumpSum(amount, date);
            case 1 -> new Instalments(amount, 1 + rnd.nextInt(120), date, 1 + rnd.nextInt(3));
            case 2 -> new OrderDeductions(amount, 1 + rnd.nextInt(24), Optional.empty(), Optional.empty(), Optional.empty());
            case 3 -> new OrderDeductions(amount, 1 + rnd.nextInt(24), Optional.of(BigDecimal.valueOf(1 + rnd.nextInt(3000), 2)),
                    rnd.nextBoolean() ? Optional.of(new Money(BigDecimal.valueOf(1000 + rnd.nextInt(100000)), currency)) : Optional.empty(),
                    Optional.of(date.plusMonths(6)));
            default -> new CreditNote(amount, date, rnd.nextBoolean() ? Optional.of(date.plusMonths(12)) : Optional.empty());
        };
    }

    /** {@code b} in another currency and language, with these losses, split and plan, and no commitment, rework or outstanding payment. */
    static Settlement with(Settlement b, String currency, String language, List<LossItem> losses, Split split, List<PlanPart> plan) {
        return new Settlement(b.number(), b.date(), currency, Languages.only(language), b.seller(), b.buyer(),
                new io.countersign.settlement.OriginalOrder(b.order().piNumber(), b.order().poNumber(), Money.of("8115", currency),
                        b.order().status()),
                b.incident(), losses, split, plan, Optional.empty(), Optional.empty(), Optional.empty(), b.law());
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
