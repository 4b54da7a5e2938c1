package io.countersign.labels;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.CountersignException;
import io.countersign.barcode.Symbology;
import io.countersign.core.Sha256;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The identity of one SKU's sticker or carton sheet: a document id stable for the SKU across
 * re-issues (kind, SKU and buyer code), the SHA-256 of a canonical form of exactly what the sheet
 * shows, and one point per element with the hash of what that element shows — so a re-issue can
 * tell which element changed. Canonical as for PIs: fixed field order, numbers without trailing
 * zeros, pictures and drawings by their SHA-256. The sheet's language is not part of it: the same
 * sticker described in German is the same sticker.
 */
public final class SheetIdentity {
    /** The PDF attachment with {@link #canonicalJson}: what the sheet was made from. */
    public static final String INPUT_ATTACHMENT = "countersign-input.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> POINT_LABELS = Map.of(
            "text", "sticker text", "barcode", "barcode number", "size", "size and placement",
            "drawing", "line drawing", "mainmark", "main mark", "sidemark", "side mark", "itf14", "ITF-14 barcode",
            "colours", "print colours");

    private SheetIdentity() {
    }

    /** {@code title} is the sheet's name in its language, e.g. "UPC sticker"; the SKU is appended. */
    public static DocumentIdentity of(Sku sku, SheetKind kind, LabelOptions options, String title) {
        ObjectNode elements = elements(sku, kind, options);
        List<SignOffPoint> points = new ArrayList<>();
        for (String element : kind.elements()) {
            points.add(new SignOffPoint(SheetPoints.id(sku.sku(), element), sku.sku() + ": " + POINT_LABELS.get(element),
                    sha256(elements.get(element))));
        }
        String documentId = Sha256.hex((kind.kind() + "|" + sku.sku() + "|" + sku.buyerCode()).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return new DocumentIdentity(documentId, kind.kind(), 1, title + " " + sku.sku(), options.issuedAt(),
                sha256(canonical(sku, kind, elements)), points);
    }

    /** The canonical form of what the sheet shows, the one its input hash is taken of. */
    public static byte[] canonicalJson(Sku sku, SheetKind kind, LabelOptions options) {
        try {
            return JSON.writeValueAsBytes(canonical(sku, kind, elements(sku, kind, options)));
        } catch (Exception e) {
            throw new CountersignException("cannot write the sheet's canonical form", e);
        }
    }

    private static ObjectNode canonical(Sku sku, SheetKind kind, ObjectNode elements) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", kind.kind());
        n.put("sku", sku.sku());
        n.put("buyerCode", sku.buyerCode());
        n.put("description", sku.description());
        if (kind == SheetKind.STICKER) {
            n.put("picture", sku.picture().map(p -> p.sha256()).orElse(""));
        }
        n.set("elements", elements);
        return n;
    }

    private static ObjectNode elements(Sku sku, SheetKind kind, LabelOptions options) {
        ObjectNode e = JSON.createObjectNode();
        if (kind == SheetKind.STICKER) {
            StickerSpec s = sku.sticker();
            ArrayNode text = e.putObject("text").putArray("shown");
            if (s.layout() != StickerLayout.BARCODE_ONLY) {
                text.add(sku.description()).add(sku.sku());
            }
            e.putObject("barcode").put("gtin", sku.gtin().digits()).put("symbology", Symbology.of(sku.gtin()).label());
            e.putObject("size").put("widthMm", plain(s.widthMm())).put("heightMm", plain(s.heightMm()))
                    .put("layout", s.layout().name()).put("magnification", plain(options.upcMagnification()));
        } else {
            ObjectNode drawing = e.putObject("drawing");
            drawing.put("format", sku.lineDrawing().map(d -> d.format().name()).orElse(""));
            drawing.put("sha256", sku.lineDrawing().map(LineDrawing::sha256).orElse(""));
            ShippingMarks m = sku.marks();
            e.putObject("mainmark").put("consignee", m.consigneeInitials()).put("reference", m.reference())
                    .put("destination", m.destination()).put("cartonsTotal", m.cartonsTotal());
            ObjectNode side = e.putObject("sidemark");
            side.put("itemNo", sku.buyerCode()).put("sku", sku.sku()).put("pcsPerCarton", sku.pcsPerCarton())
                    .put("netKg", plain(sku.netWeightKg())).put("grossKg", plain(sku.grossWeightKg()));
            side.putArray("cartonCm").add(plain(sku.carton().lengthCm())).add(plain(sku.carton().widthCm())).add(plain(sku.carton().heightCm()));
            ArrayNode handling = side.putArray("handling");
            for (HandlingSymbol h : HandlingSymbol.values()) {
                handling.add(h.id());
            }
            e.putObject("itf14").put("gtin", sku.cartonGtin().digits()).put("print", options.itfPrint().name())
                    .put("magnification", plain(options.itfMagnification()));
            ArrayNode colours = e.putArray("colours");
            sku.colours().forEach(c -> colours.addArray().add(c.pantone()).add(c.displayRgb().toUpperCase(Locale.ROOT)));
        }
        return e;
    }

    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    static String plain(double d) {
        return plain(BigDecimal.valueOf(d));
    }

    private static String sha256(Object node) {
        try {
            return Sha256.hex(JSON.writeValueAsBytes(node));
        } catch (Exception e) {
            throw new CountersignException("cannot hash the sheet", e);
        }
    }
}
