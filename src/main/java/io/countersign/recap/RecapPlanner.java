package io.countersign.recap;

import io.countersign.core.Decimals;
import io.countersign.core.Money;
import io.countersign.core.Party;
import io.countersign.pi.Attribute;
import io.countersign.pi.LookAlike;
import io.countersign.pi.LookAlikeReport;
import io.countersign.pi.LookAlikes;
import io.countersign.pi.PiIssue;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PoFinding;
import io.countersign.pi.PoReconciliation;
import io.countersign.pi.ProductImage;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.RevisionDiff;
import io.countersign.pi.RevisionWording;
import io.countersign.pi.Style;
import io.countersign.render.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Works out what the recap says: numbered lines, look-alike hints, PO findings, totals and thumbnails. */
final class RecapPlanner {
    private final ProformaInvoice pi;
    private final PiIssue issue;
    private final Messages msg;
    private final Locale locale;
    private final Wording wording;
    private final Optional<RevisionDiff> revisions;
    private final Map<String, Thumbnail> thumbnails = new LinkedHashMap<>();
    private final Set<String> usedNames = new HashSet<>();

    RecapPlanner(ProformaInvoice pi, PiOptions options) {
        this.pi = pi;
        this.issue = PiIssue.of(pi, options);
        this.msg = issue.messages();
        this.locale = msg.locale();
        this.wording = new Wording(msg, pi.currency());
        this.revisions = issue.revisions();
    }

    Recap plan() {
        LookAlikeReport lookAlikes = LookAlikes.find(pi.styles());
        List<RecapLine> lines = new ArrayList<>();
        List<Money> amounts = new ArrayList<>();
        Map<String, BigDecimal> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < pi.styles().size(); i++) {
            Style s = pi.styles().get(i);
            Money amount = Money.line(s.quantity(), s.unitPrice(), pi.currency());
            amounts.add(amount);
            byUnit.merge(s.unit(), s.quantity(), BigDecimal::add);
            lines.add(line(i, s, lookAlikes, amount));
        }
        List<String> findings = PoReconciliation.reconcile(pi).stream().map(this::finding).toList();
        List<String> quantities = byUnit.entrySet().stream().map(e -> Decimals.quantity(e.getValue(), locale) + " " + e.getKey()).toList();
        String total = Money.sum(amounts, pi.currency()).format(locale);
        RecapBody body = new RecapBody(wording, pi.number(), issue.identity(), lines, findings, quantities, total,
                List.copyOf(thumbnails.values()));
        List<String> languages = new ArrayList<>(List.of(msg.language()));
        msg.secondLanguage().ifPresent(languages::add);
        return new Recap(body, languages, mailbox(pi.seller()), mailbox(pi.buyer()));
    }

    private RecapLine line(int index, Style s, LookAlikeReport lookAlikes, Money amount) {
        List<LookAlike> pairs = lookAlikes.pairsOf(s);
        List<String> similar = pairs.stream().filter(p -> !p.identical()).map(p -> other(p, s)).toList();
        List<String> same = pairs.stream().filter(LookAlike::identical).map(p -> other(p, s)).toList();
        List<Attribute> distinguishing = new ArrayList<>(distinguishing(s, lookAlikes.differingAttributesOf(s)));
        boolean onlyNamesDiffer = pairs.stream().anyMatch(p -> !p.identical() && p.differences().isEmpty());
        if (onlyNamesDiffer) {
            distinguishing.add(0, new Attribute(msg.get("lookalike.name"), s.name()));
        }
        Optional<String> thumbnail = s.images().stream().findFirst().map(this::thumbnail);
        return new RecapLine(index + 1, issue.identity().points().get(index).id(), s.buyerCode(), s.id(), s.name(),
                distinguishing, similar, same, Decimals.quantity(s.quantity(), locale), s.unit(),
                Money.rounded(s.unitPrice(), pi.currency()).format(locale), amount.format(locale), thumbnail,
                revisions.flatMap(d -> d.of(s.id()).map(c -> RevisionWording.lineNote(c, d, msg))).orElse(""));
    }

    /** The differing attributes in the style's own order, with its values; one it lacks comes last, valueless. */
    private static List<Attribute> distinguishing(Style s, Set<String> names) {
        List<String> order = s.attributes().stream().map(Attribute::name).toList();
        return names.stream()
                .sorted(Comparator.comparingInt(n -> order.contains(n) ? order.indexOf(n) : order.size()))
                .map(n -> new Attribute(n, s.attribute(n).orElse("")))
                .toList();
    }

    private static String other(LookAlike pair, Style s) {
        return pair.a().equals(s) ? pair.b().id() : pair.a().id();
    }

    /** The thumbnail of {@code image}, made once per distinct picture, named after its file and kept unique by a suffix. */
    private String thumbnail(ProductImage image) {
        Thumbnail made = thumbnails.get(image.sha256());
        if (made == null) {
            String stem = image.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            String name = stem + ".jpg";
            for (int n = 2; usedNames.contains(name); n++) {
                name = stem + "-" + n + ".jpg";
            }
            usedNames.add(name);
            made = Thumbnails.of(image, name);
            thumbnails.put(image.sha256(), made);
        }
        return made.contentId();
    }

    private String finding(PoFinding f) {
        return msg.compose(m -> f.message(m::single));
    }

    private static Optional<Mailbox> mailbox(Party party) {
        String email = party.contact().email().strip();
        if (email.isEmpty()) {
            return Optional.empty();
        }
        String person = party.contact().person().strip();
        return Optional.of(new Mailbox(person.isEmpty() ? party.name() : person, email));
    }
}
