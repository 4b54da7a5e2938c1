package io.countersign.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.pi.ProductImage;
import io.countersign.render.Messages;
import io.countersign.server.signoff.OnlineSignoff;
import io.countersign.server.signoff.SignoffView;
import io.countersign.server.store.Blob;
import io.countersign.server.store.Json;
import io.countersign.server.store.Rows;
import io.countersign.server.store.SignoffLinks;
import io.countersign.server.store.SignoffLinks.Actor;
import io.countersign.server.store.SignoffLinks.Link;
import io.countersign.signoff.Decision;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The buyer's pages under {@code /s/{token}}: server-rendered HTML that works without script (each
 * point's form saves it, the finish form finishes) and saves as the buyer chooses with script. The
 * token in the address is the buyer's credential; every form also carries a CSRF value tied to a
 * cookie of the page ({@link Csrf}). Answers are HTML, also when something is wrong — a buyer
 * meets these pages, not an API client.
 */
final class SignoffPages {
    /** Scripts and styles come from this server only; no inline code, no framing, the token not leaked as a referrer. */
    private static final String CSP = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final long FORM_BYTES = 64 * 1024;

    private final Services s;
    private final OnlineSignoff signoff;
    private final PageTemplates templates = new PageTemplates();

    SignoffPages(Services s) {
        this.s = s;
        this.signoff = s.signoff();
    }

    void page(Context ctx) {
        String token = ctx.pathParam("token");
        guarded(ctx, () -> {
            Link link = signoff.open(token);
            boolean afterPost = ctx.queryParam("saved") != null;
            SignoffView v = signoff.page(token, link, Csrf.token(token, nonce(ctx)), actor(ctx), !afterPost, "");
            html(ctx, 200, "signoff", Map.of("v", v));
        });
    }

    void decide(Context ctx) {
        String token = ctx.pathParam("token");
        guarded(ctx, () -> {
            Link link = signoff.open(token);
            checkCsrf(ctx, token, link);
            String point = Optional.ofNullable(ctx.formParam("point")).orElse("");
            String choice = Optional.ofNullable(ctx.formParam("decision")).orElse("");
            Decision decision = switch (choice) {
                case "confirm" -> Decision.CONFIRMED;
                case "change" -> Decision.CHANGE_REQUESTED;
                default -> null;
            };
            if (decision == null) {
                // Save pressed without a choice: nothing to record; say so on the page.
                refuse(ctx, token, link, "choose Confirm or Change needed before saving");
                return;
            }
            try {
                signoff.decide(link, point, decision, ctx.formParam("note"), actor(ctx));
            } catch (OnlineSignoff.Refused e) {
                refuse(ctx, token, link, e.getMessage());
                return;
            }
            if (wantsJson(ctx)) {
                SignoffView v = signoff.page(token, link, "", actor(ctx), false, "");
                SignoffView.Point p = v.points().stream().filter(x -> x.line().pointId().equals(point)).findFirst().orElseThrow();
                ObjectNode n = Json.MAPPER.createObjectNode().put("point", point).put("decision", p.decision())
                        .put("decided", v.decided()).put("asked", v.asked())
                        .put("progress", v.msg().with("online.progress", v.decided(), v.asked()))
                        .put("saved", v.msg().with("online.saved", p.decidedAt()));
                Responses.json(ctx, 200, n);
            } else {
                ctx.redirect("/s/" + token + "?saved=1#p-" + point, io.javalin.http.HttpStatus.SEE_OTHER);
            }
        });
    }

