package io.countersign.xlsx;

/**
 * Where things are in a PI workbook, for whoever reads a returned one.
 *
 * <p>Sheet {@value #SHEET} holds the PI: header, instruction, PO findings, then the items table,
 * one row per style in PI order under a header row that is repeated on every printed page. The
 * columns of an item row are the constants below ({@code A} = 0). The buyer decides a style by
 * choosing one of two values from the list in its {@link #DECISION} cell — the document
 * language's {@code decide.confirm} and {@code decide.change} labels — and may write in its
 * {@link #NOTE} cell; an empty decision cell is an undecided, hence unconfirmed, style. The hidden
 * column {@link #POINT_ID} holds the row's sign-off point id. Decision, note and the three signer
 * cells are the only unlocked cells; the sheet is protected without a password.
 *
 * <p>Sheet {@value #IDENTITY_SHEET} is very hidden (the workbook structure is locked, so it cannot
 * be unhidden from the user interface) and holds the document identity as name/value rows in
 * columns A and B — {@code format}, {@code documentId}, {@code kind}, {@code revision},
 * {@code title}, {@code issuedAt}, {@code inputSha256}, the two decision labels
 * ({@code decision.confirm}, {@code decision.change}) and the cells of {@code signer.name},
 * {@code signer.title}, {@code signer.date} as references such as {@code PI!C52} — then, under a
 * header row starting with {@value #POINTS_HEADER}, one row per sign-off point: point id, label,
 * SHA-256, the 1-based row number on sheet {@value #SHEET}, and the references of its decision and
 * note cells. A reader finds {@code signoff.<pointId>} there, and checks that the
 * {@link #POINT_ID} cell of that row says the same id.
 */
public final class PiLayout {
    /** The sheet with the PI. */
    public static final String SHEET = "PI";
    /** The very hidden sheet with the document identity. */
    public static final String IDENTITY_SHEET = "countersign";
    /** The first cell of the header row of the point table on the identity sheet. */
    public static final String POINTS_HEADER = "pointId";

    public static final int NO = 0;
    public static final int BUYER_CODE = 1;
    public static final int STYLE_ID = 2;
    public static final int PICTURE = 3;
    public static final int DESCRIPTION = 4;
    /** Look-alike differences and sentences, PO findings for the row; highlighted when not empty. */
    public static final int CHECK = 5;
    /** The GTIN's digits, as text. */
    public static final int GTIN = 6;
    /** The GTIN as a barcode picture. */
    public static final int BARCODE = 7;
    public static final int QUANTITY = 8;
    public static final int UNIT = 9;
    public static final int UNIT_PRICE = 10;
    /** {@code =ROUND(quantity*unitPrice, minorUnits)}. */
    public static final int AMOUNT = 11;
    public static final int DECISION = 12;
    public static final int NOTE = 13;
    /** Hidden: the sign-off point id of the row. */
    public static final int POINT_ID = 14;
    /** The number of columns the PI sheet uses. */
    static final int COLUMNS = 15;

    private PiLayout() {
    }
}
