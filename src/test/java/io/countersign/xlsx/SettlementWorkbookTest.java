package io.countersign.xlsx;

import static io.countersign.testing.TestSettlements.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.countersign.CountersignException;
import io.countersign.core.Money;
import io.countersign.render.Messages;
import io.countersign.settlement.Instalments;
import io.countersign.settlement.LossItem;
import io.countersign.settlement.LumpSum;
import io.countersign.settlement.OrderDeductions;
import io.countersign.settlement.PlanPart;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementCalculator;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import io.countersign.settlement.Split;
import io.countersign.testing.TestSettlements;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settlement workbook recalculates to exactly the calculator's figures — every cell the PDF
 * prints: converted losses, total, what each party paid out and bears, the compensation, payer and
 * payee, the plan's parts, every payment and its date — first as POI recalculates after every
 * cached value has been overwritten, then as LibreOffice does.
 */
class SettlementWorkbookTest {
    private static final LocalDate DATE = TestSettlements.DATE;

    @TempDir
    Path dir;

    @Test
    void paperBoxCaseRecalculatesToTheCalculatorsFigures() throws Exception {
        WrittenSettlement written = WrittenSettlement.of(TestSettlements.paperBoxes());

        assertRecalculated(written);
        try (XSSFWorkbook wb = recalculated(written)) {
            SettlementSheet.Placed p = written.placed().settlement();
            // CNY 1,450.00 × 0.1389 = 201.405 → 201.41; 50 % of 4,861.63 leaves an odd cent, the seller's
            assertThat(p.losses()).extracting(c -> number(wb, c)).containsExactly(2750.22, 1260.00, 201.41, 650.00);
            assertThat(number(wb, p.total())).isEqualTo(4861.63);
            assertThat(number(wb, p.bears().get(Side.SELLER))).isEqualTo(2430.82);
            assertThat(number(wb, p.bears().get(Side.BUYER))).isEqualTo(2430.81);
            assertThat(number(wb, p.due())).isEqualTo(1780.81);
            assertThat(text(wb, p.payer())).isEqualTo("Buyer");
            assertThat(written.placed().schedule().amounts().get(0)).extracting(c -> number(wb, c)).containsExactly(593.61, 593.60, 593.60);
        }
    }

    @Test
    void threeHundredRandomSettlementsRecalculateExactly() throws Exception {
        RandomSettlements random = new RandomSettlements(20261127L);
        java.util.Set<String> seen = new java.util.TreeSet<>();
        int mostPayments = 0;
        for (int i = 0; i < 300; i++) {
            WrittenSettlement written = WrittenSettlement.of(random.next());
            assertRecalculated(written);
            Settlement s = written.settlement();
            seen.add(s.currency());
            seen.add(s.split().seller().kind() + "/" + s.split().buyer().kind());
            if (s.split().seller().kind() == Share.Kind.PERCENT && s.split().seller().value().stripTrailingZeros().scale() == 2) {
                seen.add("percent with 2 decimals");
            }
            s.compensation().forEach(part -> seen.add(part.key()));
            s.losses().stream().filter(l -> l.rate().isPresent()).forEach(l -> seen.add("rate"));
            for (var line : written.figures().plan()) {
                mostPayments = Math.max(mostPayments, line.schedule().size());
            }
        }
        // the draw covers what it claims to: every currency, split and plan part, long schedules
        assertThat(seen).contains("USD", "EUR", "JPY", "KWD", "PERCENT/PERCENT", "PERCENT/REST", "REST/PERCENT", "AMOUNT/REST",
                "REST/AMOUNT", "AMOUNT/AMOUNT", "PERCENT/AMOUNT", "AMOUNT/PERCENT", "percent with 2 decimals", "lumpSum", "instalments",
                "deductions", "creditNote", "rate");
        assertThat(mostPayments).isGreaterThan(100);
    }

    @Test
    void halfUnitsRoundUpOnceAsTheCalculatorRoundsThem() throws Exception {
        // 1.15 × 0.3 = 0.345 is 0.34499999999999997 in binary: ROUND(E*G,2) depends on the program's correction; whole cents do not
        // 3 × 0.835 EUR at 1 = 2.505; 0.01 EUR at 0.5 = 0.005 → 0.01
        List<LossItem> losses = List.of(loss("1.15", "EUR", "0.3", Side.SELLER), loss("2.505", "KWD", "3.3", Side.SELLER),
                loss("0.01", "EUR", "0.5", Side.BUYER), loss("1001.01", "USD", null, Side.SELLER));
        Settlement s = settlement("USD", losses, new Split(Share.percent("33.33"), Share.percent("66.67")), rest(new Instalments(Optional.empty(), 7, DATE, 1)));
        WrittenSettlement written = WrittenSettlement.of(s);

        assertThat(written.figures().losses()).containsExactly(usd("0.35"), usd("8.27"), usd("0.01"), usd("1001.01"));
        assertRecalculated(written);
    }

