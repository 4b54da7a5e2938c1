package io.countersign.xlsx;

import io.countersign.barcode.LinearSymbol;
import io.countersign.pi.Style;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** Column widths of the PI sheet, in Excel's unit (digits of the default font); the barcode column fits the widest symbol. */
final class Columns {
    /** Rows with a picture or barcode are at least this tall. */
    static final double PICTURE_ROW_MM = 26;
    /** Excel's largest column width. */
    private static final double MAX_CHARS = 255;

    private final double[] widths = {5, 13, 13, 21, 42, 42, 15, 18, 10, 8, 11, 13, 17, 30, 14};

    Columns(List<Style> styles, double magnification) {
        double widestMm = 0;
        for (Style s : styles) {
            widestMm = Math.max(widestMm, BarcodePicture.widthMm(LinearSymbol.of(s.gtin(), magnification)));
        }
        double chars = widths[PiLayout.BARCODE];
        while (CellPictures.columnMm(chars) < widestMm + 3 && chars < MAX_CHARS) {
            chars++;
        }
        widths[PiLayout.BARCODE] = chars;
    }

    double width(int column) {
        return widths[column];
    }

    /** The width of columns {@code first}–{@code last} together. */
    double span(int first, int last) {
        double sum = 0;
        for (int col = first; col <= last; col++) {
            sum += widths[col];
        }
        return sum;
    }

    void apply(SXSSFSheet sheet) {
        for (int col = 0; col < widths.length; col++) {
            sheet.setColumnWidth(col, (int) Math.round(widths[col] * 256));
        }
        sheet.setColumnHidden(PiLayout.POINT_ID, true);
    }
}
