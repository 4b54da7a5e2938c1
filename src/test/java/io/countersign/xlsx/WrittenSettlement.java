package io.countersign.xlsx;

import io.countersign.core.Money;
import io.countersign.render.Messages;
import io.countersign.settlement.Instalment;
import io.countersign.settlement.PlanLine;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementCalculator;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.Side;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A settlement written as a workbook in memory, with every cell the PDF prints and the value the
 * calculator gives it: amounts as the double nearest the exact decimal (what a spreadsheet shows),
 * payer and payee as labels, dates, and TRUE for every check.
 */
record WrittenSettlement(Settlement settlement, SettlementFigures figures, Messages messages, byte[] bytes,
                         SettlementWorkbook.Placed placed) {

    /** A cell and the value it must hold: a Double, String, Boolean or LocalDate. */
    record Expected(CellReference cell, Object value, String what) {
    }

    static WrittenSettlement of(Settlement s) {
        return of(s, Messages.of(s.languages().main(), s.languages().second()));
    }

    static WrittenSettlement of(Settlement s, Messages msg) {
        SettlementFigures f = SettlementCalculator.calculate(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SettlementWorkbook.Placed placed = SettlementWorkbook.place(s, f, msg, out);
        return new WrittenSettlement(s, f, msg, out.toByteArray(), placed);
    }

    XSSFWorkbook open() {
        return open(bytes);
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Expected> expected() {
        SettlementFigures f = figures;
        SettlementSheet.Placed p = placed.settlement();
        List<Expected> e = new ArrayList<>();
        for (int i = 0; i < f.losses().size(); i++) {
            e.add(money(p.losses().get(i), f.losses().get(i), "losses[" + i + "]"));
        }
        e.add(money(p.total(), f.totalLoss(), "total loss"));
        for (Side side : Side.values()) {
            e.add(money(p.incurred().get(side), f.incurred(side), side.key() + " incurred"));
            e.add(money(p.bears().get(side), f.bears(side), side.key() + " bears"));
            e.add(money(p.difference().get(side), f.bears(side).minus(f.incurred(side)), side.key() + " bears − incurred"));
        }
        e.add(money(p.due(), f.compensationDue(), "compensation due"));
        String nobody = messages.get("settlement.xlsx.nobody");
        SettlementText text = new SettlementText(messages);
        e.add(new Expected(p.payer(), f.payer().map(text::side).orElse(nobody), "payer"));
        e.add(new Expected(p.payee(), f.payee().map(text::side).orElse(nobody), "payee"));
        for (int i = 0; i < f.plan().size(); i++) {
            PlanLine line = f.plan().get(i);
            e.add(money(p.parts().get(i), line.amount(), "plan[" + i + "]"));
            List<CellReference> amounts = placed.schedule().amounts().get(i);
            List<CellReference> dates = placed.schedule().dates().get(i);
            int dated = 0;
            for (int k = 0; k < line.schedule().size(); k++) {
                Instalment payment = line.schedule().get(k);
                e.add(money(amounts.get(k), payment.amount(), "plan[" + i + "] payment " + payment.number()));
                if (payment.date().isPresent()) {
                    e.add(new Expected(dates.get(dated++), payment.date().get(), "plan[" + i + "] date " + payment.number()));
                }
            }
            if (line.schedule().size() != amounts.size() || dated != dates.size()) {
                throw new AssertionError("plan[" + i + "]: " + amounts.size() + " payment cells for " + line.schedule().size() + " payments");
            }
        }
        if (!f.plan().isEmpty()) {
            e.add(money(p.parts().get(f.plan().size()), f.compensationDue(), "plan total"));
        }
        for (CellReference check : p.checks()) {
            e.add(new Expected(check, Boolean.TRUE, "check"));
        }
        for (CellReference check : placed.schedule().checks()) {
            e.add(new Expected(check, Boolean.TRUE, "schedule check"));
        }
        return e;
    }

    private static Expected money(CellReference cell, Money m, String what) {
        return new Expected(cell, m.amount().doubleValue(), what + " = " + m);
    }

    /** What the cell holds: its (cached) number, text, truth value or date. */
    static Object valueOf(Workbook wb, CellReference ref, Object like) {
        Sheet sheet = wb.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (like instanceof LocalDate) {
            return type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : describe(cell, type);
        }
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> describe(cell, type);
        };
    }

    private static String describe(Cell cell, CellType type) {
        return "<" + type + " " + cell + ">";
    }

    /** The bytes with every formula cell's cached result replaced by a wrong one, so that only a recalculation can restore it. */
    static byte[] poisoned(byte[] bytes) {
        try (XSSFWorkbook wb = open(bytes); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            poison(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces every formula cell's cached result by a wrong one (numbers, texts and truth values alike). */
    static void poison(Workbook wb) {
        int poisoned = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        switch (cell.getCachedFormulaResultType()) {
                            case NUMERIC -> cell.setCellValue(-987654.321);
                            case STRING -> cell.setCellValue("poisoned");
                            case BOOLEAN -> cell.setCellValue(false);
                            default -> throw new AssertionError("unexpected cached type at " + cell.getAddress());
                        }
                        poisoned++;
                    }
                }
            }
        }
        if (poisoned == 0) {
            throw new AssertionError("no formulas to poison");
        }
    }
}
