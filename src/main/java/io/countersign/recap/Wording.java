package io.countersign.recap;

import io.countersign.pi.Attribute;
import io.countersign.render.Messages;
import java.util.List;
import java.util.Optional;

/**
 * The recap's sentences from the message bundles. Sentences assembled from several messages are
 * written once per language ({@link Messages#compose}), so a bilingual recap never mixes two
 * languages inside one sentence. Counts arrive as strings: MessageFormat would group 1000 as "1,000".
 */
final class Wording {
    private static final String NO_VALUE = "—";

    private final Messages msg;
    private final String currency;

    Wording(Messages msg, String currency) {
        this.msg = msg;
        this.currency = currency;
    }

    Messages messages() {
        return msg;
    }

    String currency() {
        return currency;
    }

    String subject(String number, int revision, int styles) {
        return styles == 1 ? msg.format("recap.subject.one", number, String.valueOf(revision))
                : msg.format("recap.subject", number, String.valueOf(revision), String.valueOf(styles));
    }

    String intro(String number, int revision, int styles) {
        return styles == 1 ? msg.format("recap.intro.one", number, String.valueOf(revision))
                : msg.format("recap.intro", number, String.valueOf(revision), String.valueOf(styles));
    }

    String label(String key) {
        return msg.get(key);
    }

    String codes(RecapLine line) {
        return msg.format("recap.line.codes", line.buyerCode(), line.styleId());
    }

    Optional<String> lookAlike(RecapLine line) {
        if (line.lookAlikes().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(msg.compose(m -> m.single("recap.line.lookalike", ids(m, line.lookAlikes()),
                attributes(m, line.distinguishing()))));
    }

    Optional<String> sameDescription(RecapLine line) {
        if (line.sameDescriptionAs().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(msg.compose(m -> m.single("recap.line.identical", ids(m, line.sameDescriptionAs()))));
    }

    /** "1,200 sets × USD 2.35 = USD 2,820.00", in the main language only: the numbers are written in its locale. */
    String amount(RecapLine line) {
        return msg.single("recap.line.amount", line.quantity(), line.unit(), money(line.unitPrice()), money(line.amount()));
    }

    String money(String formatted) {
        return msg.single("recap.money", currency, formatted);
    }

    String totalQuantity(List<String> quantities) {
        return msg.format("recap.total.quantity", String.join(" + ", quantities));
    }

    String totalAmount(String formatted) {
        return msg.format("recap.total.amount", money(formatted));
    }

    String findingsTitle(int findings) {
        return msg.format("pi.findings.title", String.valueOf(findings));
    }

    String replyIntro() {
        return msg.get("recap.reply.intro");
    }

    /** The example answers: the first number confirmed, the second (or the first again) to be changed. */
    List<String> replyExamples(int styles) {
        return List.of(msg.format("recap.reply.confirm", "1"), msg.format("recap.reply.change", styles > 1 ? "2" : "1"));
    }

    String undecided() {
        return msg.get("recap.reply.undecided");
    }

    String decideOnDocument() {
        return msg.get("recap.reply.document");
    }

    String document(String number, int revision, String documentId, String shortHash) {
        return msg.format("recap.document", number, String.valueOf(revision), documentId, shortHash);
    }

    private static String ids(Messages m, List<String> ids) {
        String joined = ids.get(0);
        for (int i = 1; i < ids.size(); i++) {
            joined = m.single(i == ids.size() - 1 ? "po.list.last" : "po.list.next", joined, ids.get(i));
        }
        return joined;
    }

    private static String attributes(Messages m, List<Attribute> attributes) {
        String joined = "";
        for (Attribute a : attributes) {
            String item = m.single("recap.attribute", a.name(), a.value().isBlank() ? NO_VALUE : a.value());
            joined = joined.isEmpty() ? item : m.single("recap.list", joined, item);
        }
        return joined;
    }
}
