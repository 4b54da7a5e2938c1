package io.countersign.labels;

/**
 * Sign-off point ids of the sheets: {@code <sku>_<element>}, the SKU made safe for PDF field names
 * as PI style ids are (letters, digits, '-' and '_'; a dot would split the field name). The index
 * workbook of a batch keys its rows by the same ids.
 */
public final class SheetPoints {
    private SheetPoints() {
    }

    /** The point id of {@code element} (one of {@link SheetKind#elements()}) on the sheet of {@code sku}. */
    public static String id(String sku, String element) {
        return safe(sku) + "_" + element;
    }

    /** The SKU as it appears in point ids. */
    public static String safe(String sku) {
        String safe = sku.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe.isEmpty() ? "sku" : safe;
    }
}