    @Test
    void aPercentageForTheBuyerAloneTakesTheOddUnitOnATie() throws Exception {
        // the buyer's percentage is the split's first part when the seller bears the rest: 50 % of 0.03 → buyer 0.02
        List<LossItem> losses = List.of(loss("0.03", "USD", null, Side.SELLER));
        Settlement s = settlement("USD", losses, new Split(Share.rest(), Share.percent("50")), rest(new LumpSum(Optional.empty(), DATE)));
        WrittenSettlement written = WrittenSettlement.of(s);

        assertThat(written.figures().buyerBears()).isEqualTo(usd("0.02"));
        assertRecalculated(written);
    }

    @Test
    void currenciesWithoutAndWithThreeDecimalsCountInTheirOwnMinorUnits() throws Exception {
        Settlement yen = settlement("JPY", List.of(loss("1234567", "JPY", null, Side.SELLER), loss("999.99", "USD", "151.237", Side.BUYER)),
                new Split(Share.percent("12.5"), Share.rest()), rest(new Instalments(Optional.empty(), 120, DATE.plusDays(31), 1)));
        Settlement dinar = settlement("KWD", List.of(loss("1000.001", "KWD", null, Side.SELLER), loss("77", "JPY", "0.002031", Side.BUYER)),
                new Split(Share.amount("0.001"), Share.rest()), rest(new OrderDeductions(Optional.empty(), 24, Optional.empty(), Optional.empty(), Optional.empty())));

        for (Settlement s : List.of(yen, dinar)) {
            WrittenSettlement written = WrittenSettlement.of(s);
            assertRecalculated(written);
            try (XSSFWorkbook wb = written.open()) {
                String format = cell(wb, written.placed().settlement().total()).getCellStyle().getDataFormatString();
                assertThat(format).isEqualTo(s.currency().equals("JPY") ? "#,##0" : "#,##0.000");
            }
        }
    }

    @Test
    void amountsBeyondTwoToTheThirtyOneMinorUnitsStillSplitExactly() throws Exception {
        // POI's QUOTIENT stops at 2^31−1; 30,000,000.01 USD is 3,000,000,001 cents
        Settlement s = settlement("USD", List.of(loss("30000000.01", "USD", null, Side.BUYER)), new Split(Share.percent("100"), Share.rest()),
                rest(new Instalments(Optional.empty(), 7, DATE, 1)));
        assertRecalculated(WrittenSettlement.of(s));
    }

    @Test
    void nothingOwedShowsNoPayerAndNoSchedule() throws Exception {
        Settlement s = settlement("USD", List.of(loss("100.00", "USD", null, Side.SELLER), loss("100.00", "USD", null, Side.BUYER)),
                new Split(Share.percent("50"), Share.percent("50")), List.of());
        WrittenSettlement written = WrittenSettlement.of(s);

        assertRecalculated(written);
        try (XSSFWorkbook wb = recalculated(written)) {
            assertThat(text(wb, written.placed().settlement().payer())).isEqualTo("—");
            assertThat(written.placed().schedule().amounts()).isEmpty();
        }
    }

    @Test
    void labelsAndSheetNamesFollowTheSettlementsLanguages() throws Exception {
        Settlement german = RandomSettlements.with(TestSettlements.paperBoxes(), "USD", "de", TestSettlements.paperBoxes().losses(),
                TestSettlements.paperBoxes().split(), TestSettlements.paperBoxes().compensation());
        WrittenSettlement written = WrittenSettlement.of(german);
        assertRecalculated(written);
        try (XSSFWorkbook wb = written.open()) {
            assertThat(wb.getSheetName(0)).isEqualTo("Vergleich");
            assertThat(wb.getSheetName(1)).isEqualTo("Zahlungsplan");
            assertThat(text(wb, written.placed().settlement().payer())).isEqualTo("Käufer");
        }
        // bilingual labels are the criterion the paid-out amounts are summed by; a slash must not break it
        WrittenSettlement bilingual = WrittenSettlement.of(TestSettlements.paperBoxes(), Messages.of("en", Optional.of("zh-CN")));
        assertRecalculated(bilingual);
        try (XSSFWorkbook wb = bilingual.open()) {
            assertThat(wb.getSheetName(0)).isEqualTo("Settlement");
            assertThat(text(wb, bilingual.placed().settlement().payer())).isEqualTo("Buyer / 买方");
        }
    }

