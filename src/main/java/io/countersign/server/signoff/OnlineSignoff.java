package io.countersign.server.signoff;

import io.countersign.pi.PiView;
import io.countersign.pi.PreparedPi;
import io.countersign.pi.ProductImage;
import io.countersign.pi.Style;
import io.countersign.render.Messages;
import io.countersign.server.PdfSigner;
import io.countersign.server.documents.FileNames;
import io.countersign.server.documents.PiOutputs;
import io.countersign.server.jobs.KeyedLocks;
import io.countersign.server.jobs.RenderPool;
import io.countersign.server.store.AuditTrail;
import io.countersign.server.store.Blob;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.DocumentRegistry;
import io.countersign.server.store.Json;
import io.countersign.server.store.NewRevision;
import io.countersign.server.store.Records;
import io.countersign.server.store.RevisionRecord;
import io.countersign.server.store.Rows;
import io.countersign.server.store.SignoffLinks;
import io.countersign.server.store.SignoffLinks.Actor;
import io.countersign.server.store.SignoffLinks.Link;
import io.countersign.server.store.SignoffLinks.StoredDecision;
import io.countersign.signoff.Decision;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.Integrity;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.SignOffPoint;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Signer;
import io.countersign.signoff.online.CompletionCertificate;
import io.countersign.signoff.online.OnlineCompletion;
import io.countersign.signoff.online.OnlineDecision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Online sign-off of an issued PI: links for buyer contacts, the page each link opens, the buyer's
 * decisions point by point, and the completion — refused while any point is undecided, whatever the
 * browser sends. A completion appends a certificate of completion to the issued PDF (the issued file
 * itself stays as it was), seals it with the server's key and makes the online decisions the
 * document's sign-off report.
 */
public final class OnlineSignoff {
    /** How long a link is valid when the request does not say (and at most). */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(14);
    public static final Duration MAX_VALIDITY = Duration.ofDays(90);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int KEEP_PREPARED = 64;

    private final DocumentRegistry registry;
    private final SignoffLinks links;
    private final AuditTrail audit;
    private final ContentStore store;
    private final Records records;
    private final PiOutputs outputs;
    private final RenderPool pool;
    private final KeyedLocks locks;
    private final Optional<PdfSigner> signer;
    private final Clock clock;
    private final BiConsumer<Link, SignOffReport> onCompleted;
    private final Map<String, PreparedPi> prepared = new ConcurrentHashMap<>();

    public OnlineSignoff(DocumentRegistry registry, SignoffLinks links, AuditTrail audit, ContentStore store, Records records, PiOutputs outputs,
                         RenderPool pool, KeyedLocks locks, Optional<PdfSigner> signer, Clock clock, BiConsumer<Link, SignOffReport> onCompleted) {
        this.registry = registry;
        this.links = links;
        this.audit = audit;
        this.store = store;
        this.records = records;
        this.outputs = outputs;
        this.pool = pool;
        this.locks = locks;
        this.signer = signer;
        this.clock = clock;
        this.onCompleted = onCompleted;
    }

    public SignoffLinks links() {
        return links;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** Whether completions are sealed with a server signature. */
    public boolean seals() {
        return signer.isPresent();
    }

    /** A link to {@code revision} of PI document {@code doc} for {@code recipient}. */
    public SignoffLinks.Created createLink(Rows.Document doc, int revision, String recipient, Duration validFor, String createdBy, Actor actor) {
        return links.create(doc.id(), revision, recipient, createdBy, validFor, actor);
    }

    /** A link's token opened a link that is not active (or no link at all). */
    public static final class Unavailable extends RuntimeException {
        private final Optional<SignoffLinks.Status> status;
        private final transient Optional<Messages> language;

        Unavailable(Optional<SignoffLinks.Status> status) {
            this(status, Optional.empty());
        }

        Unavailable(Optional<SignoffLinks.Status> status, Optional<Messages> language) {
            super(status.map(s -> "this sign-off link is " + s.key()).orElse("no such sign-off link"));
            this.status = status;
            this.language = language;
        }

        /** Empty for a token never issued. */
        public Optional<SignoffLinks.Status> status() {
            return status;
        }

        /** The language of the PI the link was for, to say it in; empty for an unknown token. */
        public Optional<Messages> language() {
            return language;
        }
    }

    /** The buyer asked for something the sign-off does not allow (finishing early, an unknown point): said on the page. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** The link a token opens, in any status; {@link Unavailable} for an unknown token. */
    public Link open(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw new Unavailable(Optional.empty());
        }
        return links.byToken(token).orElseThrow(() -> new Unavailable(Optional.empty()));
    }

    /** Where a link stands now (by the server's clock). */
    public SignoffLinks.Status status(Link link) {
        return link.status(clock.instant());
    }

