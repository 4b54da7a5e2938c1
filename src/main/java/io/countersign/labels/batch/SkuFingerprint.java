package io.countersign.labels.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.core.Sha256;
import io.countersign.labels.LabelOptions;
import io.countersign.labels.SheetKind;
import io.countersign.labels.Sku;
import java.math.BigDecimal;

/**
 * What a SKU's sheet is made from, as one hash: the row's values (pictures and drawings by their
 * content hash), the sheet kind, the options and the software version. A re-run skips a SKU whose
 * fingerprint and sheet file are unchanged; anything else is rendered again.
 */
final class SkuFingerprint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SkuFingerprint() {
    }

    static String of(Sku s, SheetKind kind, LabelOptions o, String version) {
        ObjectNode n = JSON.createObjectNode();
        n.put("version", version);
        n.put("kind", kind.kind());
        n.put("language", o.language());
        n.put("upcMagnification", o.upcMagnification());
        n.put("itfPrint", o.itfPrint().name());
        n.put("itfMagnification", o.itfMagnification());
        n.put("issuedAt", o.issuedAt().toString());
        n.put("templates", o.templates().map(Object::toString).orElse(""));
        n.put("sku", s.sku());
        n.put("buyerCode", s.buyerCode());
        n.put("description", s.description());
        n.put("gtin", s.gtin().digits());
        n.put("sticker", plain(s.sticker().widthMm()) + "x" + plain(s.sticker().heightMm()) + " " + s.sticker().layout());
        n.put("picture", s.picture().map(p -> p.sha256() + " " + p.exifOrientation()).orElse(""));
        n.put("pcsPerCarton", s.pcsPerCarton());
        n.put("carton", plain(s.carton().lengthCm()) + "x" + plain(s.carton().widthCm()) + "x" + plain(s.carton().heightCm()));
        n.put("weights", plain(s.netWeightKg()) + "/" + plain(s.grossWeightKg()));
        n.put("cartonGtin", s.cartonGtin().digits());
        n.putArray("marks").add(s.marks().consigneeInitials()).add(s.marks().reference()).add(s.marks().destination())
                .add(s.marks().cartonsTotal());
        n.put("lineDrawing", s.lineDrawing().map(d -> d.format() + " " + d.sha256()).orElse(""));
        ArrayNode colours = n.putArray("colours");
        s.colours().forEach(c -> colours.add(c.pantone() + " " + c.displayRgb()));
        try {
            return Sha256.hex(JSON.writeValueAsBytes(n));
        } catch (Exception e) {
            throw new IllegalStateException("cannot hash SKU " + s.sku(), e);
        }
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
