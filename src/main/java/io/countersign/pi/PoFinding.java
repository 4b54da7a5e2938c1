package io.countersign.pi;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One mismatch between the buyer's purchase order and the styles of the PI, found by
 * {@link PoReconciliation}, with the facts its sentence names. Which facts a kind carries is
 * listed on each {@link Kind}; the others are empty.
 *
 * @param kind        what kind of mismatch
 * @param buyerCode   the buyer's item code the finding is about
 * @param styleId     the style row the finding belongs to, when exactly one style is concerned
 * @param poLines     the PO line numbers concerned, counted from 1 as the buyer numbers them
 * @param styleIds    the styles on the PI concerned, in PI order
 * @param poQuantity  the PO's quantity for the buyer code, all its lines together
 * @param piQuantity  the PI's quantity for the buyer code, all its styles together
 * @param poUnitPrice the unit price on the PO line
 * @param piUnitPrice the unit price of the style on the PI
 */
public record PoFinding(Kind kind, String buyerCode, Optional<String> styleId, List<Integer> poLines,
        List<String> styleIds, Optional<BigDecimal> poQuantity, Optional<BigDecimal> piQuantity,
        Optional<BigDecimal> poUnitPrice, Optional<BigDecimal> piUnitPrice) {

    /** The mismatches reconciliation reports, each with the key of its sentence in the message bundles. */
    public enum Kind {
        /** Two or more PO lines ask for the same buyer code; lines and PO quantity. */
        DUPLICATE_PO_LINE("po.duplicateLine"),
        /** A PO line asks for a buyer code that no style on the PI carries; lines and PO quantity. */
        UNKNOWN_BUYER_CODE("po.unknownBuyerCode"),
        /** The PO's quantity for a buyer code is not the PI's; lines, styles and both quantities. */
        QUANTITY_DIFFERS("po.quantityDiffers"),
        /** A PO line's unit price is not the PI's price for the style with that buyer code; one line, one style, both prices. */
        UNIT_PRICE_DIFFERS("po.unitPriceDiffers"),
        /** Two or more styles carry the same buyer code, so the PO cannot say which one it means; the styles. */
        BUYER_CODE_ON_SEVERAL_STYLES("po.codeOnSeveralStyles"),
        /** A style on the PI that no PO line asks for; the style and its PI quantity. */
        STYLE_NOT_ON_PO("po.styleNotOnPo");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The bundle key of the sentence; {@code {0}} is always the buyer code. */
        public String key() {
            return key;
        }
    }

    /**
     * Formats the message under a key with its arguments, e.g. {@code messages::single} of
     * {@link io.countersign.render.Messages}. Arguments are strings: numbers come already written
     * as plain decimals, so no locale changes them.
     */
    @FunctionalInterface
    public interface Wording {
        String format(String key, Object... args);
    }

    /** The English patterns; the English bundle holds the same under the same keys (a test compares them). */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            entry("po.duplicateLine", "Buyer code {0} is on {1} PO lines ({2}), together {3};"
                    + " check whether the buyer meant one of them for another style."),
            entry("po.unknownBuyerCode", "The PO ({1}) asks for buyer code {0} (quantity {2}),"
                    + " but no style on the PI has that buyer code."),
            entry("po.quantityDiffers", "Buyer code {0}: the PO asks for {1} ({2}), the PI has {3} ({4})."),
            entry("po.unitPriceDiffers", "Buyer code {0}: PO line {1} has unit price {2}, style {3} on the PI has {4}."),
            entry("po.codeOnSeveralStyles", "Buyer code {0} is on {1} styles ({2});"
                    + " a PO line with this code cannot say which style the buyer means."),
            entry("po.styleNotOnPo", "Style {1} (buyer code {0}, quantity {2}) is on the PI,"
                    + " but no PO line asks for buyer code {0}."),
            entry("po.line", "line {0}"),
            entry("po.lines", "lines {0}"),
            entry("po.style", "style {0}"),
            entry("po.styles", "styles {0}"),
            entry("po.list.next", "{0}, {1}"),
            entry("po.list.last", "{0} and {1}"));

    public PoFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(buyerCode, "buyerCode");
        Objects.requireNonNull(styleId, "styleId");
        poLines = List.copyOf(poLines);
        styleIds = List.copyOf(styleIds);
        Objects.requireNonNull(poQuantity, "poQuantity");
        Objects.requireNonNull(piQuantity, "piQuantity");
        Objects.requireNonNull(poUnitPrice, "poUnitPrice");
        Objects.requireNonNull(piUnitPrice, "piUnitPrice");
        String missing = switch (kind) {
            case DUPLICATE_PO_LINE, UNKNOWN_BUYER_CODE -> !poLines.isEmpty() && poQuantity.isPresent()
                    ? "" : "poLines and poQuantity";
            case QUANTITY_DIFFERS -> !poLines.isEmpty() && !styleIds.isEmpty() && poQuantity.isPresent() && piQuantity.isPresent()
                    ? "" : "poLines, styleIds, poQuantity and piQuantity";
            case UNIT_PRICE_DIFFERS -> poLines.size() == 1 && styleIds.size() == 1 && poUnitPrice.isPresent() && piUnitPrice.isPresent()
                    ? "" : "one PO line, one style id, poUnitPrice and piUnitPrice";
            case BUYER_CODE_ON_SEVERAL_STYLES -> !styleIds.isEmpty() ? "" : "styleIds";
            case STYLE_NOT_ON_PO -> styleIds.size() == 1 && piQuantity.isPresent() ? "" : "one style id and piQuantity";
        };
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " finding for buyer code " + buyerCode + " needs " + missing);
        }
    }

    /** The English patterns as a {@link Wording}, the wording of {@link #message()}. */
    public static Wording english() {
        return (key, args) -> {
            String pattern = ENGLISH.get(key);
            if (pattern == null) {
                throw new IllegalArgumentException("no English pattern for \"" + key + "\"");
            }
            return new MessageFormat(pattern, Locale.ROOT).format(args);
        };
    }

    /** An English sentence naming the codes and numbers involved, as the command line prints it. */
    public String message() {
        return message(english());
    }

    /**
     * The sentence in the words {@code wording} gives for {@link Kind#key()}, the PO line and style
     * names ({@code po.line}, {@code po.lines}, {@code po.style}, {@code po.styles}) and the joins of
     * a list ({@code po.list.next} for all but the last item, {@code po.list.last} before the last).
     */
    public String message(Wording wording) {
        Objects.requireNonNull(wording, "wording");
        String key = kind.key();
        return switch (kind) {
            case DUPLICATE_PO_LINE -> wording.format(key, buyerCode, String.valueOf(poLines.size()), lines(wording),
                    plain(poQuantity));
            case UNKNOWN_BUYER_CODE -> wording.format(key, buyerCode, lines(wording), plain(poQuantity));
            case QUANTITY_DIFFERS -> wording.format(key, buyerCode, plain(poQuantity), lines(wording), plain(piQuantity),
                    styles(wording));
            case UNIT_PRICE_DIFFERS -> wording.format(key, buyerCode, String.valueOf(poLines.get(0)), plain(poUnitPrice),
                    styleIds.get(0), plain(piUnitPrice));
            case BUYER_CODE_ON_SEVERAL_STYLES -> wording.format(key, buyerCode, String.valueOf(styleIds.size()),
                    styles(wording));
            case STYLE_NOT_ON_PO -> wording.format(key, buyerCode, styleIds.get(0), plain(piQuantity));
        };
    }

    private String lines(Wording wording) {
        List<String> numbers = poLines.stream().map(String::valueOf).toList();
        return wording.format(numbers.size() == 1 ? "po.line" : "po.lines", list(wording, numbers));
    }

    private String styles(Wording wording) {
        return wording.format(styleIds.size() == 1 ? "po.style" : "po.styles", list(wording, styleIds));
    }

    /** "1", "1 and 2", "1, 2 and 4" in the wording's language. */
    private static String list(Wording wording, List<String> items) {
        String joined = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            joined = wording.format(i == items.size() - 1 ? "po.list.last" : "po.list.next", joined, items.get(i));
        }
        return joined;
    }

    private static String plain(Optional<BigDecimal> number) {
        return number.orElseThrow().toPlainString();
    }
}