    /** The link a token opens if it may still be looked at (active or completed); {@link Unavailable} otherwise. */
    public Link openForViewing(String token) {
        Link link = open(token);
        SignoffLinks.Status status = status(link);
        if (status == SignoffLinks.Status.REVOKED || status == SignoffLinks.Status.EXPIRED) {
            throw gone(link, status);
        }
        return link;
    }

    /** The page of a link, as the buyer sees it now; recording the view when {@code recordView}. */
    public SignoffView page(String token, Link link, String csrf, Actor actor, boolean recordView, String error) {
        SignoffLinks.Status status = link.status(clock.instant());
        if (status == SignoffLinks.Status.REVOKED || status == SignoffLinks.Status.EXPIRED) {
            throw gone(link, status);
        }
        if (recordView) {
            links.viewed(link, actor);
        }
        PreparedPi pi = prepared(link);
        Map<String, StoredDecision> decided = links.decisions(link.id());
        List<SignoffView.Point> points = new ArrayList<>();
        List<PiView.Line> lines = pi.view().lines();
        for (int i = 0; i < lines.size(); i++) {
            PiView.Line line = lines.get(i);
            Style style = pi.pi().styles().get(i);
            String picture = style.images().stream().findFirst().map(ProductImage::sha256).orElse("");
            StoredDecision d = decided.get(line.pointId());
            points.add(new SignoffView.Point(line, picture, d == null ? "" : d.decision() == Decision.CONFIRMED ? "confirm" : "change",
                    d == null ? "" : d.note(), d == null ? "" : SHOWN.format(d.decidedAt()), d == null ? 0 : d.changes()));
        }
        int asked = (int) lines.stream().filter(PiView.Line::asked).count();
        int decidedCount = (int) points.stream().filter(p -> p.line().asked() && p.decidedHere()).count();
        int changes = (int) points.stream().filter(p -> p.line().asked() && p.decision().equals("change")).count();
        SignoffView.Finished finished = link.completedAt() == null ? null
                : new SignoffView.Finished(link.signerName(), SHOWN.format(link.completedAt()), link.certificate());
        return new SignoffView(pi.messages(), token, csrf, status, pi.view(), points, decidedCount, asked, changes, link.recipient(),
                SHOWN.format(link.expiresAt()), finished, error);
    }

    /** The picture of the PI the link opens with this hash (the page serves only those). */
    public Optional<ProductImage> picture(Link link, String sha256) {
        return prepared(link).pi().styles().stream().flatMap(s -> s.images().stream()).filter(i -> i.sha256().equals(sha256)).findFirst();
    }

