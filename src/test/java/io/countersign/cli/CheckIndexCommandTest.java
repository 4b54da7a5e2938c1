package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.labels.SheetKind;
import io.countersign.testing.Buyer;
import io.countersign.testing.TestSkus;
import io.countersign.xlsx.LabelIndexLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countersign check} on a carton batch's index workbook: points are SKU × element, exit codes as for a PI. */
class CheckIndexCommandTest {
    @TempDir
    Path dir;

    private byte[] issued;

    @BeforeEach
    void issue() throws Exception {
        issued = TestSkus.write(SheetKind.CARTON, 2, false);
        Files.write(dir.resolve("cartons-index.xlsx"), issued);
    }

    @Test
    void everyElementConfirmedExitsZero() {
        Path returned = Buyer.answer(issued, dir.resolve("cartons-index-signed.xlsx"), wb -> {
            Buyer.cells(wb).keySet().forEach(id -> Buyer.decide(wb, id, "Confirm"));
            Buyer.sign(wb, "Mark Reynolds", "Operations Manager");
        });

        PiCommandTest.Run run = PiCommandTest.run("check", returned.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("10 sign-off points").contains("KB-2_colours").contains("Integrity: intact")
                .contains("Verdict: CONFIRMED");
    }

    @Test
    void oneUndecidedElementIsIncompleteAndExitsThree() {
        Path returned = Buyer.answer(issued, dir.resolve("cartons-index-signed.xlsx"), wb -> Buyer.cells(wb).keySet().stream()
                .filter(id -> !id.equals("KB-1_sidemark")).forEach(id -> Buyer.decide(wb, id, "Confirm")));

        PiCommandTest.Run run = PiCommandTest.run("check", returned.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).containsPattern("KB-1_sidemark +UNDECIDED").contains("Verdict: INCOMPLETE — not confirmed: KB-1_sidemark");
    }

    @Test
    void anUnansweredBatchNamesTheFirstUndecidedElementsInTheVerdictAndCountsTheRest() throws Exception {
        // 30 SKUs × 5 elements: every point is listed line by line; the verdict line must not repeat 150 ids
        Path issuedBig = Files.write(dir.resolve("big.xlsx"), TestSkus.write(SheetKind.CARTON, 30, false));

        PiCommandTest.Run run = PiCommandTest.run("check", issuedBig.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("150 sign-off points").containsPattern("KB-30_colours +UNDECIDED")
                .contains("Verdict: INCOMPLETE — not confirmed: KB-1_drawing, ").contains("KB-4_colours and 130 more (listed above)")
                .doesNotContain("KB-5_drawing, ");
    }

    @Test
    void aChangedMainMarkWithProtectionRemovedExitsFour() {
        Path returned = Buyer.answer(issued, dir.resolve("cartons-index-signed.xlsx"), wb -> {
            wb.getSheet(LabelIndexLayout.SHEET).disableLocking();
            String decision = Buyer.cells(wb).get("KB-2_mainmark")[0];
            int row = new org.apache.poi.ss.util.CellReference(decision).getRow();
            Buyer.type(wb, new org.apache.poi.ss.util.CellReference(LabelIndexLayout.SHEET, row, LabelIndexLayout.CHECK, false, false)
                    .formatAsString(), "ACME\nPO 4500999\nHAMBURG\nC/NO. 1/120 … 120/120");
            Buyer.cells(wb).keySet().forEach(id -> Buyer.decide(wb, id, "Confirm"));
        });

        PiCommandTest.Run run = PiCommandTest.run("check", returned.toString());

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("(KB-2_mainmark)").contains("PO 4500999").contains("Verdict: ALTERED");
    }
}
