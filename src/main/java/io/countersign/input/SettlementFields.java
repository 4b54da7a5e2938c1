package io.countersign.input;

import java.util.List;

/** The field names of a settlement file (docs/input-settlement.md), per mapping. */
final class SettlementFields {
    static final FieldSet SETTLEMENT = new FieldSet("settlement", "settlement",
            List.of("number", "date", "currency", "seller", "buyer", "order", "incident", "losses", "split", "law"),
            List.of("language", "secondLanguage", "layout", "compensation", "commitment", "rework", "outstanding"));
    static final FieldSet ORDER = new FieldSet("order", "original order", List.of("pi", "value", "status"), List.of("po"));
    static final FieldSet LOSS = new FieldSet("loss", "loss item",
            List.of("description", "amount", "incurredBy"), List.of("currency", "rate", "evidence"));
    static final FieldSet SPLIT = new FieldSet("split", "split", List.of("seller", "buyer"), List.of());
    static final FieldSet LUMP_SUM = new FieldSet("lumpSum", "lump sum", List.of("due"), List.of("amount"));
    static final FieldSet INSTALMENTS = new FieldSet("instalments", "instalments", List.of("count", "first"), List.of("amount", "everyMonths"));
    static final FieldSet DEDUCTIONS = new FieldSet("deductions", "order deductions", List.of("orders"),
            List.of("amount", "percentOfOrder", "capPerOrder", "balanceDue"));
    static final FieldSet CREDIT_NOTE = new FieldSet("creditNote", "credit note", List.of("issuedBy"), List.of("amount", "validUntil"));
    static final FieldSet COMMITMENT = new FieldSet("commitment", "commitment",
            List.of("orders", "minOrderValue", "withinMonths", "ifNotMet"), List.of("from"));
    static final FieldSet IF_NOT_MET = new FieldSet("ifNotMet", "consequence if the commitment is not met",
            List.of(), List.of("amount", "dueWithinDays", "remainingDeductions"));
    static final FieldSet REWORK = new FieldSet("rework", "rework", List.of("description", "exFactory", "shipment", "freightBookedBy"), List.of());
    static final FieldSet OUTSTANDING = new FieldSet("outstanding", "outstanding payment",
            List.of("amount", "due"), List.of("originallyDue", "reworkWaitsForIt"));
    static final FieldSet LAW = new FieldSet("law", "law", List.of("governingLaw", "disputes"), List.of());

    /** The plan part kinds, each the single key of one compensation list item. */
    static final List<FieldSet> PLAN_PARTS = List.of(LUMP_SUM, INSTALMENTS, DEDUCTIONS, CREDIT_NOTE);
    /** A compensation list item: exactly one of the kinds (checked by {@link PlanReader}, described so in the schema). */
    static final FieldSet PLAN_PART = new FieldSet("planPart", "plan part", List.of(),
            PLAN_PARTS.stream().map(FieldSet::name).toList());

    static final List<FieldSet> ALL = List.of(SETTLEMENT, PiFields.PARTY, PiFields.CONTACT, ORDER, LOSS, SPLIT, PLAN_PART,
            LUMP_SUM, INSTALMENTS, DEDUCTIONS, CREDIT_NOTE, COMMITMENT, IF_NOT_MET, REWORK, OUTSTANDING, LAW);

    private SettlementFields() {
    }
}
