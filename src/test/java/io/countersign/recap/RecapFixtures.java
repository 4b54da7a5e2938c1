package io.countersign.recap;

import io.countersign.Countersign;
import io.countersign.core.Contact;
import io.countersign.core.Party;
import io.countersign.pi.PiOptions;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The committed samples read once per JVM with the validating reader, and variations of them. */
final class RecapFixtures {
    static final Path SAMPLES = Path.of("samples", "pi");
    static final Instant ISSUED_AT = Instant.parse("2026-08-15T09:30:00Z");
    static final PiOptions OPTIONS = PiOptions.defaults().withIssuedAt(ISSUED_AT);

    private static final Map<String, ProformaInvoice> SAMPLES_READ = new HashMap<>();

    private RecapFixtures() {
    }

    static synchronized ProformaInvoice sample(String fileName) {
        return SAMPLES_READ.computeIfAbsent(fileName, f -> Countersign.readPi(SAMPLES.resolve(f)));
    }

    static Recap recap(String fileName) {
        return Recap.of(sample(fileName), OPTIONS);
    }

    static ProformaInvoice withNumber(ProformaInvoice p, String number, int revision) {
        return new ProformaInvoice(number, revision, p.issueDate(), p.validUntil(), p.buyerPoReference(), p.currency(),
                p.incoterms(), p.paymentTerms(), p.shipmentDate(), p.portOfLoading(), p.portOfDischarge(), p.seller(),
                p.buyer(), p.bank(), p.remarks(), p.language(), p.styles(), p.poLines());
    }

    static ProformaInvoice withStyles(ProformaInvoice p, List<Style> styles) {
        return new ProformaInvoice(p.number(), p.revision(), p.issueDate(), p.validUntil(), p.buyerPoReference(), p.currency(),
                p.incoterms(), p.paymentTerms(), p.shipmentDate(), p.portOfLoading(), p.portOfDischarge(), p.seller(),
                p.buyer(), p.bank(), p.remarks(), p.language(), styles, List.of());
    }

    /** The PI with the buyer's contact reduced to a person: no email address to send to. */
    static ProformaInvoice withoutBuyerEmail(ProformaInvoice p) {
        Party b = p.buyer();
        Party buyer = new Party(b.name(), b.address(), new Contact(b.contact().person(), "", b.contact().phone()));
        return new ProformaInvoice(p.number(), p.revision(), p.issueDate(), p.validUntil(), p.buyerPoReference(), p.currency(),
                p.incoterms(), p.paymentTerms(), p.shipmentDate(), p.portOfLoading(), p.portOfDischarge(), p.seller(),
                buyer, p.bank(), p.remarks(), p.language(), p.styles(), p.poLines());
    }
}
