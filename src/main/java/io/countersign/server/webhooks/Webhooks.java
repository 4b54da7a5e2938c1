package io.countersign.server.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.input.InvalidInputException;
import io.countersign.input.Problem;
import io.countersign.server.store.Json;
import io.countersign.server.store.WebhookStore;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhooks: an API key may subscribe one URL to the events of the documents it issued. {@link #publish}
 * writes the event to the outbox in the database and returns at once; the delivery thread POSTs it,
 * signed (see {@link WebhookSignature}), and tries again with backoff (see {@link WebhookSettings})
 * until the receiver answers 2xx. What is pending survives a restart.
 */
public final class Webhooks implements AutoCloseable {
    public static final String SIGNOFF_COMPLETED = "signoff.completed";
    public static final String SIGNOFF_CHANGES_REQUESTED = "signoff.changes_requested";
    public static final String RETURN_RECEIVED = "return.received";
    /** Every event type, in the order they are listed. */
    public static final List<String> TYPES = List.of(SIGNOFF_COMPLETED, SIGNOFF_CHANGES_REQUESTED, RETURN_RECEIVED);
    public static final int MAX_URL_LENGTH = 2000;
    /** The stored body's column holds this many characters. */
    static final int MAX_BODY_CHARS = 16000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStore store;
    private final Clock clock;
    private final PrintWriter log;
    private final Dispatcher dispatcher;

    public Webhooks(WebhookStore store, WebhookSettings settings, Clock clock, PrintWriter log) {
        this.store = store;
        this.clock = clock;
        this.log = log;
        this.dispatcher = new Dispatcher(store, settings, clock, log);
    }

    /** Starts the delivery thread: what is pending from an earlier run is sent. */
    public Webhooks start() {
        dispatcher.start();
        return this;
    }

    /**
     * Sends event {@code type} about document {@code documentId} to the webhook of the key that issued
     * the document, if it has one that wants this type; {@code data} becomes the body's {@code data}.
     * Returns at once. The event is lost only if the database cannot store it (then this is logged,
     * not thrown: what happened to the document has happened).
     */
    public void publish(String documentId, String type, Map<String, ?> data) {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(data, "data");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown webhook event type " + type + "; one of " + TYPES);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("id", eventId).put("type", type).put("createdAt", now.toString()).put("documentId", documentId);
        body.set("data", Json.MAPPER.valueToTree(data));
        String json = new String(Json.bytes(body), StandardCharsets.UTF_8);
        if (json.length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException("the " + type + " event of " + documentId + " is " + json.length() + " characters; at most "
                    + MAX_BODY_CHARS + " fit");
        }
        try {
            Optional<WebhookStore.Subscription> sub = store.ownersSubscription(documentId);
            if (sub.isPresent() && sub.get().wants(type)) {
                store.enqueue(eventId, sub.get().keyId(), documentId, type, json, now);
                dispatcher.wake();
            }
        } catch (RuntimeException e) {
            log.println("countersign: the " + type + " event of document " + documentId + " could not be stored for its webhook: " + e.getMessage());
            log.flush();
        }
    }

    /**
     * Sets the webhook of key {@code keyId}: {@code url} gets the events in {@code events} (empty: all)
     * of the documents the key issues, signed with a new secret, returned here and never shown again.
     *
     * @throws InvalidInputException naming what is wrong with the URL or the events
     */
    public WebhookStore.Subscription subscribe(long keyId, String url, Optional<List<String>> events) {
        List<Problem> problems = new ArrayList<>();
        checkUrl(url).ifPresent(p -> problems.add(problem("url", p, "give an http:// or https:// URL of at most " + MAX_URL_LENGTH
                + " characters, without user name or password, e.g. https://erp.example.com/countersign/events")));
        List<String> wanted = events.map(List::copyOf).orElse(TYPES);
        if (wanted.isEmpty()) {
            problems.add(problem("events", "no events are given", "name at least one of " + String.join(", ", TYPES)
                    + ", or leave events out for all; DELETE the webhook to receive none"));
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!TYPES.contains(wanted.get(i))) {
                problems.add(problem("events[" + i + "]", "unknown event " + wanted.get(i), "one of " + String.join(", ", TYPES)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        List<String> ordered = TYPES.stream().filter(wanted::contains).toList();
        return store.put(keyId, url, ordered, "cswh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    public Optional<WebhookStore.Subscription> subscription(long keyId) {
        return store.get(keyId);
    }

    /** Removes the key's webhook; what it had pending is cancelled. False when it had none. */
    public boolean unsubscribe(long keyId) {
        return store.delete(keyId);
    }

    /** The key's most recent deliveries, newest first. */
    public List<WebhookStore.Delivery> deliveries(long keyId, int limit) {
        return store.recent(keyId, limit);
    }

    /** Why {@code url} cannot be a webhook's URL; empty when it can. */
    static Optional<String> checkUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("no url is given");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("the url is " + url.length() + " characters long");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("the url is not a URL: " + e.getReason() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(scheme.isEmpty() ? "the url has no scheme" : "the url's scheme is " + uri.getScheme() + ", not http or https");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("the url carries a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("the url has no host" + (uri.getRawAuthority() == null ? "" : " that can be used: " + uri.getRawAuthority()));
        }
        if (uri.getPort() > 65535) {
            return Optional.of("the url's port " + uri.getPort() + " is above 65535");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("the url has a fragment (#" + uri.getRawFragment() + "), which is never sent");
        }
        return Optional.empty();
    }

    private static Problem problem(String path, String message, String hint) {
        return new Problem("webhook", 0, 0, path, message, hint);
    }

    /** Stops the delivery thread; sends under way may finish within {@code grace}, the rest are sent after the next start. */
    public void close(Duration grace) {
        dispatcher.close(grace);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
