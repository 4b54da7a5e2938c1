package io.countersign.xlsx;

import io.countersign.CountersignException;
import io.countersign.render.Messages;
import io.countersign.settlement.Settlement;
import io.countersign.settlement.SettlementFigures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the figures of a settlement as an Excel workbook (.xlsx) whose numbers are live formulas:
 * sheet 1 the losses, the split, the compensation due and the plan's parts; sheet 2 every payment
 * of the schedule. Recalculated by a spreadsheet program, every figure comes out exactly as
 * {@code SettlementCalculator} computed it for the PDF, because the formulas count in whole minor
 * units ({@link MinorUnitFormulas}); the cached values are the calculator's, so a viewer that does
 * not recalculate shows the same. Each sheet ends with checks that read TRUE.
 *
 * <p>The sheets are protected without a password (the cells are for reading; the protection
 * prevents accidents), print on A4 fitted to the page width, and keep their header rows in view.
 * The same settlement gives the same bytes: the package dates are the settlement's date and zip
 * entries carry a fixed time ({@link StreamedWorkbook}). Stateless; safe for concurrent use.
 */
public final class SettlementWorkbook {
    private SettlementWorkbook() {
    }

    /**
     * Writes the workbook of {@code settlement} to {@code out} (not closed), labelled in the
     * language(s) of {@code messages}.
     *
     * @param figures {@code SettlementCalculator.calculate(settlement)}
     * @throws CountersignException when an amount is so large (over 10^12 minor units, or a
     *                              conversion or percentage needing over 15 digits) that no formula
     *                              could reproduce it exactly
     */
    public static void write(Settlement settlement, SettlementFigures figures, Messages messages, OutputStream out) {
        place(settlement, figures, messages, out);
    }

    /** The cells the figures were written to. */
    record Placed(SettlementSheet.Placed settlement, ScheduleSheet.Placed schedule) {
    }

    /** {@link #write}, saying where each figure went. */
    static Placed place(Settlement s, SettlementFigures f, Messages msg, OutputStream out) {
        // unlimited row window: a settlement has at most a few hundred rows
        try (StreamedWorkbook wb = new StreamedWorkbook(-1)) {
            SettlementStyles styles = new SettlementStyles(wb);
            SettlementText text = new SettlementText(msg);
            SXSSFSheet first = wb.createSheet(sheetName(msg, "settlement.xlsx.sheet.figures", "Settlement"));
            SXSSFSheet second = wb.createSheet(sheetName(msg, "settlement.xlsx.sheet.schedule", "Schedule"));
            SettlementSheet.Placed figures = new SettlementSheet(first, styles, s, f, text).write();
            ScheduleSheet.Placed schedule = new ScheduleSheet(second, styles, s, f, text)
                    .write(first.getSheetName(), figures.parts());
            String title = msg.format("settlement.xlsx.title", s.number());
            setup(first, figures.frozenRows(), -1, title, msg);
            setup(second, schedule.frozenRows(), schedule.frozenRows() - 1, msg.format("settlement.xlsx.schedule.title", s.number()), msg);
            wb.setActiveSheet(0);
            wb.getXSSFWorkbook().lockStructure();
            wb.setForceFormulaRecalculation(true);
            properties(wb.getXSSFWorkbook().getProperties(), s, title);
            wb.write(out);
            return new Placed(figures, schedule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new CountersignException("cannot write the settlement workbook: " + e.getMessage(), e);
        }
    }

    /** The title over columns {@code first}–{@code last} ({@code width} characters together), wrapped when long (bilingual). */
    static void title(SheetCursor cursor, int first, int last, String title, double width, SettlementStyles styles) {
        SXSSFRow row = cursor.row();
        cursor.merged(row, first, last, title, styles.title);
        // 16 pt bold is about 1.8 times as wide as the body text TextLines counts in
        int lines = TextLines.of(title, width / 1.8);
        row.setHeightInPoints(lines * 21f + 3f);
    }

    /** A sheet name in the main language only (a bilingual "A / B" has a slash, which sheet names cannot). */
    private static String sheetName(Messages msg, String key, String fallback) {
        String name = WorkbookUtil.createSafeSheetName(msg.single(key), '-');
        return name.isBlank() ? fallback : name;
    }

    /**
     * Rows above {@code frozenRows} stay in view; A4 portrait, one page wide; {@code repeatRow}
     * (0-based, or -1) printed on every page; the title in the page header, page numbers in the footer.
     */
    private static void setup(SXSSFSheet sheet, int frozenRows, int repeatRow, String title, Messages msg) {
        sheet.createFreezePane(0, frozenRows);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        if (repeatRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatRow, repeatRow, -1, -1));
        }
        sheet.getHeader().setLeft(footerText(SheetSetup.cut(title, 120)));
        // the main language only: "Page 1 of 2" does not read in two languages at once
        sheet.getFooter().setRight(footerText(SheetSetup.cut(msg.single("doc.page"), 40)) + " &P "
                + footerText(SheetSetup.cut(msg.single("doc.of"), 20)) + " &N");
        SheetSetup.protect(sheet);
    }

    /** '&' starts a header/footer code; a literal one is written twice. */
    private static String footerText(String text) {
        return text.replace("&", "&&");
    }

    /** Dates are the settlement's (never the clock), so the same settlement gives the same bytes. */
    private static void properties(POIXMLProperties props, Settlement s, String title) {
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        Date dated = Date.from(s.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.getUnderlyingProperties().setCreatedProperty(Optional.of(dated));
        core.getUnderlyingProperties().setModifiedProperty(Optional.of(dated));
        core.setTitle(title);
        core.setCreator(s.seller().name());
        core.setSubjectProperty(s.seller().name() + " — " + s.buyer().name());
    }
}