    @Test
    void figuresAreFormulasOverTheCellsAndDatesAreDateCells() throws Exception {
        WrittenSettlement written = WrittenSettlement.of(settlement("USD", TestSettlements.paperBoxes().losses(),
                TestSettlements.paperBoxes().split(), rest(new Instalments(Optional.empty(), 4, LocalDate.of(2027, 1, 31), 1))));
        try (XSSFWorkbook wb = written.open()) {
            XSSFCell converted = cell(wb, written.placed().settlement().losses().get(0));
            int row = converted.getRowIndex() + 1;
            assertThat(converted.getCellFormula()).isEqualTo("ROUND(ROUND(E" + row + "*100,0)*ROUND(G" + row + "*10000,0)/10000,0)/100");
            XSSFCell payment = cell(wb, written.placed().schedule().amounts().get(0).get(1));
            assertThat(payment.getCellFormula()).startsWith("INT((ROUND($D$").contains("+4-B").endsWith(")/4)/100");
            XSSFCell date = cell(wb, written.placed().schedule().dates().get(0).get(1));
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        }
    }

    @Test
    void sheetsAreProtectedPrintOnA4OnePageWideAndKeepTheirHeadersInView() throws Exception {
        WrittenSettlement written = WrittenSettlement.of(TestSettlements.paperBoxes());
        try (XSSFWorkbook wb = written.open()) {
            int[] frozen = {written.placed().settlement().frozenRows(), written.placed().schedule().frozenRows()};
            for (int i = 0; i < 2; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getProtect()).as("protected").isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) frozen[i]);
            }
            // descriptions and terms get room to wrap in
            assertThat(wb.getSheetAt(0).getColumnWidth(SettlementSheet.DESCRIPTION)).isGreaterThanOrEqualTo(30 * 256);
            assertThat(wb.getSheetAt(1).getColumnWidth(ScheduleSheet.TERMS)).isGreaterThanOrEqualTo(40 * 256);
            assertThat(wb.isStructureLocked()).isTrue();
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(DATE.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    @Test
    void theSameSettlementGivesTheSameBytesInAnyTimeZone() throws Exception {
        Settlement s = TestSettlements.paperBoxes();
        byte[] first = bytes(s);
        TimeZone zone = TimeZone.getDefault();
        try {
            Thread.sleep(2100); // past the two-second resolution of zip times
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            assertThat(bytes(s)).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(bytes(s)).isEqualTo(first);
    }

    @Test
    void amountsNoFormulaCouldReproduceExactlyAreRefusedByName() throws Exception {
        Settlement conversion = settlement("USD", List.of(loss("12345678.91", "CNY", "1.234567", Side.SELLER)),
                new Split(Share.percent("50"), Share.rest()), rest(new LumpSum(Optional.empty(), DATE)));
        assertThatThrownBy(() -> bytes(conversion)).isInstanceOf(CountersignException.class)
                .hasMessageContaining("losses[0]").hasMessageContaining("round the rate");
        Settlement total = settlement("JPY", List.of(loss("2000000000000", "JPY", null, Side.SELLER)),
                new Split(Share.percent("50"), Share.rest()), rest(new LumpSum(Optional.empty(), DATE)));
        assertThatThrownBy(() -> bytes(total)).isInstanceOf(CountersignException.class).hasMessageContaining("total loss");
    }

    /**
     * LibreOffice recalculates (its own ROUND, INT and SUMIF) every figure of workbooks whose cached
     * values were overwritten: the paper-box case, JPY and KWD, 120 instalments, a tie for the buyer.
     */
    @Test
    void libreOfficeRecalculatesToTheSameFigures() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "Assumption: LibreOffice (soffice) is not installed; its recalculation is not checked");
        List<WrittenSettlement> cases = new ArrayList<>();
        cases.add(WrittenSettlement.of(TestSettlements.paperBoxes()));
        cases.add(WrittenSettlement.of(settlement("JPY", List.of(loss("1234567", "JPY", null, Side.SELLER), loss("999.99", "USD", "151.237", Side.BUYER)),
                new Split(Share.percent("12.5"), Share.rest()), rest(new Instalments(Optional.empty(), 120, DATE.plusDays(31), 1)))));
        cases.add(WrittenSettlement.of(settlement("KWD", List.of(loss("1000.001", "KWD", null, Side.SELLER), loss("2.505", "KWD", null, Side.BUYER)),
                new Split(Share.percent("33.33"), Share.percent("66.67")), rest(new OrderDeductions(Optional.empty(), 24, Optional.empty(), Optional.empty(), Optional.empty())))));
        cases.add(WrittenSettlement.of(settlement("USD", List.of(loss("0.03", "USD", null, Side.SELLER), loss("1.15", "EUR", "0.3", Side.SELLER)),
                new Split(Share.rest(), Share.percent("50")), rest(new LumpSum(Optional.empty(), DATE)))));
        RandomSettlements random = new RandomSettlements(74L);
        for (int i = 0; i < 8; i++) {
            cases.add(WrittenSettlement.of(random.next()));
        }
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            inputs.add(Files.write(dir.resolve("case" + i + ".xlsx"), WrittenSettlement.poisoned(cases.get(i).bytes())));
        }
        Path out = recalculateWithLibreOffice(soffice, inputs);
        for (int i = 0; i < cases.size(); i++) {
            try (XSSFWorkbook wb = WrittenSettlement.open(Files.readAllBytes(out.resolve("case" + i + ".xlsx")))) {
                assertMatches(cases.get(i), wb, "LibreOffice");
            }
        }
    }

    /** {@code soffice --convert-to xlsx} with a throw-away profile set to recalculate every file it loads. */
    private Path recalculateWithLibreOffice(Path soffice, List<Path> inputs) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("recalculated"));
        Path log = dir.resolve("soffice.log");
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
        inputs.forEach(p -> command.add(p.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        for (Path input : inputs) {
            assertThat(out.resolve(input.getFileName())).as(Files.readString(log, StandardCharsets.UTF_8)).exists();
        }
        return out;
    }

    /** The cached values, and POI's recalculation after every cached value was overwritten, are the calculator's figures. */
    static void assertRecalculated(WrittenSettlement written) {
        try (XSSFWorkbook wb = written.open()) {
            assertMatches(written, wb, "cached");
            WrittenSettlement.poison(wb);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertMatches(written, wb, "recalculated");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertMatches(WrittenSettlement written, Workbook wb, String how) {
        List<String> wrong = new ArrayList<>();
        for (WrittenSettlement.Expected e : written.expected()) {
            Object actual = WrittenSettlement.valueOf(wb, e.cell(), e.value());
            if (!e.value().equals(actual)) {
                wrong.add(e.cell().formatAsString() + " " + e.what() + ": " + actual);
            }
        }
        assertThat(wrong).as(how + " " + written.settlement()).isEmpty();
    }

    private static XSSFWorkbook recalculated(WrittenSettlement written) {
        XSSFWorkbook wb = written.open();
        WrittenSettlement.poison(wb);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        return wb;
    }

    private static XSSFCell cell(XSSFWorkbook wb, CellReference ref) {
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static double number(XSSFWorkbook wb, CellReference ref) {
        return cell(wb, ref).getNumericCellValue();
    }

    private static String text(XSSFWorkbook wb, CellReference ref) {
        return cell(wb, ref).getStringCellValue();
    }

    private static byte[] bytes(Settlement s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SettlementWorkbook.write(s, SettlementCalculator.calculate(s), Messages.of(s.languages().main(), Optional.empty()), out);
        return out.toByteArray();
    }

    private static LossItem loss(String amount, String currency, String rate, Side side) {
        return new LossItem("Cost " + amount + " " + currency, Money.of(amount, currency), side, "EV-1",
                Optional.ofNullable(rate).map(BigDecimal::new));
    }

    /** A plan of one part that takes the whole compensation. */
    private static List<PlanPart> rest(PlanPart part) {
        return List.of(part);
    }

    private static Settlement settlement(String currency, List<LossItem> losses, Split split, List<PlanPart> plan) {
        return RandomSettlements.with(TestSettlements.paperBoxes(), currency, "en", losses, split, plan);
    }
}
