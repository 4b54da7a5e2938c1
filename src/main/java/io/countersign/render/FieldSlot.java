package io.countersign.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the layout reserved for a form field, found by its element id:
 * {@code fld:radio:<name>:<value>}, {@code fld:text:<name>}, {@code fld:note:<name>} (multi-line)
 * or {@code fld:sig:<name>}. Position in PDF points, origin bottom-left of the page.
 */
record FieldSlot(Kind kind, String name, String value, int page, float x, float y, float width, float height) {

    enum Kind { RADIO, TEXT, NOTE, SIGNATURE }

    static final Pattern ID = Pattern.compile("^fld:(radio|text|note|sig):([A-Za-z0-9_.-]+)(?::([A-Za-z0-9_-]+))?$");

    static Optional<FieldSlot> parse(String id, int page, float x, float y, float w, float h) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        Kind kind = switch (m.group(1)) {
            case "radio" -> Kind.RADIO;
            case "text" -> Kind.TEXT;
            case "note" -> Kind.NOTE;
            default -> Kind.SIGNATURE;
        };
        if (kind == Kind.RADIO && m.group(3) == null) {
            return Optional.empty();
        }
        return Optional.of(new FieldSlot(kind, m.group(2), m.group(3) == null ? "" : m.group(3), page, x, y, w, h));
    }
}
