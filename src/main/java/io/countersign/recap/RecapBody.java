package io.countersign.recap;

import io.countersign.signoff.DocumentIdentity;
import java.util.List;

/** What the text and HTML bodies both show, already worded and formatted; built by {@link RecapPlanner}. */
record RecapBody(Wording wording, String number, DocumentIdentity identity, List<RecapLine> lines, List<String> findings,
                 List<String> quantities, String total, List<Thumbnail> thumbnails) {

    RecapBody {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
        quantities = List.copyOf(quantities);
        thumbnails = List.copyOf(thumbnails);
    }

    int revision() {
        return identity.revision();
    }

    /** Asks for as many decisions as the document asks for: a revision does not ask again about the styles it carries over. */
    String subject() {
        return wording.subject(number, revision(), (int) identity.points().stream().filter(p -> p.asked()).count());
    }

    String intro() {
        return wording.intro(number, revision(), lines.size());
    }

    String document() {
        return wording.document(number, revision(), identity.documentId(), identity.shortHash());
    }
}
