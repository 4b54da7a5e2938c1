package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.core.Money;
import io.countersign.settlement.Commitment;
import io.countersign.settlement.CreditNote;
import io.countersign.settlement.Languages;
import io.countersign.settlement.OrderDeductions;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementCalculator;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import io.countersign.testing.TestSettlements;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementReaderTest {
    private static final Path PAPER_BOXES = Path.of("samples/settlement/paper-boxes-claim.yaml");
    private static final Path MAIL_ORDER = Path.of("samples/settlement/mail-order-boxes.yaml");

    @Test
    void readsThePaperBoxSampleAsTheTestCase() {
        Settlement s = SettlementReader.read(PAPER_BOXES);
        Settlement expected = TestSettlements.paperBoxes();
        assertThat(s.number()).isEqualTo(expected.number());
        assertThat(s.losses()).extracting(l -> l.amount()).isEqualTo(expected.losses().stream().map(l -> l.amount()).toList());
        assertThat(s.losses()).extracting(l -> l.rate()).isEqualTo(expected.losses().stream().map(l -> l.rate()).toList());
        assertThat(s.split()).isEqualTo(expected.split());
        assertThat(s.compensation()).isEqualTo(expected.compensation());
        assertThat(s.commitment()).isEqualTo(expected.commitment());
        assertThat(s.rework()).isEqualTo(expected.rework());
        assertThat(s.outstanding()).isEqualTo(expected.outstanding());
        assertThat(SettlementCalculator.calculate(s).compensationDue()).isEqualTo(Money.of("1780.81", "USD"));
    }

    @Test
    void readsTheGermanSampleWithACreditNoteAndDeductions() {
        Settlement s = SettlementReader.read(MAIL_ORDER);
        assertThat(s.languages()).isEqualTo(Languages.only("de"));
        assertThat(s.split().seller()).isEqualTo(new Share(Share.Kind.PERCENT, new BigDecimal("70")));
        assertThat(s.compensation().get(0)).isInstanceOf(CreditNote.class);
        var f = SettlementCalculator.calculate(s);
        assertThat(f.payer()).contains(Side.SELLER);
        assertThat(f.compensationDue()).isEqualTo(Money.of("1511.98", "EUR"));
        assertThat(f.plan().get(1).schedule()).extracting(i -> i.amount())
                .containsExactly(Money.of("505.99", "EUR"), Money.of("505.99", "EUR"));
    }

    @Test
    void readsSharesAsPercentAmountOrRest() {
        Settlement s = read(sample().replace("seller: 50%", "seller: 1500.00").replace("buyer: rest", "buyer: rest"));
        assertThat(s.split().seller()).isEqualTo(new Share(Share.Kind.AMOUNT, new BigDecimal("1500")));
        s = read(sample().replace("seller: 50%", "seller: 33.33 %").replace("buyer: rest", "buyer: 66.67%"));
        assertThat(s.split().buyer()).isEqualTo(new Share(Share.Kind.PERCENT, new BigDecimal("66.67")));
    }

    @Test
    void readsEveryKindOfPlanPart() {
        Settlement s = read(sample().replace("  - deductions: { orders: 3 }\n",
                "  - lumpSum: { amount: 300.00, due: 2026-12-31 }\n"
                        + "  - instalments: { amount: 480.81, count: 3, first: 2027-01-15, everyMonths: 2 }\n"
                        + "  - deductions: { orders: 4, percentOfOrder: 10%, capPerOrder: 400.00, balanceDue: 2027-06-30 }\n"));
        assertThat(s.compensation()).hasSize(3);
        assertThat(s.compensation().get(2)).isEqualTo(new OrderDeductions(java.util.Optional.empty(), 4,
                java.util.Optional.of(BigDecimal.TEN), java.util.Optional.of(Money.of("400.00", "USD")),
                java.util.Optional.of(LocalDate.of(2027, 6, 30))));
        assertThat(s.commitment().orElseThrow().remaining()).isEqualTo(Commitment.RemainingDeductions.DUE);
    }

    @Test
    void placesCalculatorProblemsAtTheLineOfTheFieldTheyName() {
        String text = sample().replace("buyer: rest", "buyer: 40%");
        assertThat(problems(text)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("split");
            assertThat(p.line()).isEqualTo(lineOf(text, "split:"));
            assertThat(p.message()).contains("90 %");
        });
        String late = sample().replace("shipment: 2026-12-24", "shipment: 2026-12-01");
        assertThat(problems(late)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("rework.shipment");
            assertThat(p.line()).isEqualTo(lineOf(late, "shipment: 2026-12-01"));
            assertThat(p.column()).isGreaterThan(1);
        });
    }

    @Test
    void reportsAForeignAmountWithoutRateAtTheLoss() {
        String text = sample().replace("    rate: 0.1389\n    incurredBy: seller\n    evidence: \"Production", "    incurredBy: seller\n    evidence: \"Production");
        assertThat(problems(text)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("losses[0].rate");
            assertThat(p.message()).contains("CNY").contains("no rate");
            assertThat(p.line()).isEqualTo(lineOf(text, "- description: \"Re-making"));
        });
    }

    @Test
    void reportsUnknownFieldsBadSharesAndPartiesWithHints() {
        String text = sample().replace("  buyer: rest", "  buyer: the rest").replace("incurredBy: buyer", "incurredBy: agent")
                .replace("  - deductions: { orders: 3 }", "  - deduction: { orders: 3 }").replace("withinMonths: 6", "withinMonth: 6");
        List<Problem> problems = problems(text);
        assertThat(problems).extracting(Problem::path).contains("split.buyer", "losses[3].incurredBy", "compensation[0]",
                "commitment.withinMonth", "commitment.withinMonths");
        assertThat(problems).filteredOn(p -> p.path().equals("compensation[0]")).singleElement()
                .satisfies(p -> assertThat(p.hint()).contains("deductions"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThat(problems(sample().replace("value: 8115.00", "value: 8115.005")))
                .anySatisfy(p -> assertThat(p.path()).isEqualTo("order.value"));
    }

    @Test
    void refusesAFileItCannotRead() {
        assertThatThrownBy(() -> SettlementReader.read(Path.of("samples/settlement/none.yaml")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such file");
    }

    private static String sample() {
        try {
            return java.nio.file.Files.readString(PAPER_BOXES);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Settlement read(String text) {
        return SettlementReader.read(text, InputFormat.YAML, "claim.yaml");
    }

    private static List<Problem> problems(String text) {
        try {
            read(text);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("no problem reported");
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }
}
