package io.countersign.settlement.agreement;

import io.countersign.core.Party;
import io.countersign.signoff.DocumentIdentity;
import java.util.List;

/**
 * What the settlement template prints, every text final: heading, parties, the clauses (wording per
 * language, tables) and the identity shown in the footer. {@code sideBySide} puts a second language
 * in a column beside the first; otherwise it follows the first, clause by clause.
 */
public record AgreementView(String title, String number, String date, Party seller, Party buyer, List<Clause> clauses,
                            boolean bilingual, boolean sideBySide, DocumentIdentity identity, String qrRef) {
    public AgreementView {
        clauses = List.copyOf(clauses);
    }
}
