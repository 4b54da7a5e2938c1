package io.countersign.xlsx;

import static io.countersign.xlsx.MinorUnitFormulas.LIMIT;
import static io.countersign.xlsx.MinorUnitFormulas.PART_LIMIT;
import static io.countersign.xlsx.MinorUnitFormulas.decimalsOf;
import static io.countersign.xlsx.MinorUnitFormulas.requireExact;
import static io.countersign.xlsx.MinorUnitFormulas.unscaled;

import io.countersign.core.CurrencyRules;
import io.countersign.core.Money;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
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
    /** The split table: what a row says in B, the seller's figure in C, the buyer's in D, both together in E. */
    static final int WHAT = 1;
    static final int BOTH = 4;
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

    private final SheetCursor cursor;
    private final SettlementStyles styles;
    private final Settlement s;
    private final SettlementFigures f;
    private final SettlementText text;
    private final Messages msg;
    private final MinorUnitFormulas money;
    private final int decimals;
    private final String name;

    SettlementSheet(SXSSFSheet sheet, SettlementStyles styles, Settlement s, SettlementFigures f, SettlementText text) {
        this.cursor = new SheetCursor(sheet, (row, hash) -> { });
        this.styles = styles;
        this.s = s;
        this.f = f;
        this.text = text;
        this.msg = text.messages();
        this.money = new MinorUnitFormulas(s.currency());
        this.decimals = money.decimals();
        this.name = sheet.getSheetName();
    }

    Placed write() {
        for (int col = 0; col < WIDTHS.length; col++) {
            cursor.sheet.setColumnWidth(col, (int) Math.round(WIDTHS[col] * 256));
        }
        title();
        facts();
        cursor.skip(1);
        section("settlement.xlsx.losses");
        int frozen = cursor.position() + 1;
        List<CellReference> losses = losses();
        CellReference total = total(losses);
        cursor.skip(1);
        SplitCells split = split(total);
        cursor.skip(1);
        List<CellReference> parts = plan(split.due());
        cursor.skip(1);
        List<CellReference> checks = checks(total, split, parts);
        cursor.skip(1);
        note(msg.get("settlement.xlsx.method"));
        cursor.seal();
        return new Placed(losses, total, split.incurred(), split.bears(), split.difference(), split.due(), split.payer(), split.payee(),
                parts, checks, frozen);
    }

    private void title() {
        SettlementWorkbook.title(cursor, NO, CONVERTED, msg.format("settlement.xlsx.title", s.number()), sum(WIDTHS), styles);
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
        headers(NO, "settlement.xlsx.col.no", "settlement.xlsx.col.description", "settlement.xlsx.col.evidence", "settlement.xlsx.col.incurredBy",
                "settlement.xlsx.col.amount", "settlement.xlsx.col.currency", "settlement.xlsx.col.rate");
        SheetCursor.text(cursor.sheet.getRow(cursor.position() - 1), CONVERTED, msg.format("settlement.xlsx.col.converted", s.currency()),
                styles.base.header);
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
            converted.add(new CellReference(name, row.getRowNum(), CONVERTED, false, false));
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
        return new CellReference(name, row.getRowNum(), CONVERTED, false, false);
    }

    /** The split table's cells, and the compensation below it. */
    private record SplitCells(Map<Side, CellReference> shares, Map<Side, CellReference> incurred, Map<Side, CellReference> bears,
                              Map<Side, CellReference> difference, CellReference due, CellReference payer, CellReference payee) {
    }

    private SplitCells split(CellReference total) {
        section("settlement.xlsx.split");
        SXSSFRow header = cursor.row();
        SheetCursor.text(header, WHAT, "", styles.base.header);
        for (Side side : Side.values()) {
            SheetCursor.text(header, column(side), text.side(side), styles.base.header);
        }
        SheetCursor.text(header, BOTH, msg.get("settlement.xlsx.split.total"), styles.base.header);
        String totalCell = local(total);

        SXSSFRow shareRow = labelled("settlement.xlsx.split.share");
        Map<Side, CellReference> shares = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            shares.put(side, share(shareRow, side));
        }
        SheetCursor.text(shareRow, BOTH, "", styles.base.cell);

        SXSSFRow incurredRow = labelled("settlement.xlsx.split.incurred");
        Map<Side, CellReference> incurred = new EnumMap<>(Side.class);
        String sides = "$" + col(INCURRED_BY) + "$" + (firstLossRow(total) + 1) + ":$" + col(INCURRED_BY) + "$" + total.getRow();
        String converted = "$" + col(CONVERTED) + "$" + (firstLossRow(total) + 1) + ":$" + col(CONVERTED) + "$" + total.getRow();
        for (Side side : Side.values()) {
            String criterion = col(column(side)) + "$" + (header.getRowNum() + 1);
            incurred.put(side, figure(incurredRow, column(side), money.exact("SUMIF(" + sides + "," + criterion + "," + converted + ")"),
                    f.incurred(side), false));
        }
        both(incurredRow, f.totalLoss());

        SXSSFRow bearsRow = labelled("settlement.xlsx.split.bears");
        Map<Side, CellReference> bears = new EnumMap<>(Side.class);
        Map<Side, String> formulas = bearsFormulas(totalCell, shares, bearsRow.getRowNum());
        for (Side side : Side.values()) {
            bears.put(side, figure(bearsRow, column(side), formulas.get(side), f.bears(side), false));
        }
        both(bearsRow, f.totalLoss());

        SXSSFRow differenceRow = labelled("settlement.xlsx.split.difference");
        Map<Side, CellReference> difference = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            difference.put(side, figure(differenceRow, column(side), money.exact(local(bears.get(side)) + "-" + local(incurred.get(side))),
                    f.bears(side).minus(f.incurred(side)), false));
        }
        SheetCursor.text(differenceRow, BOTH, "", styles.base.cell);

        cursor.skip(1);
        SXSSFRow dueRow = cursor.row();
        SheetCursor.text(dueRow, WHAT, msg.get("settlement.xlsx.due"), styles.boldCell);
        CellReference due = figure(dueRow, column(Side.SELLER), "ABS(" + local(difference.get(Side.SELLER)) + ")", f.compensationDue(), true);
        String sellerLabel = local(new CellReference(header.getRowNum(), column(Side.SELLER)));
        String buyerLabel = local(new CellReference(header.getRowNum(), column(Side.BUYER)));
        String sellerOwes = local(difference.get(Side.SELLER)) + ">0";
        String buyerOwes = local(difference.get(Side.BUYER)) + ">0";
        String nobody = quoted(msg.get("settlement.xlsx.nobody"));
        CellReference payer = party(labelled("settlement.xlsx.payer"), "IF(" + sellerOwes + "," + sellerLabel + ",IF(" + buyerOwes + ","
                + buyerLabel + "," + nobody + "))", f.payer().map(text::side).orElse(msg.get("settlement.xlsx.nobody")));
        CellReference payee = party(labelled("settlement.xlsx.payee"), "IF(" + sellerOwes + "," + buyerLabel + ",IF(" + buyerOwes + ","
                + sellerLabel + "," + nobody + "))", f.payee().map(text::side).orElse(msg.get("settlement.xlsx.nobody")));
        return new SplitCells(shares, incurred, bears, difference, due, payer, payee);
    }

    /** The share as written: a percentage (as a fraction, shown as %), an amount, or "the rest". */
    private CellReference share(SXSSFRow row, Side side) {
        Share share = s.split().of(side);
        int col = column(side);
        switch (share.kind()) {
            case PERCENT -> SheetCursor.number(row, col, share.value().movePointLeft(2).doubleValue(), styles.percent(decimalsOf(share.value())));
            case AMOUNT -> SheetCursor.number(row, col, share.value().doubleValue(), styles.amount(decimals, false));
            case REST -> SheetCursor.text(row, col, msg.get("settlement.xlsx.split.rest"), styles.rightText);
        }
        return new CellReference(name, row.getRowNum(), col, false, false);
    }

    /**
     * What each party bears, as the calculator splits: a percentage is rounded half-up (the
     * two-party largest remainder, ties to the party named first — see
     * {@link MinorUnitFormulas#percentOf}), an amount is itself, and "the rest" is the total less
     * the other party's share. With two percentages the buyer bears the rest of the seller's.
     */
    private Map<Side, String> bearsFormulas(String total, Map<Side, CellReference> shares, int row) {
        Map<Side, String> formulas = new EnumMap<>(Side.class);
        Share seller = s.split().seller();
        Share buyer = s.split().buyer();
        boolean twoPercentages = seller.kind() == Share.Kind.PERCENT && buyer.kind() == Share.Kind.PERCENT;
        for (Side side : Side.values()) {
            Share share = s.split().of(side);
            String other = col(column(side.other())) + (row + 1);
            if (share.kind() == Share.Kind.REST || (twoPercentages && side == Side.BUYER)) {
                formulas.put(side, money.exact(total + "-" + other));
            } else if (share.kind() == Share.Kind.AMOUNT) {
                formulas.put(side, money.exact(local(shares.get(side))));
            } else {
                int percentDecimals = decimalsOf(share.value());
                requireExact(unscaled(f.totalLoss().amount(), decimals).multiply(unscaled(share.value(), percentDecimals)), LIMIT,
                        "split." + side.key() + ": " + share.value().toPlainString() + " % of " + f.totalLoss(), "round the percentage");
                formulas.put(side, money.percentOf(total, local(shares.get(side)), percentDecimals));
            }
        }
        return formulas;
    }

    /** The plan's parts with their amounts; a part without an amount of its own takes what the others leave of the compensation due. */
    private List<CellReference> plan(CellReference due) {
        section("settlement.xlsx.plan");
        List<CellReference> parts = new ArrayList<>();
        if (f.plan().isEmpty()) {
            note(msg.get("settlement.xlsx.plan.none"));
            return parts;
        }
        headers(NO, "settlement.xlsx.col.no", "settlement.xlsx.plan.part", "settlement.xlsx.plan.payments", "settlement.xlsx.plan.first",
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
            parts.add(new CellReference(name, row.getRowNum(), PART_AMOUNT, false, false));
        }
        SXSSFRow total = cursor.row();
        cursor.merged(total, NO, FIRST_DUE, msg.get("settlement.xlsx.plan.total"), styles.base.totalText);
        String range = local(parts.get(0)) + ":" + local(parts.get(parts.size() - 1));
        SheetCursor.formula(total, PART_AMOUNT, money.exact("SUM(" + range + ")"), f.compensationDue().amount().doubleValue(),
                styles.amount(decimals, true));
        parts.add(new CellReference(name, total.getRowNum(), PART_AMOUNT, false, false));
        return parts;
    }

    /** Checks that are TRUE when the figures hold together; the plan's total is the last of {@code parts}. */
    private List<CellReference> checks(CellReference total, SplitCells split, List<CellReference> parts) {
        section("settlement.xlsx.checks");
        List<CellReference> checks = new ArrayList<>();
        String totalUnits = money.units(local(total));
        checks.add(check("settlement.xlsx.check.incurred", money.units(both(split.incurred())) + "=" + totalUnits));
        checks.add(check("settlement.xlsx.check.bears", money.units(both(split.bears())) + "=" + totalUnits));
        Share seller = s.split().seller();
        Share buyer = s.split().buyer();
        if (seller.kind() == Share.Kind.PERCENT && buyer.kind() == Share.Kind.PERCENT) {
            String whole = MinorUnitFormulas.power(Math.max(decimalsOf(seller.value()), decimalsOf(buyer.value())) + 2);
            checks.add(check("settlement.xlsx.check.percent", "ROUND((" + local(split.shares().get(Side.SELLER)) + "+"
                    + local(split.shares().get(Side.BUYER)) + ")*" + whole + ",0)=" + whole));
        }
        if (!parts.isEmpty()) {
            checks.add(check("settlement.xlsx.check.plan", money.units(local(parts.get(parts.size() - 1))) + "=" + money.units(local(split.due()))));
        }
        return checks;
    }

    private CellReference check(String labelKey, String formula) {
        SXSSFRow row = labelled(labelKey);
        SheetCursor.formula(row, column(Side.SELLER), formula, 0, styles.check).setCellValue(true);
        return new CellReference(name, row.getRowNum(), column(Side.SELLER), false, false);
    }

    private void note(String words) {
        SXSSFRow row = cursor.row();
        cursor.merged(row, NO, CONVERTED, words, styles.base.label);
        SheetCursor.fitLines(row, TextLines.of(words, sum(WIDTHS)));
    }

    private void headers(int from, String... keys) {
        SXSSFRow row = cursor.row();
        for (int i = 0; i < keys.length; i++) {
            SheetCursor.text(row, from + i, msg.get(keys[i]), styles.base.header);
        }
        int lines = 1;
        for (int i = 0; i < keys.length; i++) {
            lines = Math.max(lines, TextLines.of(msg.get(keys[i]), WIDTHS[from + i]));
        }
        SheetCursor.fitLines(row, lines);
    }

    private SXSSFRow labelled(String key) {
        SXSSFRow row = cursor.row();
        SheetCursor.text(row, WHAT, msg.get(key), styles.base.cell);
        SheetCursor.fitLines(row, TextLines.of(msg.get(key), WIDTHS[WHAT]));
        return row;
    }

    private CellReference figure(SXSSFRow row, int col, String formula, Money value, boolean bold) {
        SheetCursor.formula(row, col, formula, value.amount().doubleValue(), styles.amount(decimals, bold));
        return new CellReference(name, row.getRowNum(), col, false, false);
    }

    private void both(SXSSFRow row, Money value) {
        String seller = col(column(Side.SELLER)) + (row.getRowNum() + 1);
        String buyer = col(column(Side.BUYER)) + (row.getRowNum() + 1);
        SheetCursor.formula(row, BOTH, money.exact(seller + "+" + buyer), value.amount().doubleValue(), styles.amount(decimals, false));
    }

    private static String both(Map<Side, CellReference> cells) {
        return local(cells.get(Side.SELLER)) + "+" + local(cells.get(Side.BUYER));
    }

    private CellReference party(SXSSFRow row, String formula, String value) {
        textFormula(cursor.merged(row, column(Side.SELLER), BOTH, "", styles.boldCell), formula, value);
        return new CellReference(name, row.getRowNum(), column(Side.SELLER), false, false);
    }

    private int firstLossRow(CellReference total) {
        return total.getRow() - s.losses().size();
    }

    /** The seller's figures are in column C, the buyer's in D. */
    static int column(Side side) {
        return side == Side.SELLER ? 2 : 3;
    }

    private static String ref(SXSSFRow row, int col) {
        return col(col) + (row.getRowNum() + 1);
    }

    private static String col(int col) {
        return CellReference.convertNumToColString(col);
    }

    /** A reference on this sheet, without the sheet's name. */
    static String local(CellReference ref) {
        return col(ref.getCol()) + (ref.getRow() + 1);
    }

    /** A text as a formula's string literal. */
    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static double sum(double[] widths) {
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        return total;
    }

    /** A formula whose result is a text, with {@code value} cached. */
    static void textFormula(Cell cell, String formula, String value) {
        cell.setCellFormula(formula);
        cell.setCellValue(value);
    }
}
