package io.countersign.input;

import java.util.regex.Pattern;

/** Builds the field paths printed with problems: {@code styles[1].packing.carton.width}, 0-based indexes. */
final class FieldPath {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private FieldPath() {
    }

    /** The path of a key under {@code parent}; keys that are not plain names are quoted: {@code attributes["size (cm)"]}. */
    static String child(String parent, String key) {
        if (!PLAIN_KEY.matcher(key).matches()) {
            return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
