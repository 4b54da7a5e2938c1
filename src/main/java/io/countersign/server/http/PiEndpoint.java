package io.countersign.server.http;

import io.countersign.input.InputFormat;
import io.countersign.server.documents.IssuedDocument;
import io.countersign.server.documents.PiIssuer;
import io.countersign.server.store.PiSettings;
import io.javalin.http.Context;
import io.countersign.input.InvalidInputException;
import io.countersign.input.Problem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code POST /api/v1/pi}: a PI as YAML/JSON body, or a form with its pictures; 201 with the document's links, 200 when it was issued before. */
final class PiEndpoint {
    private static final Pattern MISSING_PICTURE = Pattern.compile("picture \"(.+)\" does not exist");
    private final Services s;

    PiEndpoint(Services s) {
        this.s = s;
    }

    void post(Context ctx) {
        PiSettings settings = Params.pi(ctx);
        Admission.renderSlot(s, ctx);
        Bodies.checkLength(ctx, s.limits().piBytes(), "the PI with its pictures");
        boolean multipart = Bodies.mediaType(ctx).equals("multipart/form-data");
        PiIssuer.Upload upload = multipart ? Uploads.pi(ctx, s.limits()) : raw(ctx);
        IssuedDocument d;
        try {
            d = s.pis().issue(upload, settings);
        } catch (InvalidInputException e) {
            throw pictureHints(e, multipart);
        }
        if (d.created()) {
            s.registry().claim(d.document().id(), ApiKeyFilter.caller(ctx).keyId());
        }
        ctx.header("Location", Views.documentHref(d.document().id()));
        Responses.json(ctx, d.created() ? 201 : 200, Views.issued(d));
    }

    /** A missing picture, on the server, means a part that was not sent: say how to send it. */
    private static InvalidInputException pictureHints(InvalidInputException e, boolean multipart) {
        List<Problem> problems = e.problems().stream().map(p -> {
            Matcher m = MISSING_PICTURE.matcher(p.message());
            if (!m.matches()) {
                return p;
            }
            String path = m.group(1);
            String hint = multipart ? "no form part named " + path + " was sent; add -F " + path + "=@<file>"
                    : "post the PI as multipart/form-data with its pictures: -F pi=@<pi.yaml> -F " + path + "=@<file>";
            return new Problem(p.file(), p.line(), p.column(), p.path(), p.message(), hint);
        }).toList();
        return new InvalidInputException(problems);
    }

    private PiIssuer.Upload raw(Context ctx) {
        String name = Bodies.displayName(ctx.queryParam("name"), "");
        InputFormat format = Bodies.textFormat(ctx.contentType(), name).orElseThrow(() -> ProblemException.unsupported(
                "send the PI as application/yaml or application/json (or multipart/form-data with its pictures), not "
                        + (ctx.contentType() == null ? "without a Content-Type" : ctx.contentType())));
        String displayName = name.isEmpty() ? (format == InputFormat.JSON ? "pi.json" : "pi.yaml") : name;
        byte[] body = Bodies.bytes(ctx, io.countersign.input.PiReader.MAX_INPUT_BYTES, "the PI");
        return new PiIssuer.Upload(Bodies.utf8(body, displayName), format, displayName, Map.of());
    }
}
