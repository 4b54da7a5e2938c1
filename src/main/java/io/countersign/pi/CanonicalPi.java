package io.countersign.pi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.core.Contact;
import io.countersign.core.Party;
import io.countersign.core.Sha256;
import io.countersign.gs1.Gtin;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads back the canonical form {@link PiIdentity#canonicalJson} writes (attached to every PI PDF),
 * so a new revision can be compared with a PDF when the old input is gone. Pictures come back as
 * their content hash only — enough to tell whether one changed, not to render it.
 */
public final class CanonicalPi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalPi() {
    }

    /**
     * The PI written as {@code json}, checked against the input hash of the document it came from.
     *
     * @throws IllegalArgumentException when the bytes are not a canonical PI of that hash
     */
    public static ProformaInvoice parse(byte[] json, String expectedSha256) {
        if (!Sha256.hex(json).equals(expectedSha256)) {
            throw new IllegalArgumentException("the attached input does not match the document's input hash");
        }
        try {
            return pi(JSON.readTree(json));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the attached input cannot be read: " + e.getMessage(), e);
        }
    }

    private static ProformaInvoice pi(JsonNode n) {
        String currency = text(n, "currency");
        List<Style> styles = new ArrayList<>();
        n.path("styles").forEach(s -> styles.add(style(s)));
        List<PoLine> po = new ArrayList<>();
        n.path("po").forEach(l -> po.add(new PoLine(text(l, "buyerCode"), new BigDecimal(text(l, "quantity")),
                optional(text(l, "unitPrice")).map(BigDecimal::new))));
        List<String> remarks = new ArrayList<>();
        n.path("remarks").forEach(r -> remarks.add(r.asText()));
        Optional<BankDetails> bank = n.has("bank") ? Optional.of(new BankDetails(n.get("bank").get(0).asText(),
                n.get("bank").get(1).asText(), n.get("bank").get(2).asText(), n.get("bank").get(3).asText(), n.get("bank").get(4).asText()))
                : Optional.empty();
        String incoterms = text(n, "incoterms");
        int space = incoterms.indexOf(' ');
        return new ProformaInvoice(text(n, "number"), n.path("revision").asInt(), LocalDate.parse(text(n, "issueDate")),
                optional(text(n, "validUntil")).map(LocalDate::parse), text(n, "buyerPo"), currency,
                new Incoterms(Incoterms.Rule.valueOf(space < 0 ? incoterms : incoterms.substring(0, space)),
                        space < 0 ? "" : incoterms.substring(space + 1)),
                text(n, "paymentTerms"), optional(text(n, "shipmentDate")).map(LocalDate::parse), text(n, "portOfLoading"),
                text(n, "portOfDischarge"), party(n.path("seller")), party(n.path("buyer")), bank, remarks, Optional.empty(), styles, po);
    }

    private static Style style(JsonNode s) {
        List<Attribute> attributes = new ArrayList<>();
        s.path("attributes").forEach(a -> attributes.add(new Attribute(a.get(0).asText(), a.get(1).asText())));
        List<ProductImage> images = new ArrayList<>();
        s.path("images").forEach(h -> images.add(new ProductImage(Path.of(h.asText()), ProductImage.Format.JPEG, 0, 0, 1, h.asText())));
        Optional<Packing> packing = Optional.empty();
        if (s.has("packing")) {
            JsonNode p = s.get("packing");
            packing = Optional.of(new Packing(p.get(0).asInt(), new CartonSize(decimal(p.get(1)), decimal(p.get(2)), decimal(p.get(3))),
                    decimal(p.get(4)), decimal(p.get(5))));
        }
        return new Style(text(s, "id"), text(s, "buyerCode"), text(s, "name"), attributes, images, Gtin.parse(text(s, "gtin")),
                new BigDecimal(text(s, "quantity")), text(s, "unit"), new BigDecimal(text(s, "unitPrice")), packing);
    }

    private static Party party(JsonNode p) {
        List<String> address = new ArrayList<>();
        p.path("address").forEach(a -> address.add(a.asText()));
        JsonNode c = p.path("contact");
        return new Party(text(p, "name"), address, new Contact(c.path(0).asText(""), c.path(1).asText(""), c.path(2).asText("")));
    }

    private static BigDecimal decimal(JsonNode n) {
        return new BigDecimal(n.asText());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v.asText();
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
