package io.countersign.xlsx;

import static io.countersign.xlsx.PiLayout.AMOUNT;
import static io.countersign.xlsx.PiLayout.BARCODE;
import static io.countersign.xlsx.PiLayout.BUYER_CODE;
import static io.countersign.xlsx.PiLayout.CHECK;
import static io.countersign.xlsx.PiLayout.DECISION;
import static io.countersign.xlsx.PiLayout.DESCRIPTION;
import static io.countersign.xlsx.PiLayout.GTIN;
import static io.countersign.xlsx.PiLayout.NO;
import static io.countersign.xlsx.PiLayout.NOTE;
import static io.countersign.xlsx.PiLayout.PICTURE;
import static io.countersign.xlsx.PiLayout.POINT_ID;
import static io.countersign.xlsx.PiLayout.QUANTITY;
import static io.countersign.xlsx.PiLayout.STYLE_ID;
import static io.countersign.xlsx.PiLayout.UNIT;
import static io.countersign.xlsx.PiLayout.UNIT_PRICE;

import io.countersign.barcode.LinearSymbol;
import io.countersign.core.CurrencyRules;
import io.countersign.core.Money;
import io.countersign.pi.PiView;
import io.countersign.pi.PreparedPi;
import io.countersign.pi.Style;
import io.countersign.render.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * The items table: a header row (repeated on printed pages) and one row per style with its
 * picture, texts, GTIN digits and barcode, quantity, price, amount formula and the buyer's
 * decision and note cells.
 */
final class ItemTable {
    /** Rows of the table: the header row and the row of each style, in PI order (0-based). */
    record Placed(int headerRow, List<Integer> rows) {
        int first() {
            return rows.get(0);
        }

        int last() {
            return rows.get(rows.size() - 1);
        }
    }

    private final SheetCursor cursor;
    private final CellStyles styles;
    private final PreparedPi prepared;
    private final Messages msg;
    private final Columns columns;
    private final CellPictures placement;
    private final ProductPictures products;
    private final StreamedPictures pictures;
    private final double magnification;
    private final Map<String, Integer> barcodes = new HashMap<>();

    ItemTable(SheetCursor cursor, CellStyles styles, PreparedPi prepared, Columns columns, StreamedPictures pictures, double magnification) {
        this.cursor = cursor;
        this.styles = styles;
        this.prepared = prepared;
        this.msg = prepared.messages();
        this.columns = columns;
        this.magnification = magnification;
        this.pictures = pictures;
        this.placement = new CellPictures(pictures);
        this.products = new ProductPictures(pictures);
    }

