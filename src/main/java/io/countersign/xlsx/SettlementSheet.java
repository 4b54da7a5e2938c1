package io.countersign.xlsx;

import static io.countersign.xlsx.MinorUnitFormulas.LIMIT;
import static io.countersign.xlsx.MinorUnitFormulas.PART_LIMIT;
import static io.countersign.xlsx.MinorUnitFormulas.decimalsOf;
import static io.countersign.xlsx.MinorUnitFormulas.requireExact;
import static io.countersign.xlsx.MinorUnitFormulas.unscaled;
import static io.countersign.xlsx.SettlementRows.col;
import static io.countersign.xlsx.SettlementRows.local;

import io.countersign.core.CurrencyRules;
import io.countersign.render.Messages;
import io.countersign.settlement.Instalment;
import io.countersign.settlement.LossItem;
import io.countersign.settlement.PlanLine;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The first sheet of a settlement workbook, top to bottom: title and facts, 1 the losses (each
 * converted at its rate, the total), 2 the split (each party's share, what it paid out, what it
 * bears, the difference; the compensation due and who pays whom), 3 the plan's parts, 4 checks
 * that are TRUE when the figures hold together, and how they are computed. Every figure is a
 * formula over the cells above it (see {@link MinorUnitFormulas}), its cached value the calculator's.
 */
final class SettlementSheet {
    static final int NO = 0;
    static final int DESCRIPTION = 1;
    static final int EVIDENCE = 2;
    static final int INCURRED_BY = 3;
    static final int AMOUNT = 4;
    static final int CURRENCY = 5;
    static final int RATE = 6;
    static final int CONVERTED = 7;
    /** The plan table: the part and its terms, its number of payments, the first due date, its amount. */
    static final int PART = 1;
    static final int PAYMENTS = 2;
    static final int FIRST_DUE = 3;
    static final int PART_AMOUNT = 4;

    private static final double[] WIDTHS = {5, 42, 16, 15, 15, 9, 10, 16};

    /** Where the figures were written, for the schedule sheet's formulas and for tests. */
    record Placed(List<CellReference> losses, CellReference total, Map<Side, CellReference> incurred, Map<Side, CellReference> bears,
                  Map<Side, CellReference> difference, CellReference due, CellReference payer, CellReference payee,
                  List<CellReference> parts, List<CellReference> checks, int frozenRows) {
    }

    private final SettlementRows rows;
    private final SheetCursor cursor;
    private final SettlementStyles styles;
    private final Settlement s;
    private final SettlementFigures f;
    private final SettlementText text;
    private final Messages msg;
    private final MinorUnitFormulas money;
    private final int decimals;

    SettlementSheet(SXSSFSheet sheet, SettlementStyles styles, Settlement s, SettlementFigures f, SettlementText text) {
        this.cursor = new SheetCursor(sheet, (row, hash) -> { });
        this.rows = new SettlementRows(cursor, styles, text.messages(), new MinorUnitFormulas(s.currency()), WIDTHS);
        this.styles = styles;
        this.s = s;
        this.f = f;
        this.text = text;
        this.msg = text.messages();
        this.money = rows.money;
        this.decimals = money.decimals();
    }

    Placed write() {
        for (int col = 0; col < WIDTHS.length; col++) {
            cursor.sheet.setColumnWidth(col, (int) Math.round(WIDTHS[col] * 256));
        }
        title();
        facts();
        cursor.skip(1);
        rows.section("settlement.xlsx.losses");
        int frozen = cursor.position() + 1;
        List<CellReference> losses = losses();
        CellReference total = total(losses);
        cursor.skip(1);
        String lossRows = "$" + (total.getRow() - s.losses().size() + 1) + ":$";
        SplitTable.Cells split = new SplitTable(rows, s, f, text).write(total,
                "$" + col(INCURRED_BY) + lossRows + col(INCURRED_BY) + "$" + total.getRow(),
                "$" + col(CONVERTED) + lossRows + col(CONVERTED) + "$" + total.getRow());
        cursor.skip(1);
        List<CellReference> parts = plan(split.due());
        cursor.skip(1);
        List<CellReference> checks = checks(total, split, parts);
        cursor.skip(1);
        rows.note(msg.get("settlement.xlsx.method"));
        cursor.seal();
        return new Placed(losses, total, split.incurred(), split.bears(), split.difference(), split.due(), split.payer(), split.payee(),
                parts, checks, frozen);
    }

    private void title() {
        SettlementWorkbook.title(cursor, NO, CONVERTED, msg.format("settlement.xlsx.title", s.number()), rows.width(), styles);
    }

