package io.countersign.xlsx;

import static io.countersign.xlsx.SettlementRows.local;

import io.countersign.render.Messages;
import io.countersign.settlement.Instalment;
import io.countersign.settlement.PlanLine;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The second sheet of a settlement workbook: every payment of the plan, part by part. A part's row
 * takes its amount from the first sheet; each payment is an equal share of it in whole minor units
 * ({@link MinorUnitFormulas#equalPart}), and a sum and a check (TRUE) close every part.
 */
final class ScheduleSheet {
    static final int PART = 0;
    static final int NO = 1;
    static final int DUE = 2;
    static final int AMOUNT = 3;
    static final int TERMS = 4;

    private static final double[] WIDTHS = {7, 7, 16, 17, 56};

    /** Per part its payments' amount and date cells (no date cell for an order deduction), the checks, the rows frozen on top. */
    record Placed(List<List<CellReference>> amounts, List<List<CellReference>> dates, List<CellReference> checks, int frozenRows) {
    }

    private final SheetCursor cursor;
    private final SettlementStyles styles;
    private final Settlement s;
    private final SettlementFigures f;
    private final SettlementText text;
    private final Messages msg;
    private final MinorUnitFormulas money;
    private final String name;

    ScheduleSheet(SXSSFSheet sheet, SettlementStyles styles, Settlement s, SettlementFigures f, SettlementText text) {
        this.cursor = new SheetCursor(sheet, (row, hash) -> { });
        this.styles = styles;
        this.s = s;
        this.f = f;
        this.text = text;
        this.msg = text.messages();
        this.money = new MinorUnitFormulas(s.currency());
        this.name = sheet.getSheetName();
    }

    /** {@code parts}: the cells of the parts' amounts on the first sheet, in plan order. */
    Placed write(String settlementSheet, List<CellReference> parts) {
        for (int col = 0; col < WIDTHS.length; col++) {
            cursor.sheet.setColumnWidth(col, (int) Math.round(WIDTHS[col] * 256));
        }
        SettlementWorkbook.title(cursor, PART, TERMS, msg.format("settlement.xlsx.schedule.title", s.number()), width(), styles);
        String who = f.payer().map(p -> msg.compose(m -> m.single("settlement.xlsx.schedule.paidBy", party(m, p), party(m, p.other()))))
                .orElse(msg.get("settlement.xlsx.plan.none"));
        note(who);
        cursor.skip(1);
        SXSSFRow header = cursor.row();
        String[] keys = {"settlement.xlsx.schedule.col.part", "settlement.xlsx.schedule.col.no", "settlement.xlsx.schedule.col.due", null,
                "settlement.xlsx.schedule.col.terms"};
        int lines = 1;
        for (int col = 0; col < keys.length; col++) {
            String label = keys[col] == null ? msg.format("settlement.xlsx.schedule.col.amount", s.currency()) : msg.get(keys[col]);
            SheetCursor.text(header, col, label, styles.base.header);
            lines = Math.max(lines, TextLines.of(label, WIDTHS[col]));
        }
        SheetCursor.fitLines(header, lines);
        int frozen = cursor.position();
        List<List<CellReference>> amounts = new ArrayList<>();
        List<List<CellReference>> dates = new ArrayList<>();
        List<CellReference> checks = new ArrayList<>();
        for (int i = 0; i < f.plan().size(); i++) {
            part(i, f.plan().get(i), sheetRef(settlementSheet, parts.get(i)), amounts, dates, checks);
        }
        if (!checks.isEmpty()) {
            cursor.skip(1);
            SXSSFRow all = sumRow("settlement.xlsx.schedule.all");
            List<String> each = checks.stream().map(SettlementRows::local).toList();
            SheetCursor.formula(all, AMOUNT, "AND(" + String.join(",", each) + ")", 0, styles.check).setCellValue(true);
            checks.add(new CellReference(name, all.getRowNum(), AMOUNT, false, false));
        }
        cursor.seal();
        return new Placed(amounts, dates, checks, frozen);
    }

    private void part(int index, PlanLine line, String partAmount, List<List<CellReference>> amounts, List<List<CellReference>> dates,
                      List<CellReference> checks) {
        SXSSFRow head = cursor.row();
        SheetCursor.number(head, PART, index + 1, styles.check);
        String partName = text.part(line.part());
        cursor.merged(head, NO, DUE, partName, styles.boldCell);
        SheetCursor.formula(head, AMOUNT, partAmount, line.amount().amount().doubleValue(), styles.amount(money.decimals(), true));
        String terms = text.terms(line.part());
        SheetCursor.text(head, TERMS, terms, styles.base.cell);
        // the part's name is in 11 pt bold: count it a fifth wider
        SheetCursor.fitLines(head, Math.max(TextLines.of(partName, (WIDTHS[NO] + WIDTHS[DUE]) / 1.2), TextLines.of(terms, WIDTHS[TERMS])));
        String part = "$" + CellReference.convertNumToColString(AMOUNT) + "$" + (head.getRowNum() + 1);

        List<CellReference> partAmounts = new ArrayList<>();
        List<CellReference> partDates = new ArrayList<>();
        amounts.add(partAmounts);
        dates.add(partDates);
        List<Instalment> schedule = line.schedule();
        if (schedule.isEmpty()) {
            note(msg.get("settlement.xlsx.schedule.open"));
            return;
        }
        for (Instalment payment : schedule) {
            SXSSFRow row = cursor.row();
            SheetCursor.text(row, PART, "", styles.base.cell);
            SheetCursor.number(row, NO, payment.number(), styles.count);
            Optional<LocalDate> date = payment.date();
            if (date.isPresent()) {
                SheetCursor.text(row, DUE, "", styles.date).setCellValue(date.get());
                partDates.add(new CellReference(name, row.getRowNum(), DUE, false, false));
            } else {
                SheetCursor.text(row, DUE, msg.format("settlement.xlsx.schedule.order", Integer.toString(payment.number())), styles.count);
            }
            String number = CellReference.convertNumToColString(NO) + (row.getRowNum() + 1);
            String formula = schedule.size() == 1 ? money.exact(part) : money.equalPart(part, schedule.size(), number);
            SheetCursor.formula(row, AMOUNT, formula, payment.amount().amount().doubleValue(), styles.amount(money.decimals(), false));
            SheetCursor.text(row, TERMS, "", styles.base.cell);
            partAmounts.add(new CellReference(name, row.getRowNum(), AMOUNT, false, false));
        }
        SXSSFRow sum = sumRow("settlement.xlsx.schedule.sum");
        String range = local(partAmounts.get(0)) + ":" + local(partAmounts.get(partAmounts.size() - 1));
        SheetCursor.formula(sum, AMOUNT, money.exact("SUM(" + range + ")"), line.amount().amount().doubleValue(),
                styles.amount(money.decimals(), true));
        SXSSFRow check = sumRow("settlement.xlsx.schedule.check");
        String sumCell = CellReference.convertNumToColString(AMOUNT) + (sum.getRowNum() + 1);
        SheetCursor.formula(check, AMOUNT, money.units(sumCell) + "=" + money.units(part), 0, styles.check).setCellValue(true);
        checks.add(new CellReference(name, check.getRowNum(), AMOUNT, false, false));
    }

    /** A row with a bold label right-aligned over columns A–C, before a sum or check in D. */
    private SXSSFRow sumRow(String key) {
        SXSSFRow row = cursor.row();
        String label = msg.get(key);
        cursor.merged(row, PART, DUE, label, styles.sumLabel);
        SheetCursor.fitLines(row, TextLines.of(label, (WIDTHS[PART] + WIDTHS[NO] + WIDTHS[DUE]) / 1.1));
        return row;
    }

    /** "Buyer (Maple & Finch Home Goods, Inc.)", in the language of {@code m}. */
    private String party(Messages m, Side side) {
        return new SettlementText(m).side(side) + " (" + s.party(side).name() + ")";
    }

    private void note(String words) {
        SXSSFRow row = cursor.row();
        cursor.merged(row, PART, TERMS, words, styles.base.label);
        SheetCursor.fitLines(row, TextLines.of(words, width()));
    }

    private static double width() {
        double width = 0;
        for (double w : WIDTHS) {
            width += w;
        }
        return width;
    }

    /** A reference to a cell of another sheet; the name is always quoted, which every reader accepts. */
    static String sheetRef(String sheet, CellReference cell) {
        return "'" + sheet.replace("'", "''") + "'!" + local(cell);
    }
}
