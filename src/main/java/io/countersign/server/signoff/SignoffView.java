package io.countersign.server.signoff;

import io.countersign.pi.PiView;
import io.countersign.render.Messages;
import io.countersign.server.store.SignoffLinks;
import java.util.List;

/**
 * What the buyer's page shows: the PI's texts as its PDF prints them (in its language), one
 * {@link Point} per style with the buyer's current choice, and how far the sign-off has come.
 *
 * @param csrf     the value every form of the page must send back (see {@link Csrf})
 * @param finished the completion, when the link is completed
 */
public record SignoffView(Messages msg, String token, String csrf, SignoffLinks.Status status, PiView pi, List<Point> points, int decided,
                          int asked, int changesRequested, String recipient, String expiresAt, Finished finished, String error) {

    /** One style; {@code decision} is "confirm", "change" or "" (undecided); {@code pictureSha256} empty without a picture. */
    public record Point(PiView.Line line, String pictureSha256, String decision, String note, String decidedAt, int changes) {
        public boolean decidedHere() {
            return !decision.isEmpty();
        }
    }

    /** Who finished, when, and the name of the certificate file. */
    public record Finished(String signerName, String completedAt, String certificate) {
    }

    public boolean complete() {
        return decided == asked;
    }
}
