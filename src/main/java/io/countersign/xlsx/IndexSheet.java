package io.countersign.xlsx;

import static io.countersign.xlsx.LabelIndexLayout.BUYER_CODE;
import static io.countersign.xlsx.LabelIndexLayout.CHECK;
import static io.countersign.xlsx.LabelIndexLayout.DECISION;
import static io.countersign.xlsx.LabelIndexLayout.DESCRIPTION;
import static io.countersign.xlsx.LabelIndexLayout.ELEMENT;
import static io.countersign.xlsx.LabelIndexLayout.NO;
import static io.countersign.xlsx.LabelIndexLayout.NOTE;
import static io.countersign.xlsx.LabelIndexLayout.PICTURE;
import static io.countersign.xlsx.LabelIndexLayout.POINT_ID;
import static io.countersign.xlsx.LabelIndexLayout.SHEET_FILE;
import static io.countersign.xlsx.LabelIndexLayout.SKU;

import io.countersign.labels.Sku;
import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.LockedCells;
import io.countersign.signoff.SignOffPoint;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Sheet {@value LabelIndexLayout#SHEET}, written top to bottom as SKUs arrive: title, instruction
 * and header first, then each SKU's element rows, then the signature block and the sheet setup.
 * A point row's hash goes to the {@link PointSpool} as soon as the row is complete; only the
 * hashes of the few other rows are kept.
 */
final class IndexSheet {
    /** Rows with the SKU's picture are at least this tall. */
    private static final double PICTURE_ROW_MM = 20;
    private static final double[] WIDTHS = {6, 14, 14, 18, 30, 18, 46, 22, 17, 30, 16};

    private final SheetCursor cursor;
    private final CellStyles styles;
    private final Messages msg;
    private final PointSpool spool;
    private final Optional<StreamedPictures> pictures;
    private final Optional<ProductPictures> products;
    private final CellPictures placement;
    private final SortedMap<Integer, String> otherRows = new TreeMap<>();
    private IdentitySheet.PlacedPoint pending;
    private int headerRow;
    private int firstRow = -1;
    private int lastRow = -1;
    private int skus;

    IndexSheet(SXSSFSheet sheet, CellStyles styles, Messages msg, PointSpool spool, Optional<StreamedPictures> pictures) {
        this.cursor = new SheetCursor(sheet, this::sealed);
        this.styles = styles;
        this.msg = msg;
        this.spool = spool;
        this.pictures = pictures;
        this.products = pictures.map(ProductPictures::new);
        this.placement = pictures.map(CellPictures::new).orElse(null);
    }

    /** Widths, title, instruction and the header row. */
    void start(String title) {
        for (int col = 0; col < WIDTHS.length; col++) {
            cursor.sheet.setColumnWidth(col, (int) Math.round(WIDTHS[col] * 256));
        }
        cursor.sheet.setColumnHidden(POINT_ID, true);
        cursor.sheet.setColumnHidden(PICTURE, pictures.isEmpty());
        SXSSFRow titleRow = cursor.row();
        cursor.merged(titleRow, NO, NOTE, title, styles.title);
        titleRow.setHeightInPoints(24);
        String instruction = msg.get("index.instruction");
        SXSSFRow row = cursor.row();
        cursor.merged(row, NO, NOTE, instruction, styles.instruction);
        SheetCursor.fitLines(row, TextLines.of(instruction, span(NO, NOTE)));
        cursor.skip(1);
        header();
        cursor.sheet.createFreezePane(0, headerRow + 1);
    }

    private void header() {
        SXSSFRow row = cursor.row();
        headerRow = row.getRowNum();
        String[] labels = new String[LabelIndexLayout.COLUMNS];
        labels[NO] = msg.get("col.no");
        labels[SKU] = msg.get("index.col.sku");
        labels[BUYER_CODE] = msg.get("codes.buyer");
        labels[PICTURE] = msg.get("col.picture");
        labels[DESCRIPTION] = msg.get("index.col.description");
        labels[ELEMENT] = msg.get("index.col.element");
        labels[CHECK] = msg.get("index.col.check");
        labels[SHEET_FILE] = msg.get("index.col.sheet");
        labels[DECISION] = msg.get("col.decision");
        labels[NOTE] = msg.get("decide.note");
        labels[POINT_ID] = LabelIndexLayout.POINTS_HEADER;
        int lines = 1;
        for (int col = 0; col < labels.length; col++) {
            SheetCursor.text(row, col, labels[col], styles.header);
            lines = Math.max(lines, TextLines.of(labels[col], WIDTHS[col] * 0.95));
        }
        SheetCursor.fitLines(row, lines);
    }

    /** The rows of one SKU: one per element, {@code points} and {@code checks} in element order. */
    void add(Sku sku, List<String> elements, List<SignOffPoint> points, List<String> checks, String sheetFile) {
        skus++;
        boolean band = skus % 2 == 0;
        for (int i = 0; i < elements.size(); i++) {
            SignOffPoint point = points.get(i);
            SXSSFRow row = cursor.row();
            int r = row.getRowNum();
            if (firstRow < 0) {
                firstRow = r;
            }
            lastRow = r;
            String element = msg.get("sheet.element." + elements.get(i));
            String check = checks.get(i);
            boolean withPicture = i == 0 && pictures.isPresent() && sku.picture().isPresent();
            float height = height(sku, element, check, sheetFile, withPicture);
            row.setHeightInPoints(height);

            SheetCursor.number(row, NO, skus, style(styles.number, band));
            SheetCursor.text(row, SKU, sku.sku(), style(styles.styleId, band));
            SheetCursor.text(row, BUYER_CODE, sku.buyerCode(), style(styles.buyerCode, band));
            boolean noPicture = i == 0 && pictures.isPresent() && sku.picture().isEmpty();
            SheetCursor.text(row, PICTURE, noPicture ? msg.get("pi.nopicture") : "", style(styles.cell, band));
            SheetCursor.text(row, DESCRIPTION, sku.description(), style(styles.description, band));
            SheetCursor.text(row, ELEMENT, element, style(styles.styleId, band));
            SheetCursor.text(row, CHECK, check, style(styles.cell, band));
            SheetCursor.text(row, SHEET_FILE, sheetFile, style(styles.cell, band));
            if (point.asked()) {
                SheetCursor.text(row, DECISION, "", styles.decision);
                SheetCursor.text(row, NOTE, "", styles.note);
            } else {
                SheetCursor.text(row, DECISION, msg.with("decide.carried", point.carriedFrom()), styles.carried);
                SheetCursor.text(row, NOTE, "", styles.carried);
            }
            SheetCursor.text(row, POINT_ID, point.id(), styles.plain);
            if (withPicture) {
                ProductPictures.Added p = products.orElseThrow().add(sku.picture().get());
                placement.fit(p.picture(), r, PICTURE, WIDTHS[PICTURE], height, p.width(), p.height());
            }
            pending = new IdentitySheet.PlacedPoint(point, r, "");
            cursor.seal();
        }
    }

    /** The signature block and the sheet's setup; says where the signer cells are and hashes the rows that are no point's. */
    Finished finish(String title, DocumentIdentity head) {
        String statement = msg.with("index.sign.statement", spool.size(), skus);
        SignerBlock.Cells signer = new SignerBlock(LabelIndexLayout.SHEET, SKU, BUYER_CODE, DESCRIPTION, NOTE, span(SKU, NOTE))
                .write(cursor, styles, msg, statement);
        cursor.seal();
        SXSSFSheet sheet = cursor.sheet;
        if (firstRow >= 0) {
            SheetSetup.decisionList(sheet, msg, new CellRangeAddressList(firstRow, lastRow, DECISION, DECISION),
                    "xlsx.index.decision.prompt", "xlsx.decision.error");
            // SKUs and buyer codes are text on purpose; no "number stored as text" markers
            sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName())
                    .addIgnoredErrors(new CellRangeAddress(firstRow, lastRow, SKU, BUYER_CODE), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, NO, NOTE));
        }
        SheetSetup.print(sheet, PrintSetup.A4_PAPERSIZE, headerRow, title, head, msg);
        SheetSetup.protect(sheet);
        // filtering hides rows and changes no cell: a buyer may filter for the undecided rows
        sheet.lockAutoFilter(false);
        return new Finished(signer, LockedCells.sheetSha256(otherRows), skus);
    }

    record Finished(SignerBlock.Cells signer, String cellsSha256, int skus) {
    }

    private void sealed(int row, String sha256) {
        if (pending != null && pending.row() == row) {
            spool.add(new IdentitySheet.PlacedPoint(pending.point(), row, sha256));
            pending = null;
        } else {
            otherRows.put(row, sha256);
        }
    }

    /** Tall enough for the wrapped texts and, on a SKU's first row, its picture. */
    private float height(Sku sku, String element, String check, String sheetFile, boolean withPicture) {
        int lines = Math.max(TextLines.of(sku.description(), WIDTHS[DESCRIPTION]), TextLines.of(check, WIDTHS[CHECK]));
        lines = Math.max(lines, TextLines.of(sku.sku(), WIDTHS[SKU] * 0.85));
        lines = Math.max(lines, TextLines.of(sku.buyerCode(), WIDTHS[BUYER_CODE] * 0.85));
        lines = Math.max(lines, TextLines.of(element, WIDTHS[ELEMENT] * 0.85));
        lines = Math.max(lines, TextLines.of(sheetFile, WIDTHS[SHEET_FILE]));
        float points = Math.max(15f, lines * SheetCursor.LINE_POINTS + 4f);
        if (withPicture) {
            points = (float) Math.max(points, PICTURE_ROW_MM * 72 / 25.4);
        }
        return Math.min(SheetCursor.MAX_ROW_POINTS, points);
    }

    private XSSFCellStyle style(XSSFCellStyle base, boolean band) {
        return band ? styles.banded(base) : base;
    }

    /** The width of columns {@code first}–{@code last} as shown: a hidden picture column takes no room. */
    private double span(int first, int last) {
        double sum = 0;
        for (int col = first; col <= last; col++) {
            sum += col == PICTURE && pictures.isEmpty() ? 0 : WIDTHS[col];
        }
        return sum;
    }
}
