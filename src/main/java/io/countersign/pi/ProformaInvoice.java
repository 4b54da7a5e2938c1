package io.countersign.pi;

import io.countersign.core.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A validated proforma invoice, as read from the supplier's YAML/JSON or built in Java. */
public record ProformaInvoice(
        String number,
        int revision,
        LocalDate issueDate,
        Optional<LocalDate> validUntil,
        String buyerPoReference,
        String currency,
        Incoterms incoterms,
        String paymentTerms,
        Optional<LocalDate> shipmentDate,
        String portOfLoading,
        String portOfDischarge,
        Party seller,
        Party buyer,
        Optional<BankDetails> bank,
        List<String> remarks,
        Optional<String> language,
        List<Style> styles,
        List<PoLine> poLines) {

    public ProformaInvoice {
        remarks = List.copyOf(remarks);
        styles = List.copyOf(styles);
        poLines = List.copyOf(poLines);
    }
}
