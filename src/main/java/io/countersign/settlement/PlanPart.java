package io.countersign.settlement;

import io.countersign.core.Money;
import java.util.Optional;

/**
 * One way the party that owes compensation pays it; a plan combines one or more. A part without an
 * amount takes what the parts with amounts leave of the compensation due (at most one may).
 */
public sealed interface PlanPart permits LumpSum, OrderDeductions, Instalments, CreditNote {
    /** The amount this part covers, or empty when it takes the rest. */
    Optional<Money> amount();

    /** Its key in input files and its clause wording: {@code lumpSum}, {@code deductions}, … */
    String key();
}