    /** Parties on the left, date, currency and order value on the right. */
    private void facts() {
        SXSSFRow seller = fact("settlement.xlsx.seller", s.seller().name(), "settlement.xlsx.date", "");
        seller.getCell(CONVERTED).setCellValue(s.date());
        seller.getCell(CONVERTED).setCellStyle(styles.factDate);
        fact("settlement.xlsx.buyer", s.buyer().name(), "settlement.xlsx.currency", s.currency());
        fact("settlement.xlsx.order", msg.format("settlement.xlsx.order.numbers", s.order().piNumber(), s.order().poNumber()),
                "settlement.xlsx.order.value", s.order().value().format(msg.locale()) + " " + s.order().value().currency());
    }

    /** A party or the order on the left (label in B, value over C–E), a fact on the right (label over F–G, value in H). */
    private SXSSFRow fact(String labelKey, String value, String rightKey, String rightValue) {
        SXSSFRow row = cursor.row();
        SheetCursor.text(row, DESCRIPTION, msg.get(labelKey), styles.base.label);
        cursor.merged(row, EVIDENCE, AMOUNT, value, styles.base.value);
        cursor.merged(row, CURRENCY, RATE, msg.get(rightKey), styles.base.label);
        SheetCursor.text(row, CONVERTED, rightValue, styles.base.value);
        SheetCursor.fitLines(row, Math.max(TextLines.of(value, WIDTHS[EVIDENCE] + WIDTHS[INCURRED_BY] + WIDTHS[AMOUNT]),
                Math.max(TextLines.of(msg.get(rightKey), WIDTHS[CURRENCY] + WIDTHS[RATE]), TextLines.of(rightValue, WIDTHS[CONVERTED]))));
        return row;
    }

    private void section(String key) {
        SXSSFRow row = cursor.row();
        cursor.merged(row, NO, CONVERTED, msg.get(key), styles.base.bold);
        row.setHeightInPoints(18);
    }

    private List<CellReference> losses() {
        SXSSFRow header = rows.headers(NO, "settlement.xlsx.col.no", "settlement.xlsx.col.description", "settlement.xlsx.col.evidence",
                "settlement.xlsx.col.incurredBy", "settlement.xlsx.col.amount", "settlement.xlsx.col.currency", "settlement.xlsx.col.rate");
        SheetCursor.text(header, CONVERTED, msg.format("settlement.xlsx.col.converted", s.currency()), styles.base.header);
        List<CellReference> converted = new ArrayList<>();
        for (int i = 0; i < s.losses().size(); i++) {
            LossItem item = s.losses().get(i);
            SXSSFRow row = cursor.row();
            SheetCursor.number(row, NO, i + 1, styles.count);
            SheetCursor.text(row, DESCRIPTION, item.description(), styles.base.cell);
            SheetCursor.text(row, EVIDENCE, item.evidence(), styles.base.cell);
            SheetCursor.text(row, INCURRED_BY, text.side(item.incurredBy()), styles.base.cell);
            int itemDecimals = CurrencyRules.minorUnits(item.amount().currency());
            SheetCursor.number(row, AMOUNT, item.amount().amount().doubleValue(), styles.amount(itemDecimals, false));
            SheetCursor.text(row, CURRENCY, item.amount().currency(), styles.count);
            String amountCell = ref(row, AMOUNT);
            String formula;
            if (item.rate().isPresent() && !item.amount().currency().equals(s.currency())) {
                BigDecimal rate = item.rate().get();
                int rateDecimals = decimalsOf(rate);
                SheetCursor.number(row, RATE, rate.doubleValue(), styles.amount(rateDecimals, false));
                requireExact(unscaled(item.amount().amount(), itemDecimals).multiply(unscaled(rate, rateDecimals)), LIMIT,
                        "losses[" + i + "]: " + item.amount() + " × " + rate.toPlainString(), "check the amount and round the rate");
                formula = money.converted(amountCell, itemDecimals, ref(row, RATE), rateDecimals);
            } else {
                SheetCursor.text(row, RATE, "", styles.base.cell);
                formula = money.exact(amountCell);
            }
            SheetCursor.formula(row, CONVERTED, formula, f.losses().get(i).amount().doubleValue(), styles.amount(decimals, false));
            SheetCursor.fitLines(row, Math.max(TextLines.of(item.description(), WIDTHS[DESCRIPTION]), TextLines.of(item.evidence(), WIDTHS[EVIDENCE])));
            converted.add(rows.at(row, CONVERTED));
        }
        return converted;
    }

    private CellReference total(List<CellReference> losses) {
        requireExact(unscaled(f.totalLoss().amount(), decimals), PART_LIMIT, "the total loss " + f.totalLoss(),
                "check the amounts of the losses");
        SXSSFRow row = cursor.row();
        cursor.merged(row, NO, RATE, msg.format("settlement.xlsx.total", s.currency()), styles.base.totalText);
        String range = local(losses.get(0)) + ":" + local(losses.get(losses.size() - 1));
        SheetCursor.formula(row, CONVERTED, money.exact("SUM(" + range + ")"), f.totalLoss().amount().doubleValue(), styles.amount(decimals, true));
        return rows.at(row, CONVERTED);
    }

