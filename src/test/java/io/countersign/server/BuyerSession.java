package io.countersign.server;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A buyer at a sign-off link without a browser: keeps the page's cookie, reads the CSRF value and the
 * point ids from the HTML, and posts the forms the way a browser without script does.
 */
public final class BuyerSession {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern POINT = Pattern.compile("name=\"point\" value=\"([^\"]+)\"");

    private final TestServer server;
    private final String path;
    private String cookie = "";
    private String csrf = "";

    public BuyerSession(TestServer server, String url) {
        this.server = server;
        this.path = java.net.URI.create(url).getPath();
    }

    public String path() {
        return path;
    }

    /** GET the page (remembering its cookie and CSRF value). */
    public TestServer.Reply open() {
        TestServer.Reply r = server.send(browser(path).GET());
        r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        Matcher m = CSRF.matcher(r.text());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    public List<String> points(TestServer.Reply page) {
        return POINT.matcher(page.text()).results().map(m -> m.group(1)).toList();
    }

    public String csrf() {
        return csrf;
    }

    public TestServer.Reply decide(String point, String decision, String note) {
        return post("/decide", Map.of("csrf", csrf, "point", point, "decision", decision, "note", note), false);
    }

    public TestServer.Reply decideJson(String point, String decision, String note) {
        return post("/decide", Map.of("csrf", csrf, "point", point, "decision", decision, "note", note), true);
    }

    public TestServer.Reply finish(String name) {
        return post("/complete", Map.of("csrf", csrf, "name", name), false);
    }

    /** A form post with exactly these fields (a hand-made request: the page's rules do not apply). */
    public TestServer.Reply post(String action, Map<String, String> fields, boolean json) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = browser(path + action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (json) {
            b.header("Accept", "application/json");
        }
        return server.send(b);
    }

    public TestServer.Reply get(String subPath) {
        return server.send(browser(path + subPath).GET());
    }

    /** A request as the buyer's browser makes it: no API key, the page's cookie. */
    private HttpRequest.Builder browser(String p) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(p)).timeout(java.time.Duration.ofSeconds(120))
                .header("User-Agent", "Mozilla/5.0 (test buyer)");
        if (!cookie.isEmpty()) {
            b.header("Cookie", cookie);
        }
        return b;
    }
}