    /** Records the buyer's choice on one point. */
    public SignoffLinks.Outcome decide(Link link, String pointId, Decision decision, String note, Actor actor) {
        SignOffPoint point = identity(link).points().stream().filter(p -> p.id().equals(pointId)).findFirst()
                .orElseThrow(() -> new Refused("this document has no point " + pointId));
        if (!point.asked()) {
            throw new Refused(point.label() + " is unchanged since revision " + point.carriedFrom() + "; its decision there stands");
        }
        if (decision != Decision.CONFIRMED && decision != Decision.CHANGE_REQUESTED) {
            throw new Refused("a point is confirmed or needs a change");
        }
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > 1000) {
            throw new Refused("the note on " + point.label() + " is longer than 1,000 characters; shorten it");
        }
        return locks.with("signoff/" + link.id(), () -> {
            SignoffLinks.Outcome o = links.decide(link, pointId, decision, cleanNote, actor);
            if (o == SignoffLinks.Outcome.LINK_CLOSED) {
                throw closed(links.link(link.documentId(), link.id()).orElseThrow());
            }
            return o;
        });
    }

    /** What a completion made: the certificate file's name and the report. */
    public record Completion(String certificate, SignOffReport report) {
    }

    /**
     * Finishes the sign-off: refused (and the attempt recorded) while any asked point is undecided or
     * without a typed name; otherwise the certificate is made and sealed, and the link, the audit
     * trail and the document's report are updated in one transaction.
     */
    public Completion complete(Link opened, String typedName, Actor actor) {
        return locks.with("signoff/" + opened.id(), () -> {
            // as it is now: a finish that waited for this lock behind another one sees that one's completion
            Link link = links.link(opened.documentId(), opened.id()).orElseThrow();
            if (link.status(clock.instant()) != SignoffLinks.Status.ACTIVE) {
                throw closed(link);
            }
            DocumentIdentity identity = identity(link);
            Map<String, StoredDecision> decided = links.decisions(link.id());
            List<String> undecided = identity.points().stream().filter(p -> p.asked() && !decided.containsKey(p.id()))
                    .map(SignOffPoint::label).toList();
            String name = typedName == null ? "" : typedName.strip();
            if (!undecided.isEmpty()) {
                String why = undecided.size() + " of " + identity.points().stream().filter(SignOffPoint::asked).count()
                        + " points are not decided yet: " + String.join(", ", undecided.subList(0, Math.min(5, undecided.size())))
                        + (undecided.size() > 5 ? " …" : "") + "; decide each one, then finish";
                links.refused(link, why, actor);
                throw new Refused(why);
            }
            if (name.isEmpty() || name.length() > 200) {
                String why = name.isEmpty() ? "type your name to finish" : "the name is longer than 200 characters";
                links.refused(link, why, actor);
                throw new Refused(why);
            }
            return finish(link, identity, decided, name, actor);
        });
    }

    private Completion finish(Link link, DocumentIdentity identity, Map<String, StoredDecision> decided, String name, Actor actor) {
        Rows.Revision revision = registry.revision(link.documentId(), link.revision()).orElseThrow();
        RevisionRecord record = records.get(revision.recordSha256());
        String issuedName = record.outputs().get("pdf");
        Rows.File issued = registry.file(link.documentId(), issuedName).orElseThrow();
        Instant now = clock.instant();
        List<OnlineDecision> online = new ArrayList<>();
        List<PointDecision> reported = new ArrayList<>();
        for (SignOffPoint p : identity.points()) {
            StoredDecision d = decided.get(p.id());
            if (p.asked()) {
                online.add(new OnlineDecision(p, d.decision(), d.note(), d.decidedAt(), d.ip(), d.userAgent(), d.changes()));
                reported.add(new PointDecision(p, d.decision(), d.note(), ""));
            } else {
                reported.add(new PointDecision(p, Decision.CARRIED_OVER, "", ""));
            }
        }
        OnlineCompletion completion = new OnlineCompletion(link.documentId(), link.revision(), issuedName, issued.sha256(), name, now, actor.ip(),
                actor.userAgent(), link.recipient(), online);
        byte[] issuedPdf = store.read(issued.sha256());
        byte[] certified = pool.run("the certificate of completion of " + identity.title(), () -> {
            byte[] completed = CompletionCertificate.complete(issuedPdf, completion);
            return signer.map(s -> s.seal(completed, "Certificate of completion of the online sign-off")).orElse(completed);
        });
        Blob certificate = store.put(certified);
        String base = FileNames.base(issuedName) + "-online-" + link.id();
        String certificateName = base + ".pdf";
        SignOffReport report = SignOffReport.of(certificateName, identity, reported, new Signer(name, "", SHOWN.format(now)),
                Integrity.intact("decided online through link " + link.id() + " for " + link.recipient() + "; the issued file was not involved"));
        Blob reportBlob = store.put(Json.bytes(report));
        SignoffLinks.Completed done = links.complete(link, new SignoffLinks.Completion(decided, name, now, certificateName, certificate.sha256(),
                report.verdict().name(), reportBlob.sha256(), seq -> List.of(
                        new NewRevision.NewFile(certificateName, "application/pdf", certificate),
                        new NewRevision.NewFile(base + "-report.json", "application/json", reportBlob)),
                "signed off online by " + name + " (" + link.recipient() + "): " + report.verdict() + ", "
                        + report.with(Decision.CONFIRMED).size() + " of " + report.points().size() + " points confirmed"), actor);
        if (!done.done()) {
            throw new Refused("the sign-off could not be finished: " + done.why() + "; reload the page");
        }
        onCompleted.accept(link, report);
        return new Completion(certificateName, report);
    }

    /** A finished sign-off is shown as finished (nothing can change); an expired or revoked link is gone. */
    private RuntimeException closed(Link link) {
        SignoffLinks.Status status = link.status(clock.instant());
        return status == SignoffLinks.Status.COMPLETED ? new Refused("this sign-off was finished by " + link.signerName()
                + "; nothing can be changed any more") : gone(link, status);
    }

    private Unavailable gone(Link link, SignoffLinks.Status status) {
        return new Unavailable(Optional.of(status), Optional.of(prepared(link).messages()));
    }

    private DocumentIdentity identity(Link link) {
        Rows.Revision revision = registry.revision(link.documentId(), link.revision()).orElseThrow();
        return records.get(revision.recordSha256()).identity();
    }

    private PreparedPi prepared(Link link) {
        String key = link.documentId() + "/" + link.revision();
        PreparedPi pi = prepared.get(key);
        if (pi == null) {
            pi = outputs.prepared(registry.revision(link.documentId(), link.revision()).orElseThrow());
            if (prepared.size() >= KEEP_PREPARED) {
                prepared.clear();
            }
            prepared.put(key, pi);
        }
        return pi;
    }
}
