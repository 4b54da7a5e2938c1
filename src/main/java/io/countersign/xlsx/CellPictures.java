package io.countersign.xlsx;

import org.apache.poi.util.Units;

/**
 * Places pictures inside single cells. Each picture gets a two-cell anchor whose both corners lie
 * in the same cell — centred across it, at its top where the row's text starts, with a small
 * margin — and moves and resizes with its cell: a picture that belongs to a row must stay in it
 * if the row is ever resized or moved.
 */
final class CellPictures {
    private static final int MARGIN_EMU = 3 * Units.EMU_PER_POINT;
    private static final double EMU_PER_MM = Units.EMU_PER_CENTIMETER / 10.0;

    private final StreamedPictures pictures;

    CellPictures(StreamedPictures pictures) {
        this.pictures = pictures;
    }

    /** A picture of {@code pixelWidth} × {@code pixelHeight} scaled to fill the cell, aspect kept. */
    void fit(int picture, int row, int column, double columnChars, float rowPoints, int pixelWidth, int pixelHeight) {
        double[] box = box(columnChars, rowPoints);
        double scale = Math.min(box[0] / pixelWidth, box[1] / pixelHeight);
        place(picture, row, column, box, pixelWidth * scale, pixelHeight * scale);
    }

    /** A picture at its real size in millimetres (barcodes), shrunk only if the cell is smaller. */
    void actualSize(int picture, int row, int column, double columnChars, float rowPoints, double widthMm, double heightMm) {
        double[] box = box(columnChars, rowPoints);
        double w = widthMm * EMU_PER_MM;
        double h = heightMm * EMU_PER_MM;
        double scale = Math.min(1, Math.min(box[0] / w, box[1] / h));
        place(picture, row, column, box, w * scale, h * scale);
    }

    /** Millimetres of a column {@code chars} wide, as {@link Units#columnWidthToEMU} counts it. */
    static double columnMm(double chars) {
        return Units.columnWidthToEMU((int) Math.round(chars * 256)) / EMU_PER_MM;
    }

    /** Room inside the cell: width, height, and the cell's own width, in EMU. */
    private static double[] box(double columnChars, float rowPoints) {
        double cellWidth = Units.columnWidthToEMU((int) Math.round(columnChars * 256));
        double cellHeight = rowPoints * Units.EMU_PER_POINT;
        return new double[] {cellWidth - 2 * MARGIN_EMU, cellHeight - 2 * MARGIN_EMU, cellWidth};
    }

    private void place(int picture, int row, int column, double[] box, double width, double height) {
        int dx1 = (int) Math.round((box[2] - width) / 2);
        int dy1 = MARGIN_EMU;
        pictures.place(picture, row, column, dx1, dy1, dx1 + (int) Math.round(width), dy1 + (int) Math.round(height));
    }
}
