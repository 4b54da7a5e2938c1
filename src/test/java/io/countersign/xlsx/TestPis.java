package io.countersign.xlsx;

import io.countersign.Countersign;
import io.countersign.gs1.Gtin;
import io.countersign.pi.Attribute;
import io.countersign.pi.ProductImage;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import io.countersign.testing.RenderedPi;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** PIs built from the paper-boxes sample with other styles or another currency, for cases no sample has. */
final class TestPis {
    private TestPis() {
    }

    static ProformaInvoice paperBoxes() {
        return Countersign.readPi(RenderedPi.SAMPLES.resolve("paper-boxes.yaml"));
    }

    /** The sample's header and parties with {@code styles} in {@code currency}, and no PO. */
    static ProformaInvoice with(String currency, List<Style> styles) {
        ProformaInvoice p = paperBoxes();
        return new ProformaInvoice(p.number(), p.revision(), p.issueDate(), p.validUntil(), p.buyerPoReference(), currency,
                p.incoterms(), p.paymentTerms(), p.shipmentDate(), p.portOfLoading(), p.portOfDischarge(), p.seller(), p.buyer(),
                p.bank(), p.remarks(), p.language(), styles, List.of());
    }

    /** A style whose GTIN is a valid UPC-A made from {@code n}, with one attribute naming it. */
    static Style style(int n, String quantity, String unit, String unitPrice, List<ProductImage> images) {
        String data = String.format("08463%06d", n);
        return new Style(String.format("S-%05d", n), String.format("9%05d", n), "Storage box " + n,
                List.of(new Attribute("size", (n % 7 + 1) + "0 cm"), new Attribute("colour", "colour " + n)),
                images, Gtin.parse(data + Gtin.checkDigit(data)), new BigDecimal(quantity), unit, new BigDecimal(unitPrice),
                Optional.empty());
    }

    static Style style(int n, String quantity, String unitPrice) {
        return style(n, quantity, "pcs", unitPrice, List.of());
    }
}
