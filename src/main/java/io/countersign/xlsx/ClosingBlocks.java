package io.countersign.xlsx;

import static io.countersign.xlsx.PiLayout.AMOUNT;
import static io.countersign.xlsx.PiLayout.BARCODE;
import static io.countersign.xlsx.PiLayout.BUYER_CODE;
import static io.countersign.xlsx.PiLayout.CHECK;
import static io.countersign.xlsx.PiLayout.DECISION;
import static io.countersign.xlsx.PiLayout.DESCRIPTION;
import static io.countersign.xlsx.PiLayout.NO;
import static io.countersign.xlsx.PiLayout.NOTE;
import static io.countersign.xlsx.PiLayout.QUANTITY;
import static io.countersign.xlsx.PiLayout.STYLE_ID;
import static io.countersign.xlsx.PiLayout.UNIT;
import static io.countersign.xlsx.PiLayout.UNIT_PRICE;

import io.countersign.core.CurrencyRules;
import io.countersign.core.Money;
import io.countersign.pi.PiView;
import io.countersign.pi.PreparedPi;
import io.countersign.pi.Style;
import io.countersign.render.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;

/** Below the items: totals (as formulas over the item rows), amount in words, bank, remarks, the signature block. */
final class ClosingBlocks {
    private final SheetCursor cursor;
    private final CellStyles styles;
    private final PreparedPi prepared;
    private final Messages msg;
    private final Columns columns;

    ClosingBlocks(SheetCursor cursor, CellStyles styles, PreparedPi prepared, Columns columns) {
        this.cursor = cursor;
        this.styles = styles;
        this.prepared = prepared;
        this.msg = prepared.messages();
        this.columns = columns;
    }

    SignerBlock.Cells write(ItemTable.Placed items) {
        cursor.skip(1);
        totals(items);
        bank();
        remarks();
        return signature();
    }

    private void totals(ItemTable.Placed items) {
        String currency = prepared.pi().currency();
        int minor = CurrencyRules.minorUnits(currency);
        Map<String, List<Style>> byUnit = new LinkedHashMap<>();
        prepared.pi().styles().forEach(s -> byUnit.computeIfAbsent(s.unit(), u -> new ArrayList<>()).add(s));
        boolean sumIf = byUnit.size() > 1 && byUnit.keySet().stream().map(u -> u.toLowerCase(Locale.ROOT)).distinct().count() == byUnit.size();
        for (Map.Entry<String, List<Style>> unit : byUnit.entrySet()) {
            BigDecimal sum = unit.getValue().stream().map(Style::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            int decimals = unit.getValue().stream().mapToInt(s -> ItemTable.decimals(s.quantity())).max().orElse(0);
            SXSSFRow row = cursor.row();
            cursor.merged(row, BUYER_CODE, BARCODE, msg.get("tot.quantity"), styles.totalLabel);
            String quantities = range(items, QUANTITY);
            if (byUnit.size() == 1) {
                SheetCursor.formula(row, QUANTITY, "SUM(" + quantities + ")", sum.doubleValue(), styles.decimal(decimals, 0, true));
            } else if (sumIf) {
                SheetCursor.formula(row, QUANTITY, "SUMIF(" + range(items, UNIT) + "," + criterion(unit.getKey()) + "," + quantities + ")",
                        sum.doubleValue(), styles.decimal(decimals, 0, true));
            } else {
                // SUMIF compares without case; units that differ only in case are summed here instead
                SheetCursor.number(row, QUANTITY, sum.doubleValue(), styles.decimal(decimals, 0, true));
            }
            SheetCursor.text(row, UNIT, unit.getKey(), styles.bold);
        }
        List<Money> amounts = prepared.pi().styles().stream().map(s -> Money.line(s.quantity(), s.unitPrice(), currency)).toList();
        SXSSFRow total = cursor.row();
        cursor.merged(total, BUYER_CODE, UNIT_PRICE, msg.with("tot.amount", currency), styles.totalLabel);
        double sum = Money.sum(amounts, currency).amount().doubleValue();
        if (items.rows().isEmpty()) {
            SheetCursor.number(total, AMOUNT, sum, styles.decimal(minor, 0, true));
        } else {
            SheetCursor.formula(total, AMOUNT, "SUM(" + range(items, AMOUNT) + ")", sum, styles.decimal(minor, 0, true));
        }
        PiView.Totals t = prepared.view().totals();
        packing(msg.get("tot.cartons"), t.cartons());
        packing(msg.get("tot.cbm"), t.cbm());
        packing(msg.get("tot.weights"), t.weights());
        String words = msg.get("tot.words") + " " + t.words();
        SXSSFRow row = cursor.row();
        cursor.merged(row, NO, NOTE, words, styles.words);
        SheetCursor.fitLines(row, TextLines.of(words, columns.span(NO, NOTE)));
    }

    private void packing(String label, String value) {
        SXSSFRow row = cursor.row();
        cursor.merged(row, BUYER_CODE, UNIT_PRICE, label, styles.totalLabel);
        cursor.merged(row, AMOUNT, DECISION, value, styles.totalText);
    }

    /** The item rows of one column, e.g. {@code L25:L27}. */
    private static String range(ItemTable.Placed items, int column) {
        return new CellRangeAddress(items.first(), items.last(), column, column).formatAsString();
    }

    /** A SUMIF criterion that matches {@code unit} literally: "=" then the unit, wildcards escaped, as a string literal. */
    static String criterion(String unit) {
        String escaped = unit.replace("~", "~~").replace("*", "~*").replace("?", "~?");
        return "\"=" + escaped.replace("\"", "\"\"") + "\"";
    }

    private void bank() {
        List<PiView.Fact> bank = prepared.view().bank();
        if (bank.isEmpty()) {
            return;
        }
        cursor.skip(1);
        SheetCursor.text(cursor.row(), BUYER_CODE, msg.get("pi.bank"), styles.bold);
        for (PiView.Fact f : bank) {
            SXSSFRow row = cursor.row();
            SheetCursor.text(row, BUYER_CODE, f.label(), styles.label);
            cursor.merged(row, STYLE_ID, CHECK, f.value(), styles.plain);
        }
    }

    private void remarks() {
        List<String> remarks = prepared.view().remarks();
        if (remarks.isEmpty()) {
            return;
        }
        cursor.skip(1);
        SheetCursor.text(cursor.row(), BUYER_CODE, msg.get("pi.remarks"), styles.bold);
        for (int i = 0; i < remarks.size(); i++) {
            String text = (i + 1) + ". " + remarks.get(i);
            SXSSFRow row = cursor.row();
            cursor.merged(row, BUYER_CODE, NOTE, text, styles.wrapped);
            SheetCursor.fitLines(row, TextLines.of(text, columns.span(BUYER_CODE, NOTE)));
        }
    }

    private SignerBlock.Cells signature() {
        String statement = msg.with("sign.statement", prepared.view().lines().size());
        return new SignerBlock(PiLayout.SHEET, BUYER_CODE, STYLE_ID, DESCRIPTION, NOTE, columns.span(BUYER_CODE, NOTE))
                .write(cursor, styles, msg, statement);
    }
}
