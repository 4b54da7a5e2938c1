package io.countersign.pi;

/** An Incoterms 2020 rule with its named place, e.g. FOB Shenzhen. */
public record Incoterms(Rule rule, String place) {

    /** The eleven rules of Incoterms 2020. */
    public enum Rule { EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF }

    @Override
    public String toString() {
        return rule + " " + place;
    }
}
