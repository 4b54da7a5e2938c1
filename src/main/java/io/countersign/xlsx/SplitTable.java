package io.countersign.xlsx;

import static io.countersign.xlsx.MinorUnitFormulas.LIMIT;
import static io.countersign.xlsx.MinorUnitFormulas.decimalsOf;
import static io.countersign.xlsx.MinorUnitFormulas.requireExact;
import static io.countersign.xlsx.MinorUnitFormulas.unscaled;
import static io.countersign.xlsx.SettlementRows.BOTH;
import static io.countersign.xlsx.SettlementRows.WHAT;
import static io.countersign.xlsx.SettlementRows.col;
import static io.countersign.xlsx.SettlementRows.column;
import static io.countersign.xlsx.SettlementRows.local;

import io.countersign.render.Messages;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import io.countersign.settlement.Share;
import io.countersign.settlement.Side;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * Section 2 of the first sheet: per party its share, what it paid out (summed from the losses by
 * the party's label), what it bears under the split and the difference; then the compensation due
 * and, as formulas that name them, who pays and who is paid.
 */
final class SplitTable {
    /** Where the split and the compensation were written. */
    record Cells(Map<Side, CellReference> shares, Map<Side, CellReference> incurred, Map<Side, CellReference> bears,
                 Map<Side, CellReference> difference, CellReference due, CellReference payer, CellReference payee) {
    }

    private final SettlementRows rows;
    private final Settlement s;
    private final SettlementFigures f;
    private final SettlementText text;
    private final Messages msg;
    private final MinorUnitFormulas money;

    SplitTable(SettlementRows rows, Settlement s, SettlementFigures f, SettlementText text) {
        this.rows = rows;
        this.s = s;
        this.f = f;
        this.text = text;
        this.msg = rows.msg;
        this.money = rows.money;
    }

    /**
     * @param total     the total loss
     * @param incurredBy the column of the losses' "paid out by" labels, over the loss rows
     * @param converted  the column of the converted losses, over the same rows
     */
    Cells write(CellReference total, String incurredBy, String converted) {
        rows.section("settlement.xlsx.split");
        SXSSFRow header = rows.cursor.row();
        SheetCursor.text(header, WHAT, "", rows.styles.base.header);
        for (Side side : Side.values()) {
            SheetCursor.text(header, column(side), text.side(side), rows.styles.base.header);
        }
        SheetCursor.text(header, BOTH, msg.get("settlement.xlsx.split.total"), rows.styles.base.header);

        SXSSFRow shareRow = rows.labelled("settlement.xlsx.split.share");
        Map<Side, CellReference> shares = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            shares.put(side, share(shareRow, side));
        }
        SheetCursor.text(shareRow, BOTH, "", rows.styles.base.cell);

        SXSSFRow incurredRow = rows.labelled("settlement.xlsx.split.incurred");
        Map<Side, CellReference> incurred = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            // the header cell holds the party's label, the same text as in the losses' "paid out by" column
            String criterion = col(column(side)) + "$" + (header.getRowNum() + 1);
            incurred.put(side, rows.figure(incurredRow, column(side), money.exact("SUMIF(" + incurredBy + "," + criterion + "," + converted + ")"),
                    f.incurred(side), false));
        }
        rows.both(incurredRow, f.totalLoss());

        SXSSFRow bearsRow = rows.labelled("settlement.xlsx.split.bears");
        Map<Side, CellReference> bears = new EnumMap<>(Side.class);
        Map<Side, String> formulas = bearsFormulas(local(total), shares, bearsRow.getRowNum());
        for (Side side : Side.values()) {
            bears.put(side, rows.figure(bearsRow, column(side), formulas.get(side), f.bears(side), false));
        }
        rows.both(bearsRow, f.totalLoss());

        SXSSFRow differenceRow = rows.labelled("settlement.xlsx.split.difference");
        Map<Side, CellReference> difference = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            difference.put(side, rows.figure(differenceRow, column(side), money.exact(local(bears.get(side)) + "-" + local(incurred.get(side))),
                    f.bears(side).minus(f.incurred(side)), false));
        }
        SheetCursor.text(differenceRow, BOTH, "", rows.styles.base.cell);

        rows.cursor.skip(1);
        SXSSFRow dueRow = rows.cursor.row();
        SheetCursor.text(dueRow, WHAT, msg.get("settlement.xlsx.due"), rows.styles.boldCell);
        CellReference due = rows.figure(dueRow, column(Side.SELLER), "ABS(" + local(difference.get(Side.SELLER)) + ")", f.compensationDue(), true);
        // whoever bears more than it paid out pays the difference
        String sellerLabel = col(column(Side.SELLER)) + (header.getRowNum() + 1);
        String buyerLabel = col(column(Side.BUYER)) + (header.getRowNum() + 1);
        String sellerOwes = local(difference.get(Side.SELLER)) + ">0";
        String buyerOwes = local(difference.get(Side.BUYER)) + ">0";
        String none = msg.get("settlement.xlsx.nobody");
        String nobody = SettlementRows.quoted(none);
        CellReference payer = party("settlement.xlsx.payer", "IF(" + sellerOwes + "," + sellerLabel + ",IF(" + buyerOwes + ","
                + buyerLabel + "," + nobody + "))", f.payer().map(text::side).orElse(none));
        CellReference payee = party("settlement.xlsx.payee", "IF(" + sellerOwes + "," + buyerLabel + ",IF(" + buyerOwes + ","
                + sellerLabel + "," + nobody + "))", f.payee().map(text::side).orElse(none));
        return new Cells(shares, incurred, bears, difference, due, payer, payee);
    }

    /** The share as written: a percentage (as a fraction, shown as %), an amount, or "the rest". */
    private CellReference share(SXSSFRow row, Side side) {
        Share share = s.split().of(side);
        int col = column(side);
        switch (share.kind()) {
            case PERCENT -> SheetCursor.number(row, col, share.value().movePointLeft(2).doubleValue(), rows.styles.percent(decimalsOf(share.value())));
            case AMOUNT -> SheetCursor.number(row, col, share.value().doubleValue(), rows.styles.amount(money.decimals(), false));
            case REST -> SheetCursor.text(row, col, msg.get("settlement.xlsx.split.rest"), rows.styles.rightText);
        }
        return rows.at(row, col);
    }

    /**
     * What each party bears, as the calculator splits: a percentage is rounded half-up (the
     * two-party largest remainder, ties to the party named first — see
     * {@link MinorUnitFormulas#percentOf}), an amount is itself, and "the rest" is the total less
     * the other party's share. With two percentages the buyer bears the rest of the seller's.
     */
    private Map<Side, String> bearsFormulas(String total, Map<Side, CellReference> shares, int row) {
        Map<Side, String> formulas = new EnumMap<>(Side.class);
        boolean twoPercentages = s.split().seller().kind() == Share.Kind.PERCENT && s.split().buyer().kind() == Share.Kind.PERCENT;
        for (Side side : Side.values()) {
            Share share = s.split().of(side);
            String other = col(column(side.other())) + (row + 1);
            if (share.kind() == Share.Kind.REST || (twoPercentages && side == Side.BUYER)) {
                formulas.put(side, money.exact(total + "-" + other));
            } else if (share.kind() == Share.Kind.AMOUNT) {
                formulas.put(side, money.exact(local(shares.get(side))));
            } else {
                int percentDecimals = decimalsOf(share.value());
                requireExact(unscaled(f.totalLoss().amount(), money.decimals()).multiply(unscaled(share.value(), percentDecimals)), LIMIT,
                        "split." + side.key() + ": " + share.value().toPlainString() + " % of " + f.totalLoss(), "round the percentage");
                formulas.put(side, money.percentOf(total, local(shares.get(side)), percentDecimals));
            }
        }
        return formulas;
    }

    private CellReference party(String labelKey, String formula, String value) {
        SXSSFRow row = rows.labelled(labelKey);
        SettlementRows.textFormula(rows.cursor.merged(row, column(Side.SELLER), BOTH, "", rows.styles.boldCell), formula, value);
        return rows.at(row, column(Side.SELLER));
    }
}