    /** The plan's parts with their amounts; a part without an amount of its own takes what the others leave of the compensation due. */
    private List<CellReference> plan(CellReference due) {
        rows.section("settlement.xlsx.plan");
        List<CellReference> parts = new ArrayList<>();
        if (f.plan().isEmpty()) {
            rows.note(msg.get("settlement.xlsx.plan.none"));
            return parts;
        }
        rows.headers(NO, "settlement.xlsx.col.no", "settlement.xlsx.plan.part", "settlement.xlsx.plan.payments", "settlement.xlsx.plan.first",
                "settlement.xlsx.plan.amount");
        int first = cursor.position();
        List<String> fixed = new ArrayList<>();
        for (int i = 0; i < f.plan().size(); i++) {
            if (f.plan().get(i).part().amount().isPresent()) {
                fixed.add(col(PART_AMOUNT) + (first + i + 1));
            }
        }
        for (int i = 0; i < f.plan().size(); i++) {
            PlanLine line = f.plan().get(i);
            SXSSFRow row = cursor.row();
            SheetCursor.number(row, NO, i + 1, styles.count);
            String words = text.part(line.part()) + ": " + text.terms(line.part());
            SheetCursor.text(row, PART, words, styles.base.cell);
            SheetCursor.fitLines(row, TextLines.of(words, WIDTHS[PART]));
            List<Instalment> schedule = line.schedule();
            if (schedule.isEmpty()) {
                SheetCursor.text(row, PAYMENTS, "—", styles.count);
            } else {
                SheetCursor.number(row, PAYMENTS, schedule.size(), styles.count);
            }
            schedule.stream().findFirst().flatMap(Instalment::date).ifPresentOrElse(
                    d -> SheetCursor.text(row, FIRST_DUE, "", styles.date).setCellValue(d),
                    () -> SheetCursor.text(row, FIRST_DUE, "", styles.base.cell));
            if (line.part().amount().isPresent()) {
                SheetCursor.number(row, PART_AMOUNT, line.amount().amount().doubleValue(), styles.amount(decimals, false));
            } else {
                String others = fixed.isEmpty() ? "" : "-(" + String.join("+", fixed) + ")";
                SheetCursor.formula(row, PART_AMOUNT, money.exact(local(due) + others), line.amount().amount().doubleValue(),
                        styles.amount(decimals, false));
            }
            parts.add(rows.at(row, PART_AMOUNT));
        }
        SXSSFRow total = cursor.row();
        cursor.merged(total, NO, FIRST_DUE, msg.get("settlement.xlsx.plan.total"), styles.base.totalText);
        String range = local(parts.get(0)) + ":" + local(parts.get(parts.size() - 1));
        SheetCursor.formula(total, PART_AMOUNT, money.exact("SUM(" + range + ")"), f.compensationDue().amount().doubleValue(),
                styles.amount(decimals, true));
        parts.add(rows.at(total, PART_AMOUNT));
        return parts;
    }

    /** Checks that are TRUE when the figures hold together; the plan's total is the last of {@code parts}. */
    private List<CellReference> checks(CellReference total, SplitTable.Cells split, List<CellReference> parts) {
        rows.section("settlement.xlsx.checks");
        List<CellReference> checks = new ArrayList<>();
        String totalUnits = money.units(local(total));
        checks.add(rows.check("settlement.xlsx.check.incurred", money.units(both(split.incurred())) + "=" + totalUnits));
        checks.add(rows.check("settlement.xlsx.check.bears", money.units(both(split.bears())) + "=" + totalUnits));
        Share seller = s.split().seller();
        Share buyer = s.split().buyer();
        if (seller.kind() == Share.Kind.PERCENT && buyer.kind() == Share.Kind.PERCENT) {
            String whole = MinorUnitFormulas.power(Math.max(decimalsOf(seller.value()), decimalsOf(buyer.value())) + 2);
            checks.add(rows.check("settlement.xlsx.check.percent", "ROUND((" + local(split.shares().get(Side.SELLER)) + "+"
                    + local(split.shares().get(Side.BUYER)) + ")*" + whole + ",0)=" + whole));
        }
        if (!parts.isEmpty()) {
            checks.add(rows.check("settlement.xlsx.check.plan", money.units(local(parts.get(parts.size() - 1))) + "=" + money.units(local(split.due()))));
        }
        return checks;
    }

    /** The seller's and the buyer's cell added up. */
    private static String both(Map<Side, CellReference> cells) {
        return local(cells.get(Side.SELLER)) + "+" + local(cells.get(Side.BUYER));
    }

    private static String ref(SXSSFRow row, int col) {
        return col(col) + (row.getRowNum() + 1);
    }
}
