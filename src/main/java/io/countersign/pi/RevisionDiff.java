package io.countersign.pi;

import io.countersign.signoff.Decision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changed between two revisions of a PI, style by style (matched by style id) and in the
 * terms every style depends on (currency, Incoterms, payment, dates, ports). A revision asks the
 * buyer again only about what changed: an unchanged style is carried over — unless the terms
 * changed (they change every style's amount or risk), or the previous decisions are known and
 * that style was not confirmed.
 */
public record RevisionDiff(int previousRevision, int revision, List<PointChange> points, List<String> termChanges) {

    public RevisionDiff {
        points = List.copyOf(points);
        termChanges = List.copyOf(termChanges);
    }

    /** The diff when the previous decisions are not known: every unchanged style is carried over unless the terms changed. */
    public static RevisionDiff between(ProformaInvoice previous, ProformaInvoice current) {
        return between(PreviousRevision.of(previous), current);
    }

    public static RevisionDiff between(PreviousRevision previousRevision, ProformaInvoice current) {
        ProformaInvoice previous = previousRevision.pi();
        List<String> terms = termChanges(previous, current);
        Map<String, Style> before = new LinkedHashMap<>();
        Map<String, String> previousPointIds = new LinkedHashMap<>();
        List<String> ids = PointIds.of(previous.styles());
        for (int i = 0; i < previous.styles().size(); i++) {
            before.put(previous.styles().get(i).id(), previous.styles().get(i));
            previousPointIds.put(previous.styles().get(i).id(), ids.get(i));
        }
        List<PointChange> points = new ArrayList<>();
        for (Style s : current.styles()) {
            Style old = before.remove(s.id());
            if (old == null) {
                points.add(new PointChange(s.id(), PointChange.Kind.NEW, List.of(), false));
            } else {
                List<String> changes = styleChanges(old, s, previous.currency(), current.currency());
                boolean unchanged = changes.isEmpty();
                boolean carried = unchanged && terms.isEmpty() && (!previousRevision.decisionsKnown()
                        || previousRevision.decisions().get(previousPointIds.get(s.id())) == Decision.CONFIRMED);
                points.add(new PointChange(s.id(), unchanged ? PointChange.Kind.UNCHANGED : PointChange.Kind.CHANGED, changes, carried));
            }
        }
        before.keySet().forEach(id -> points.add(new PointChange(id, PointChange.Kind.REMOVED, List.of(), false)));
        return new RevisionDiff(previous.revision(), current.revision(), points, terms);
    }

    public Optional<PointChange> of(String styleId) {
        return points.stream().filter(p -> p.styleId().equals(styleId)).findFirst();
    }

    public boolean hasChanges() {
        return !termChanges.isEmpty() || points.stream().anyMatch(p -> p.kind() != PointChange.Kind.UNCHANGED);
    }

    /** True when this revision does not ask again about {@code styleId}: unchanged, and its earlier decision stands. */
    public boolean carried(String styleId) {
        return of(styleId).map(PointChange::carried).orElse(false);
    }

    private static List<String> styleChanges(Style a, Style b, String currencyA, String currencyB) {
        List<String> c = new ArrayList<>();
        text(c, "buyer code", a.buyerCode(), b.buyerCode());
        text(c, "name", a.name(), b.name());
        Map<String, String> attrsA = new LinkedHashMap<>();
        a.attributes().forEach(x -> attrsA.putIfAbsent(x.name(), x.value()));
        Map<String, String> attrsB = new LinkedHashMap<>();
        b.attributes().forEach(x -> attrsB.putIfAbsent(x.name(), x.value()));
        attrsA.forEach((name, value) -> text(c, name, value, attrsB.getOrDefault(name, "—")));
        attrsB.forEach((name, value) -> {
            if (!attrsA.containsKey(name)) {
                text(c, name, "—", value);
            }
        });
        text(c, "GTIN", a.gtin().digits(), b.gtin().digits());
        number(c, "quantity", a.quantity(), b.quantity());
        text(c, "unit", a.unit(), b.unit());
        if (a.unitPrice().compareTo(b.unitPrice()) != 0 || !currencyA.equals(currencyB)) {
            // prices as the PI prints them: 2.20, not 2.2
            c.add("unit price " + io.countersign.core.Money.rounded(a.unitPrice(), currencyA).amount().toPlainString() + " → "
                    + io.countersign.core.Money.rounded(b.unitPrice(), currencyB).amount().toPlainString());
        }
        if (!a.images().stream().map(ProductImage::sha256).toList().equals(b.images().stream().map(ProductImage::sha256).toList())) {
            c.add("picture changed");
        }
        text(c, "packing", packing(a), packing(b));
        return c;
    }

    private static List<String> termChanges(ProformaInvoice a, ProformaInvoice b) {
        List<String> c = new ArrayList<>();
        text(c, "currency", a.currency(), b.currency());
        text(c, "Incoterms", a.incoterms().toString(), b.incoterms().toString());
        text(c, "payment", a.paymentTerms(), b.paymentTerms());
        text(c, "shipment date", date(a, ProformaInvoice::shipmentDate), date(b, ProformaInvoice::shipmentDate));
        text(c, "valid until", date(a, ProformaInvoice::validUntil), date(b, ProformaInvoice::validUntil));
        text(c, "port of loading", a.portOfLoading(), b.portOfLoading());
        text(c, "port of discharge", a.portOfDischarge(), b.portOfDischarge());
        text(c, "buyer PO", a.buyerPoReference(), b.buyerPoReference());
        return c;
    }

    private static String date(ProformaInvoice pi, Function<ProformaInvoice, Optional<java.time.LocalDate>> field) {
        return field.apply(pi).map(Object::toString).orElse("—");
    }

    private static String packing(Style s) {
        return s.packing().map(p -> p.unitsPerCarton() + "/ctn " + plain(p.carton().lengthCm()) + "×" + plain(p.carton().widthCm()) + "×"
                + plain(p.carton().heightCm()) + " cm " + plain(p.netWeightKg()) + "/" + plain(p.grossWeightKg()) + " kg").orElse("—");
    }

    private static void text(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + (before.isBlank() ? "—" : before) + " → " + (after.isBlank() ? "—" : after));
        }
    }

    private static void number(List<String> changes, String what, BigDecimal before, BigDecimal after) {
        if (before.compareTo(after) != 0) {
            changes.add(what + " " + plain(before) + " → " + plain(after));
        }
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
