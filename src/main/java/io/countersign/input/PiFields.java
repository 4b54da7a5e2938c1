package io.countersign.input;

import java.util.List;

/**
 * The one place that says which fields a PI file may have, at each level. The reader checks
 * against these sets and a test checks that the shipped JSON schema lists exactly them.
 */
final class PiFields {
    static final FieldSet PI = new FieldSet("pi", "proforma invoice",
            List.of("number", "issueDate", "currency", "incoterms", "paymentTerms", "seller", "buyer", "styles"),
            List.of("revision", "validUntil", "buyerPo", "shipmentDate", "portOfLoading", "portOfDischarge",
                    "language", "bank", "remarks", "po"));
    static final FieldSet INCOTERMS = new FieldSet("incoterms", "incoterms", List.of("rule", "place"), List.of());
    static final FieldSet PARTY = new FieldSet("party", "party", List.of("name", "address"), List.of("contact"));
    static final FieldSet CONTACT = new FieldSet("contact", "contact", List.of(), List.of("person", "email", "phone"));
    static final FieldSet BANK = new FieldSet("bank", "bank details",
            List.of("beneficiary", "bankName", "account"), List.of("bankAddress", "swift"));
    static final FieldSet STYLE = new FieldSet("style", "style",
            List.of("id", "buyerCode", "name", "gtin", "quantity", "unitPrice"),
            List.of("attributes", "images", "unit", "packing"));
    static final FieldSet PACKING = new FieldSet("packing", "packing",
            List.of("unitsPerCarton", "carton", "netWeightKg", "grossWeightKg"), List.of());
    static final FieldSet CARTON = new FieldSet("carton", "carton size", List.of("length", "width", "height"), List.of());
    static final FieldSet PO_LINE = new FieldSet("poLine", "PO line", List.of("buyerCode", "quantity"), List.of("unitPrice"));

    static final List<FieldSet> ALL = List.of(PI, INCOTERMS, PARTY, CONTACT, BANK, STYLE, PACKING, CARTON, PO_LINE);

    private PiFields() {
    }
}