    void complete(Context ctx) {
        String token = ctx.pathParam("token");
        guarded(ctx, () -> {
            Link link = signoff.open(token);
            checkCsrf(ctx, token, link);
            try {
                signoff.complete(link, ctx.formParam("name"), actor(ctx));
            } catch (OnlineSignoff.Refused e) {
                refuse(ctx, token, link, e.getMessage());
                return;
            }
            ctx.redirect("/s/" + token + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    void picture(Context ctx) {
        String token = ctx.pathParam("token");
        String sha = ctx.pathParam("sha256");
        guarded(ctx, () -> {
            Link link = signoff.openForViewing(token);
            Optional<ProductImage> picture = sha.matches("[0-9a-f]{64}") ? signoff.picture(link, sha) : Optional.empty();
            Optional<Blob> stored = picture.flatMap(p -> s.store().find(sha));
            if (stored.isEmpty()) {
                ctx.status(404).contentType("text/plain; charset=utf-8").result("no such picture");
                return;
            }
            boolean png = picture.get().format() == ProductImage.Format.PNG;
            FileResponses.send(ctx, s.store(), sha, stored.get().size(), png ? "image/png" : "image/jpeg", sha + (png ? ".png" : ".jpg"), false);
        });
    }

    void certificate(Context ctx) {
        String token = ctx.pathParam("token");
        guarded(ctx, () -> {
            Link link = signoff.openForViewing(token);
            Optional<Rows.File> f = link.certificate() == null ? Optional.empty() : s.registry().file(link.documentId(), link.certificate());
            if (f.isEmpty()) {
                ctx.status(404).contentType("text/plain; charset=utf-8").result("the sign-off is not finished yet");
                return;
            }
            FileResponses.send(ctx, s.store(), f.get().sha256(), f.get().size(), f.get().contentType(), f.get().name(), false);
        });
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("name");
        if (!name.equals("signoff.css") && !name.equals("signoff.js")) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no such file");
            return;
        }
        try (InputStream in = SignoffPages.class.getResourceAsStream("/io/countersign/server/web/" + name)) {
            ctx.header("Cache-Control", "public, max-age=3600")
                    .contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page again with what was refused said at the top (409), or the refusal as JSON for the script. */
    private void refuse(Context ctx, String token, Link link, String why) {
        if (wantsJson(ctx)) {
            Responses.json(ctx, 409, Json.MAPPER.createObjectNode().put("error", why));
            return;
        }
        SignoffView v = signoff.page(token, link, Csrf.token(token, nonce(ctx)), actor(ctx), false, why);
        html(ctx, 409, "signoff", Map.of("v", v));
    }

    private void checkCsrf(Context ctx, String token, Link link) {
        Bodies.checkLength(ctx, FORM_BYTES, "the form"); // a note is at most 1,000 characters; Jetty caps forms without a length too
        String cookie = ctx.cookie(Csrf.COOKIE);
        if (cookie == null || !Csrf.valid(token, cookie, ctx.formParam("csrf"))) {
            throw new CsrfRefused();
        }
    }

    private static final class CsrfRefused extends RuntimeException {
    }

    /** Runs a page handler; a link that cannot be used, or a form without its CSRF value, gets an HTML page saying so. */
    private void guarded(Context ctx, Runnable handler) {
        pageHeaders(ctx);
        try {
            handler.run();
        } catch (OnlineSignoff.Unavailable e) {
            Messages msg = e.language().orElseGet(() -> Messages.of("en", Optional.empty()));
            String key = e.status().map(st -> st == SignoffLinks.Status.EXPIRED ? "online.gone.expired" : "online.gone.revoked")
                    .orElse("online.gone.unknown");
            gone(ctx, e.status().isPresent() ? 410 : 404, msg, key);
        } catch (CsrfRefused e) {
            gone(ctx, 403, Messages.of("en", Optional.empty()), "online.error.session");
        }
    }

    private void gone(Context ctx, int status, Messages msg, String key) {
        if (wantsJson(ctx)) {
            Responses.json(ctx, status, Json.MAPPER.createObjectNode().put("error", msg.get(key)));
        } else {
            html(ctx, status, "gone", Map.of("lang", msg.language(), "message", msg.get(key)));
        }
    }

    private void html(Context ctx, int status, String template, Map<String, Object> vars) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.process(template, vars));
    }

    private static void pageHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        ctx.header("Cache-Control", "no-store");
    }

    /** The page's CSRF cookie: kept while it is there, made when it is not (first visit). */
    private static String nonce(Context ctx) {
        String existing = ctx.cookie(Csrf.COOKIE);
        if (existing != null && Csrf.wellFormed(existing)) {
            return existing;
        }
        String fresh = Csrf.nonce();
        Cookie cookie = new Cookie(Csrf.COOKIE, fresh, "/s/", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT);
        ctx.cookie(cookie);
        return fresh;
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("application/json");
    }

    static Actor actor(Context ctx) {
        return new Actor(ctx.ip(), Optional.ofNullable(ctx.userAgent()).orElse(""));
    }
}
