package io.countersign.pi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.CountersignException;
import io.countersign.core.Party;
import io.countersign.core.Sha256;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identity of a PI: a document id stable across revisions (seller + PI number), the SHA-256
 * of a canonical form of the whole input, and one hash per style of exactly what the buyer
 * confirms on that line. Canonical means: fixed field order, numbers without trailing zeros,
 * pictures by content hash (moving a file does not change the document, editing it does).
 */
public final class PiIdentity {
    public static final String KIND = "pi";
    /** The PDF attachment with {@link #canonicalJson}, read back by {@link CanonicalPi}. */
    public static final String INPUT_ATTACHMENT = "countersign-input.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PiIdentity() {
    }

    public static DocumentIdentity of(ProformaInvoice pi, String title, Instant issuedAt) {
        return of(pi, title, issuedAt, Optional.empty());
    }

    /** Points of styles the revision carries over are marked with the previous revision number: they are not asked again. */
    public static DocumentIdentity of(ProformaInvoice pi, String title, Instant issuedAt, Optional<RevisionDiff> revisions) {
        List<String> ids = PointIds.of(pi.styles());
        List<SignOffPoint> points = new ArrayList<>();
        ArrayNode styles = JSON.createArrayNode();
        for (int i = 0; i < pi.styles().size(); i++) {
            Style s = pi.styles().get(i);
            ObjectNode node = style(s, pi.currency());
            styles.add(node);
            int carriedFrom = revisions.filter(d -> d.carried(s.id())).map(RevisionDiff::previousRevision).orElse(0);
            points.add(new SignOffPoint(ids.get(i), s.buyerCode() + " = " + s.id(), sha256(node), carriedFrom));
        }
        return new DocumentIdentity(documentId(pi), KIND, pi.revision(), title + " " + pi.number(), issuedAt,
                sha256(canonical(pi, styles)), points);
    }

    /** The id every revision of this PI shares: seller and PI number. */
    public static String documentId(ProformaInvoice pi) {
        return Sha256.hex(("pi|" + pi.seller().name() + "|" + pi.number()).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** The SHA-256 of the {@link #canonicalJson} — the identity's input hash — without the per-style hashes of its points. */
    public static String inputSha256(ProformaInvoice pi) {
        return Sha256.hex(canonicalJson(pi));
    }

    /** The canonical form of the whole PI, the one its input hash is taken of. */
    public static byte[] canonicalJson(ProformaInvoice pi) {
        ArrayNode styles = JSON.createArrayNode();
        pi.styles().forEach(s -> styles.add(style(s, pi.currency())));
        try {
            return JSON.writeValueAsBytes(canonical(pi, styles));
        } catch (Exception e) {
            throw new CountersignException("cannot write the PI's canonical form", e);
        }
    }

    static ObjectNode canonical(ProformaInvoice pi, ArrayNode styles) {
        ObjectNode n = JSON.createObjectNode();
        n.put("number", pi.number());
        n.put("revision", pi.revision());
        n.put("issueDate", pi.issueDate().toString());
        n.put("validUntil", pi.validUntil().map(Object::toString).orElse(""));
        n.put("buyerPo", pi.buyerPoReference());
        n.put("currency", pi.currency());
        n.put("incoterms", pi.incoterms().toString());
        n.put("paymentTerms", pi.paymentTerms());
        n.put("shipmentDate", pi.shipmentDate().map(Object::toString).orElse(""));
        n.put("portOfLoading", pi.portOfLoading());
        n.put("portOfDischarge", pi.portOfDischarge());
        n.set("seller", party(pi.seller()));
        n.set("buyer", party(pi.buyer()));
        pi.bank().ifPresent(b -> n.putArray("bank").add(b.beneficiary()).add(b.bankName()).add(b.bankAddress()).add(b.account()).add(b.swift()));
        ArrayNode remarks = n.putArray("remarks");
        pi.remarks().forEach(remarks::add);
        n.set("styles", styles);
        ArrayNode po = n.putArray("po");
        pi.poLines().forEach(l -> po.addObject().put("buyerCode", l.buyerCode()).put("quantity", plain(l.quantity()))
                .put("unitPrice", l.unitPrice().map(PiIdentity::plain).orElse("")));
        return n;
    }

    private static ObjectNode style(Style s, String currency) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", s.id());
        n.put("buyerCode", s.buyerCode());
        n.put("name", s.name());
        ArrayNode attrs = n.putArray("attributes");
        s.attributes().forEach(a -> attrs.addArray().add(a.name()).add(a.value()));
        ArrayNode images = n.putArray("images");
        s.images().forEach(img -> images.add(img.sha256()));
        n.put("gtin", s.gtin().digits());
        n.put("quantity", plain(s.quantity()));
        n.put("unit", s.unit());
        n.put("unitPrice", plain(s.unitPrice()));
        n.put("currency", currency);
        if (s.packing().isPresent()) {
            Packing p = s.packing().get();
            n.putArray("packing").add(p.unitsPerCarton()).add(plain(p.carton().lengthCm())).add(plain(p.carton().widthCm()))
                    .add(plain(p.carton().heightCm())).add(plain(p.netWeightKg())).add(plain(p.grossWeightKg()));
        }
        return n;
    }

    private static ObjectNode party(Party p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", p.name());
        ArrayNode a = n.putArray("address");
        p.address().forEach(a::add);
        n.putArray("contact").add(p.contact().person()).add(p.contact().email()).add(p.contact().phone());
        return n;
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static String sha256(ObjectNode node) {
        try {
            return Sha256.hex(JSON.writeValueAsBytes(node));
        } catch (Exception e) {
            throw new CountersignException("cannot hash the PI", e);
        }
    }

}
