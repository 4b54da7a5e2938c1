package io.countersign.pi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the buyer's PO lines with the styles of the PI by buyer code. A PO that lists only
 * the buyer's item codes is where the paper-box case went wrong: the supplier mapped the codes
 * to the styles it had sampled, the buyer meant others, and nobody compared the two lists.
 *
 * <p>Buyer codes are compared exactly after trimming surrounding spaces. Quantities are
 * compared per buyer code as totals (all PO lines with the code against all styles with it);
 * unit prices per PO line and style, only when the PO line gives one ({@link PoLine#unitPrice()}
 * is empty when the buyer wrote no price). Numbers are compared with
 * {@link BigDecimal#compareTo}, so 2.5 and 2.50 are equal. A PI without PO lines gives no findings.
 *
 * <p>Order: first the findings on PO buyer codes in PO order (duplicate lines, unknown code,
 * quantity, prices), then the findings on styles in PI order (code on several styles, style
 * not on the PO).
 */
public final class PoReconciliation {

    private PoReconciliation() {
    }

    public static List<PoFinding> reconcile(ProformaInvoice pi) {
        return reconcile(pi.styles(), pi.poLines());
    }

    public static List<PoFinding> reconcile(List<Style> styles, List<PoLine> poLines) {
        if (poLines.isEmpty()) {
            return List.of();
        }
        Map<String, List<Integer>> linesByCode = new LinkedHashMap<>();
        for (int i = 0; i < poLines.size(); i++) {
            linesByCode.computeIfAbsent(poLines.get(i).buyerCode().strip(), c -> new ArrayList<>()).add(i);
        }
        Map<String, List<Style>> stylesByCode = new LinkedHashMap<>();
        for (Style style : styles) {
            stylesByCode.computeIfAbsent(style.buyerCode().strip(), c -> new ArrayList<>()).add(style);
        }
        List<PoFinding> findings = new ArrayList<>();
        linesByCode.forEach((code, lines) -> {
            List<Style> matching = stylesByCode.getOrDefault(code, List.of());
            findings.addAll(poSide(code, lines, poLines, matching));
        });
        stylesByCode.forEach((code, onPi) -> findings.addAll(styleSide(code, onPi, linesByCode.containsKey(code))));
        return List.copyOf(findings);
    }

    private static List<PoFinding> poSide(String code, List<Integer> lines, List<PoLine> poLines, List<Style> matching) {
        List<PoFinding> findings = new ArrayList<>();
        Optional<String> single = matching.size() == 1 ? Optional.of(matching.get(0).id()) : Optional.empty();
        List<Integer> numbers = lines.stream().map(i -> i + 1).toList();
        List<String> ids = matching.stream().map(Style::id).toList();
        BigDecimal poQuantity = lines.stream().map(i -> poLines.get(i).quantity()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (lines.size() > 1) {
            findings.add(new PoFinding(PoFinding.Kind.DUPLICATE_PO_LINE, code, single, numbers, List.of(),
                    Optional.of(poQuantity), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        if (matching.isEmpty()) {
            findings.add(new PoFinding(PoFinding.Kind.UNKNOWN_BUYER_CODE, code, Optional.empty(), numbers, List.of(),
                    Optional.of(poQuantity), Optional.empty(), Optional.empty(), Optional.empty()));
            return findings;
        }
        BigDecimal piQuantity = matching.stream().map(Style::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (poQuantity.compareTo(piQuantity) != 0) {
            findings.add(new PoFinding(PoFinding.Kind.QUANTITY_DIFFERS, code, single, numbers, ids,
                    Optional.of(poQuantity), Optional.of(piQuantity), Optional.empty(), Optional.empty()));
        }
        for (int i : lines) {
            Optional<BigDecimal> poPrice = poLines.get(i).unitPrice();
            for (Style style : matching) {
                if (poPrice.isPresent() && poPrice.get().compareTo(style.unitPrice()) != 0) {
                    findings.add(new PoFinding(PoFinding.Kind.UNIT_PRICE_DIFFERS, code, Optional.of(style.id()), List.of(i + 1),
                            List.of(style.id()), Optional.empty(), Optional.empty(), poPrice, Optional.of(style.unitPrice())));
                }
            }
        }
        return findings;
    }

    private static List<PoFinding> styleSide(String code, List<Style> onPi, boolean onPo) {
        List<PoFinding> findings = new ArrayList<>();
        if (onPi.size() > 1) {
            findings.add(new PoFinding(PoFinding.Kind.BUYER_CODE_ON_SEVERAL_STYLES, code, Optional.empty(), List.of(),
                    onPi.stream().map(Style::id).toList(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        if (!onPo) {
            for (Style style : onPi) {
                findings.add(new PoFinding(PoFinding.Kind.STYLE_NOT_ON_PO, code, Optional.of(style.id()), List.of(),
                        List.of(style.id()), Optional.empty(), Optional.of(style.quantity()), Optional.empty(), Optional.empty()));
            }
        }
        return findings;
    }
}
