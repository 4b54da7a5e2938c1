package io.countersign.input;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a SKU list and the headers each is recognised by. Headers are compared after
 * {@link #key normalising}: case is ignored, and so are spaces, underscores, dashes and dots, so
 * "N.W.", "nw" and "NW" are the same header, as are "Item No." and "item_no". A unit in brackets
 * after the header ("N.W. (kg)") is checked against the column's unit. docs/input-labels.md lists
 * the aliases; a test keeps the two in step.
 */
enum SkuColumn {
    SKU("SKU", "", "sku", "item no", "item number", "item", "style", "style no", "article no", "model"),
    BUYER_CODE("buyer code", "", "buyer code", "buyer item", "buyer item code", "buyer item no", "buyer sku",
            "customer code", "customer item", "customer item no"),
    DESCRIPTION("description", "", "description", "desc", "item description", "product description", "product", "product name"),
    GTIN("GTIN", "", "gtin", "upc", "upc-a", "upc code", "ean", "ean-13", "ean code", "barcode", "gtin-12", "gtin-13", "unit gtin"),
    STICKER_SIZE("sticker size", "mm", "sticker size", "label size", "sticker"),
    STICKER_WIDTH("sticker width", "mm", "sticker width", "label width", "sticker w"),
    STICKER_HEIGHT("sticker height", "mm", "sticker height", "label height", "sticker h"),
    LAYOUT("layout", "", "layout", "sticker layout", "label layout"),
    PICTURE("picture", "", "picture", "pictures", "image", "images", "photo", "photos", "pic", "product picture"),
    PCS_PER_CARTON("pcs/ctn", "", "pcs/ctn", "pcs/carton", "pcs per carton", "pcs per ctn", "qty per carton", "qty/ctn",
            "units per carton"),
    CARTON_SIZE("carton size", "cm", "carton size", "ctn size", "carton dimensions", "meas", "measurement", "carton meas"),
    CARTON_LENGTH("carton length", "cm", "carton length", "ctn length", "carton l", "ctn l"),
    CARTON_WIDTH("carton width", "cm", "carton width", "ctn width", "carton w", "ctn w"),
    CARTON_HEIGHT("carton height", "cm", "carton height", "ctn height", "carton h", "ctn h"),
    NET_WEIGHT("N.W.", "kg", "n.w.", "net weight", "net wt"),
    GROSS_WEIGHT("G.W.", "kg", "g.w.", "gross weight", "gross wt"),
    CARTON_GTIN("carton GTIN", "", "carton gtin", "gtin-14", "itf-14", "carton barcode", "case gtin", "outer gtin", "dun-14",
            "scc-14"),
    INDICATOR("indicator", "", "indicator", "indicator digit", "packaging indicator"),
    CONSIGNEE("consignee", "", "consignee", "consignee initials", "initials"),
    REFERENCE("PO", "", "po", "po no", "po number", "reference", "ref", "order no", "order number", "invoice no"),
    DESTINATION("destination", "", "destination", "destination port", "port", "port of destination", "port of discharge", "dest"),
    CARTONS_TOTAL("cartons", "", "cartons", "cartons total", "total cartons", "ctns", "no of cartons", "number of cartons",
            "carton qty", "ctn qty"),
    LINE_DRAWING("line drawing", "", "line drawing", "drawing", "artwork", "carton drawing", "carton artwork"),
    COLOURS("colours", "", "colours", "colors", "colour", "color", "pantone", "print colours", "print colors");

    private static final Pattern UNIT = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern IGNORED = Pattern.compile("[\\s_.\\-\u00A0]+");
    private static final Map<String, SkuColumn> BY_KEY = new HashMap<>();

    static {
        for (SkuColumn c : values()) {
            for (String alias : c.aliases) {
                SkuColumn before = BY_KEY.put(key(alias), c);
                if (before != null && before != c) {
                    throw new IllegalStateException("alias " + alias + " of " + c + " is also an alias of " + before);
                }
            }
        }
    }

    private final String label;
    private final String unit;
    private final List<String> aliases;

    SkuColumn(String label, String unit, String... aliases) {
        this.label = label;
        this.unit = unit;
        this.aliases = List.of(aliases);
    }

    /** How messages and the documentation name the column. */
    String label() {
        return label;
    }

    /** The unit its values are in ("mm", "cm", "kg"), or "" when it has none. */
    String unit() {
        return unit;
    }

    /** Every header the column is recognised by, as documented. */
    List<String> aliases() {
        return aliases;
    }

    /** The column a header names, or empty. */
    static Optional<SkuColumn> of(String header) {
        return Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /** Every alias, normalised, with its column: the candidates for "did you mean". */
    static Map<String, SkuColumn> byKey() {
        return Map.copyOf(BY_KEY);
    }

    /** A header as compared: lower case, without a bracketed unit, spaces, underscores, dashes and dots. */
    static String key(String header) {
        String withoutUnit = UNIT.matcher(header).replaceAll(" ");
        return IGNORED.matcher(withoutUnit.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The unit written in brackets in a header, lower case ("N.W. (KG)" → "kg"), or "". */
    static String unitIn(String header) {
        Matcher m = UNIT.matcher(header);
        return m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT) : "";
    }
}
