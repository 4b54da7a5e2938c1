package io.countersign.xlsx;

/**
 * Where things are in the index workbook of a sticker or carton batch ({@link LabelIndexWorkbook}),
 * for whoever reads a returned one.
 *
 * <p>Sheet {@value #SHEET} starts with the title and the instruction, then a header row (frozen
 * on screen, repeated on every printed page, with filter buttons), then one row per SKU × element:
 * the SKUs in batch order and each SKU's elements in {@code SheetKind.elements()} order, with no
 * rows between them. The columns of such a row are the constants below ({@code A} = 0); number,
 * SKU, buyer code and description are repeated on every row of a SKU, so a filtered row still
 * says what it is about. The buyer decides a row by choosing one of two values from the list in
 * its {@link #DECISION} cell — the document language's {@code decide.confirm} and
 * {@code decide.change} labels — and may write in its {@link #NOTE} cell; an empty decision cell
 * is an undecided, hence unconfirmed, element. The hidden column {@link #POINT_ID} holds the
 * row's sign-off point id, {@code <sku>_<element>} as on the SKU's approval sheet, with the same
 * label and hash. After the rows come the signature block with the three signer cells. Decision,
 * note and signer cells are the only unlocked cells; the sheet is protected without a password.
 *
 * <p>Sheet {@value #IDENTITY_SHEET} is the very hidden identity sheet exactly as described on
 * {@link PiLayout} (its {@code sheet} value is {@value #SHEET}), so {@code countersign check}
 * reads a returned index like a returned PI. Its {@code kind} is the sheets' kind with
 * {@code -index} appended: {@code sticker-index} or {@code carton-index}.
 */
public final class LabelIndexLayout {
    /** The sheet with the rows to decide. */
    public static final String SHEET = "Index";
    /** The very hidden sheet with the document identity; the same as a PI's. */
    public static final String IDENTITY_SHEET = PiLayout.IDENTITY_SHEET;
    /** The first cell of the header row of the point table on the identity sheet. */
    public static final String POINTS_HEADER = PiLayout.POINTS_HEADER;

    /** The SKU's number in the batch, from 1; the same on each of its rows. */
    public static final int NO = 0;
    public static final int SKU = 1;
    public static final int BUYER_CODE = 2;
    /** The SKU's picture, on its first row; the column is hidden when the index is written without pictures. */
    public static final int PICTURE = 3;
    public static final int DESCRIPTION = 4;
    /** The element's name in the document language, as the sheets name it (e.g. "Barcode number"). */
    public static final int ELEMENT = 5;
    /** What to check for the element: what the SKU's sheet shows for it (sticker text, GTIN, size, marks, Pantone names …), in the sheet's words. */
    public static final int CHECK = 6;
    /** The file name of the SKU's approval sheet (PDF), relative to the index. */
    public static final int SHEET_FILE = 7;
    public static final int DECISION = 8;
    public static final int NOTE = 9;
    /** Hidden: the sign-off point id of the row. */
    public static final int POINT_ID = 10;
    /** The number of columns the index sheet uses. */
    static final int COLUMNS = 11;

    private LabelIndexLayout() {
    }
}
