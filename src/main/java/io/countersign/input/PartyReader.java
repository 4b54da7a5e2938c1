package io.countersign.input;

import io.countersign.core.Contact;
import io.countersign.core.Party;
import io.countersign.pi.BankDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the seller, the buyer and the bank details. */
final class PartyReader {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ProblemSink sink;

    PartyReader(ProblemSink sink) {
        this.sink = sink;
    }

    /** The party, or empty when anything in it was reported. */
    Optional<Party> party(MappingReader p) {
        Optional<String> name = p.text("name");
        List<String> address = lines(p, "address");
        Contact contact = p.mapping("contact", PiFields.CONTACT).map(this::contact).orElse(Contact.NONE);
        if (p.hasProblems() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Party(name.orElseThrow(), address, contact));
    }

    /** The bank details, or empty when anything in them was reported. */
    Optional<BankDetails> bank(MappingReader b) {
        Optional<String> beneficiary = b.text("beneficiary");
        Optional<String> bankName = b.text("bankName");
        String bankAddress = b.text("bankAddress").orElse("");
        Optional<String> account = b.text("account");
        String swift = b.text("swift")
                .flatMap(s -> Codes.swift(s, b.value("swift").orElseThrow().position(), b.pathOf("swift"), sink)).orElse("");
        if (b.hasProblems() || !MappingReader.allPresent(beneficiary, bankName, account)) {
            return Optional.empty();
        }
        return Optional.of(new BankDetails(beneficiary.orElseThrow(), bankName.orElseThrow(), bankAddress, account.orElseThrow(), swift));
    }

    /** A required, non-empty list of text lines. */
    private List<String> lines(MappingReader p, String field) {
        List<String> lines = new ArrayList<>();
        Optional<Node.Sequence> list = p.list(field, "[\"No. 8 Industrial Road\", \"Shenzhen, China\"]");
        if (list.isEmpty()) {
            return lines;
        }
        if (list.get().items().isEmpty()) {
            sink.add(list.get().position(), p.pathOf(field), field + " has no lines", "write at least one address line");
        }
        for (int i = 0; i < list.get().items().size(); i++) {
            Node item = list.get().items().get(i);
            String path = FieldPath.index(p.pathOf(field), i);
            if (item.isEmpty()) {
                sink.add(item.position(), path, "empty address line", "fill in the line or remove it");
            } else {
                Scalars.text(item, path, sink).ifPresent(lines::add);
            }
        }
        return lines;
    }

    private Contact contact(MappingReader c) {
        String email = c.text("email").orElse("");
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            sink.add(c.value("email").orElseThrow().position(), c.pathOf("email"), "\"" + email + "\" is not an email address",
                    "write one address such as name@example.com");
        }
        return new Contact(c.text("person").orElse(""), email, c.text("phone").orElse(""));
    }
}
