package io.countersign.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The styles of a settlement workbook: those of {@link CellStyles} (the PI's colours and fonts),
 * and the few a settlement needs besides — dates, percentages, counts and checks — each made once.
 * All are locked: nothing in a settlement workbook is for editing.
 */
final class SettlementStyles {
    final CellStyles base;
    final XSSFCellStyle date;
    final XSSFCellStyle factDate;
    final XSSFCellStyle count;
    final XSSFCellStyle check;
    final XSSFCellStyle rightText;
    final XSSFCellStyle boldCell;
    /** Bold, right-aligned, wrapped: the label before a sum or check. */
    final XSSFCellStyle sumLabel;
    /** The base title, wrapped: a bilingual title is long. */
    final XSSFCellStyle title;

    private final SXSSFWorkbook wb;
    private final Map<Integer, XSSFCellStyle> percents = new HashMap<>();

    SettlementStyles(SXSSFWorkbook wb) {
        this.wb = wb;
        this.base = new CellStyles(wb);
        date = derived(base.cell, "yyyy-mm-dd", HorizontalAlignment.CENTER);
        date.setWrapText(false);
        factDate = derived(base.value, "yyyy-mm-dd", HorizontalAlignment.LEFT);
        count = derived(base.cell, "0", HorizontalAlignment.CENTER);
        check = derived(base.styleId, "General", HorizontalAlignment.CENTER);
        rightText = derived(base.cell, null, HorizontalAlignment.RIGHT);
        boldCell = derived(base.styleId, "General", HorizontalAlignment.LEFT);
        sumLabel = derived(base.totalText, null, HorizontalAlignment.RIGHT);
        sumLabel.setWrapText(true);
        title = derived(base.title, null, HorizontalAlignment.LEFT);
        title.setWrapText(true);
    }

    /** Money or a rate with exactly {@code decimals} decimals; bold for totals. */
    XSSFCellStyle amount(int decimals, boolean bold) {
        return base.decimal(decimals, 0, bold);
    }

    /** A share as a percentage with {@code decimals} decimals: 0.3333 shows as 33.33 %. */
    XSSFCellStyle percent(int decimals) {
        return percents.computeIfAbsent(decimals, d -> derived(base.cell, d == 0 ? "0%" : "0." + "0".repeat(d) + "%", HorizontalAlignment.RIGHT));
    }

    private XSSFCellStyle derived(XSSFCellStyle from, String format, HorizontalAlignment alignment) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.cloneStyleFrom(from);
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        s.setAlignment(alignment);
        return s;
    }
}
