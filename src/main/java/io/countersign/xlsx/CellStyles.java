package io.countersign.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The cell styles of one workbook, created once each (a workbook holds at most 64,000 styles, and
 * a style per cell would also bloat the file). Colours are the PDF template's. Every style is
 * locked except {@link #decision}, {@link #note} and the signer inputs.
 */
final class CellStyles {
    static final short BODY_POINTS = 10;

    private static final String DARK = "1f2d3d";
    private static final String GREY_TEXT = "555555";
    private static final String BORDER = "888888";
    private static final String BUYER_BLUE = "0b3d91";
    /** Every other SKU of an index, so the rows of one SKU read as a group. */
    private static final String BAND = "f2f2f2";
    /** Row of a look-alike style (PDF: tr.lookalike). */
    private static final String LOOKALIKE_ROW = "fffbe6";
    /** The differing attributes (PDF: .attr.differs). */
    private static final String DIFFERS = "ffd84d";
    /** PO findings (PDF: .note-finding). */
    private static final String FINDING = "fff1e0";
    /** The buyer's cells (PDF: td.decide). */
    private static final String DECIDE = "f4f7fb";
    private static final String INSTRUCTION = "eef3fa";
    /** What changed since the previous revision (PDF: .rev.changed). */
    private static final String REVISION_TEXT = "6a1b9a";
    private static final String REVISION = "f5ecfa";

    private final SXSSFWorkbook wb;
    private final short textFormat;
    private final Map<String, XSSFFont> fonts = new HashMap<>();
    private final Map<String, XSSFCellStyle> numbers = new HashMap<>();
    private final Map<Integer, XSSFCellStyle> banded = new HashMap<>();

    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle bold;
    /** Bold and wrapped: values of the header facts, which can be long (payment terms). */
    final XSSFCellStyle value;
    final XSSFCellStyle plain;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle instruction;
    final XSSFCellStyle findingTitle;
    final XSSFCellStyle finding;
    final XSSFCellStyle header;
    final XSSFCellStyle number;
    final XSSFCellStyle buyerCode;
    final XSSFCellStyle styleId;
    final XSSFCellStyle cell;
    final XSSFCellStyle description;
    final XSSFCellStyle lookAlikeDescription;
    final XSSFCellStyle checkDiffers;
    final XSSFCellStyle checkFinding;
    final XSSFCellStyle checkRevision;
    final XSSFCellStyle gtin;
    final XSSFCellStyle decision;
    final XSSFCellStyle note;
    /** Decision and note cells of a style a revision carries over: locked, nothing to decide. */
    final XSSFCellStyle carried;
    final XSSFCellStyle totalLabel;
    final XSSFCellStyle totalText;
    final XSSFCellStyle words;
    final XSSFCellStyle signerInput;
    final XSSFCellStyle signerDate;
    final XSSFCellStyle signatureBox;

    CellStyles(SXSSFWorkbook wb) {
        this.wb = wb;
        this.textFormat = wb.createDataFormat().getFormat("@");
        XSSFFont body = font(false, null, BODY_POINTS);
        XSSFFont boldFont = font(true, null, BODY_POINTS);

        title = style(font(true, null, (short) 16));
        label = style(font(false, GREY_TEXT, BODY_POINTS));
        label.setWrapText(true);
        bold = style(boldFont);
        value = style(boldFont);
        value.setWrapText(true);
        plain = style(body);
        wrapped = style(body);
        wrapped.setWrapText(true);
        instruction = style(body);
        instruction.setWrapText(true);
        fill(instruction, INSTRUCTION);
        findingTitle = style(boldFont);
        fill(findingTitle, FINDING);
        finding = style(body);
        finding.setWrapText(true);
        fill(finding, FINDING);

        header = bordered(font(true, "ffffff", (short) 9));
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(header, DARK);
        number = bordered(font(true, null, (short) 12));
        number.setAlignment(HorizontalAlignment.CENTER);
        buyerCode = bordered(font(true, BUYER_BLUE, (short) 11));
        buyerCode.setDataFormat(textFormat);
        buyerCode.setWrapText(true);
        styleId = bordered(font(true, null, (short) 11));
        styleId.setDataFormat(textFormat);
        styleId.setWrapText(true);
        cell = bordered(body);
        cell.setWrapText(true);
        description = bordered(body);
        description.setWrapText(true);
        lookAlikeDescription = bordered(body);
        lookAlikeDescription.setWrapText(true);
        fill(lookAlikeDescription, LOOKALIKE_ROW);
        checkDiffers = bordered(body);
        checkDiffers.setWrapText(true);
        fill(checkDiffers, DIFFERS);
        checkFinding = bordered(body);
        checkFinding.setWrapText(true);
        fill(checkFinding, FINDING);
        checkRevision = bordered(font(true, REVISION_TEXT, BODY_POINTS));
        checkRevision.setWrapText(true);
        fill(checkRevision, REVISION);
        gtin = bordered(body);
        gtin.setDataFormat(textFormat);
        decision = bordered(boldFont);
        decision.setLocked(false);
        fill(decision, DECIDE);
        note = bordered(body);
        note.setWrapText(true);
        note.setLocked(false);
        fill(note, DECIDE);
        carried = bordered(font(false, GREY_TEXT, BODY_POINTS));
        carried.setWrapText(true);

        totalLabel = style(body);
        totalLabel.setAlignment(HorizontalAlignment.RIGHT);
        totalText = style(boldFont);
        totalText.setAlignment(HorizontalAlignment.RIGHT);
        words = style(boldFont);
        words.setWrapText(true);
        signerInput = signerInput(boldFont);
        signerDate = signerInput(boldFont);
        signerDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        signerDate.setAlignment(HorizontalAlignment.LEFT);
        signatureBox = style(body);
        signatureBox.setBorderTop(BorderStyle.THIN);
        signatureBox.setBorderBottom(BorderStyle.THIN);
        signatureBox.setBorderLeft(BorderStyle.THIN);
        signatureBox.setBorderRight(BorderStyle.THIN);
    }

    /**
     * A bordered numeric cell with exactly {@code decimals} decimals, e.g. {@code #,##0.00};
     * {@code optional} more are shown only when not zero. Bold for totals.
     */
    XSSFCellStyle decimal(int decimals, int optional, boolean boldFont) {
        String format = "#,##0" + (decimals + optional > 0 ? "." + "0".repeat(decimals) + "#".repeat(optional) : "");
        return numbers.computeIfAbsent(format + "|" + boldFont, k -> {
            XSSFCellStyle s = bordered(font(boldFont, null, BODY_POINTS));
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setAlignment(HorizontalAlignment.RIGHT);
            return s;
        });
    }

    /** {@code base} on a light grey fill; made on first use, so workbooks that band nothing have no such styles. */
    XSSFCellStyle banded(XSSFCellStyle base) {
        return banded.computeIfAbsent((int) base.getIndex(), k -> {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            s.cloneStyleFrom(base);
            fill(s, BAND);
            return s;
        });
    }

    private XSSFCellStyle signerInput(XSSFFont font) {
        XSSFCellStyle s = style(font);
        s.setLocked(false);
        s.setBorderBottom(BorderStyle.THIN);
        fill(s, DECIDE);
        return s;
    }

    private XSSFCellStyle style(XSSFFont font) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private XSSFCellStyle bordered(XSSFFont font) {
        XSSFCellStyle s = style(font);
        XSSFColor grey = color(BORDER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(grey);
        s.setBottomBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
        return s;
    }

    private XSSFFont font(boolean boldFont, String rgb, short points) {
        return fonts.computeIfAbsent(boldFont + "|" + rgb + "|" + points, k -> {
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setBold(boldFont);
            f.setFontHeightInPoints(points);
            if (rgb != null) {
                f.setColor(color(rgb));
            }
            return f;
        });
    }

    private static void fill(XSSFCellStyle s, String rgb) {
        s.setFillForegroundColor(color(rgb));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** An opaque colour as ARGB: the schema wants four bytes, and some readers misread three. */
    private static XSSFColor color(String rgb) {
        int v = Integer.parseInt(rgb, 16);
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) (v >> 16), (byte) (v >> 8), (byte) v});
    }
}