    Placed write() {
        int headerRow = header();
        List<Integer> rows = new ArrayList<>();
        List<PiView.Line> lines = prepared.view().lines();
        List<Style> styleList = prepared.pi().styles();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(item(lines.get(i), styleList.get(i)));
        }
        return new Placed(headerRow, rows);
    }

    private int header() {
        SXSSFRow row = cursor.row();
        String currency = prepared.pi().currency();
        String[] labels = new String[PiLayout.COLUMNS];
        labels[NO] = msg.get("col.no");
        labels[BUYER_CODE] = msg.get("codes.buyer");
        labels[STYLE_ID] = msg.get("codes.seller");
        labels[PICTURE] = msg.get("col.picture");
        labels[DESCRIPTION] = msg.get("col.description");
        labels[CHECK] = msg.get("col.check");
        labels[GTIN] = msg.get("col.upc");
        labels[QUANTITY] = msg.get("col.quantity");
        labels[UNIT_PRICE] = msg.with("col.unitprice", currency);
        labels[AMOUNT] = msg.with("col.amount", currency);
        labels[DECISION] = msg.get("col.decision");
        labels[NOTE] = msg.get("decide.note");
        labels[POINT_ID] = PiLayout.POINTS_HEADER;
        int lines = 1;
        for (int col = 0; col < labels.length; col++) {
            if (col == BARCODE || col == UNIT) {
                continue;
            }
            boolean pair = col == GTIN || col == QUANTITY;
            if (pair) {
                cursor.merged(row, col, col + 1, labels[col], styles.header);
            } else {
                SheetCursor.text(row, col, labels[col], styles.header);
            }
            double width = columns.width(col) + (pair ? columns.width(col + 1) : 0);
            lines = Math.max(lines, TextLines.of(labels[col], width * 0.95));
        }
        SheetCursor.fitLines(row, lines);
        return row.getRowNum();
    }

    private int item(PiView.Line line, Style style) {
        SXSSFRow row = cursor.row();
        int r = row.getRowNum();
        String currency = prepared.pi().currency();
        int minor = CurrencyRules.minorUnits(currency);

        String description = description(line);
        String check = check(line);
        LinearSymbol symbol = LinearSymbol.of(style.gtin(), magnification);
        float height = rowHeight(description, check, line, symbol);
        row.setHeightInPoints(height);

        SheetCursor.number(row, NO, line.no(), styles.number);
        SheetCursor.text(row, BUYER_CODE, line.buyerCode(), styles.buyerCode);
        SheetCursor.text(row, STYLE_ID, line.styleId(), styles.styleId);
        SheetCursor.text(row, PICTURE, style.images().isEmpty() ? msg.get("pi.nopicture") : "", styles.cell);
        SheetCursor.text(row, DESCRIPTION, description, line.lookAlike() ? styles.lookAlikeDescription : styles.description);
        SheetCursor.text(row, CHECK, check, line.lookAlike() ? styles.checkDiffers
                : line.changedSinceRevision() ? styles.checkRevision
                : line.findingNotes().isEmpty() ? styles.cell : styles.checkFinding);
        SheetCursor.text(row, GTIN, style.gtin().digits(), styles.gtin);
        SheetCursor.text(row, BARCODE, "", styles.cell);
        SheetCursor.number(row, QUANTITY, style.quantity().doubleValue(), styles.decimal(decimals(style.quantity()), 0, false));
        SheetCursor.text(row, UNIT, style.unit(), styles.cell);
        SheetCursor.number(row, UNIT_PRICE, style.unitPrice().doubleValue(),
                styles.decimal(minor, Math.max(0, decimals(style.unitPrice()) - minor), false));
        Money amount = Money.line(style.quantity(), style.unitPrice(), currency);
        SheetCursor.formula(row, AMOUNT, "ROUND(" + ref(r, QUANTITY) + "*" + ref(r, UNIT_PRICE) + "," + minor + ")",
                amount.amount().doubleValue(), styles.decimal(minor, 0, true));
        if (line.asked()) {
            SheetCursor.text(row, DECISION, "", styles.decision);
            SheetCursor.text(row, NOTE, "", styles.note);
        } else {
            SheetCursor.text(row, DECISION, msg.with("decide.carried", prepared.view().previousRevision()), styles.carried);
            SheetCursor.text(row, NOTE, "", styles.carried);
        }
        SheetCursor.text(row, POINT_ID, line.pointId(), styles.plain);

        if (!style.images().isEmpty()) {
            ProductPictures.Added p = products.add(style.images().get(0));
            placement.fit(p.picture(), r, PICTURE, columns.width(PICTURE), height, p.width(), p.height());
        }
        placement.actualSize(barcode(symbol), r, BARCODE, columns.width(BARCODE), height,
                BarcodePicture.widthMm(symbol), BarcodePicture.heightMm(symbol));
        return r;
    }

    /** The style name, then each attribute as the PDF lists it. */
    private static String description(PiView.Line line) {
        StringBuilder text = new StringBuilder(line.name());
        line.attributes().forEach(a -> text.append('\n').append(a.name()).append(": ").append(a.value()));
        return text.toString();
    }

    /** What the buyer must look at on this row: what changed since the last revision, the attributes that tell it from a look-alike, the sentences, PO findings. */
    private static String check(PiView.Line line) {
        List<String> parts = new ArrayList<>();
        if (!line.revisionNote().isEmpty()) {
            parts.add(line.revisionNote());
        }
        line.attributes().stream().filter(PiView.AttributeView::differs).forEach(a -> parts.add(a.name() + ": " + a.value()));
        parts.addAll(line.lookAlikeNotes());
        parts.addAll(line.findingNotes());
        return String.join("\n", parts);
    }

    /** Tall enough for the picture box, the barcode at its real size and the wrapped texts. */
    private float rowHeight(String description, String check, PiView.Line line, LinearSymbol symbol) {
        double pictureMm = Math.max(Columns.PICTURE_ROW_MM, BarcodePicture.heightMm(symbol) + 3);
        int lines = Math.max(TextLines.of(description, columns.width(DESCRIPTION)), TextLines.of(check, columns.width(CHECK)));
        lines = Math.max(lines, TextLines.of(line.buyerCode(), columns.width(BUYER_CODE) * 0.85));
        lines = Math.max(lines, TextLines.of(line.styleId(), columns.width(STYLE_ID) * 0.85));
        float textPoints = lines * SheetCursor.LINE_POINTS + 4f;
        return (float) Math.min(SheetCursor.MAX_ROW_POINTS, Math.max(pictureMm * 72 / 25.4, textPoints));
    }

    private int barcode(LinearSymbol symbol) {
        return barcodes.computeIfAbsent(symbol.gtin().digits(),
                k -> pictures.add(BarcodePicture.png(symbol), "png"));
    }

    static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    /** Decimals a number is written with, trailing zeros not counted. */
    static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
