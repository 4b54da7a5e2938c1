package io.countersign.server.webhooks;

import io.countersign.Countersign;
import io.countersign.server.store.WebhookStore;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the outbox: one thread finds due deliveries and hands them to a few sender threads, at most
 * one delivery per subscription at a time (so a slow receiver holds up only its own deliveries). It
 * sleeps until the next delivery is due or {@link #wake()} says one was published or a send ended.
 */
final class Dispatcher {
    private static final int SENDERS = 4;
    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final Duration HELD_BACK = Duration.ofSeconds(1);

    private final WebhookStore store;
    private final WebhookSettings settings;
    private final Clock clock;
    private final PrintWriter log;
    private final HttpClient http;
    private final ExecutorService senders;
    private final Thread thread;
    /** Keys with a delivery being sent by this server, and the delivery. */
    private final Map<Long, Long> sending = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean stopping;

    Dispatcher(WebhookStore store, WebhookSettings settings, Clock clock, PrintWriter log) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.log = log;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(SENDERS, r -> daemon(r, "countersign-webhook-sender-" + n.incrementAndGet()));
        this.thread = daemon(this::loop, "countersign-webhooks");
    }

    void start() {
        thread.start();
    }

    /** Looks for due deliveries now. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * Stops looking for deliveries, lets sends under way finish within {@code grace}; deliveries
     * still being sent then are released, to be sent at the next start (by this or another server).
     */
    void close(Duration grace) {
        stopping = true;
        wake();
        senders.shutdown();
        try {
            thread.join(Math.max(1, grace.toMillis()));
            if (!senders.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
                senders.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (long delivery : sending.values()) {
            try {
                store.release(delivery, clock.instant());
            } catch (RuntimeException e) {
                // the lease runs out by itself
            }
        }
    }

    private void loop() {
        while (!stopping) {
            Duration wait;
            try {
                wait = dispatch();
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                log.println("countersign: webhook deliveries cannot be read: " + e.getMessage());
                log.flush();
                wait = Duration.ofSeconds(5);
            }
            synchronized (signal) {
                if (!woken && !stopping && !wait.isZero()) {
                    try {
                        signal.wait(Math.max(1, wait.toMillis()));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /** Starts the sends that are due; returns how long to sleep. */
    private Duration dispatch() {
        Instant now = clock.instant();
        boolean heldBack = false;
        for (WebhookStore.Due due : store.due(now, 100)) {
            long key = due.delivery().keyId();
            if (sending.putIfAbsent(key, due.delivery().id()) != null) {
                heldBack = true; // its subscription's send under way wakes us when it ends
                continue;
            }
            // Longer than an attempt can take: another server sharing the database leaves it alone meanwhile.
            Instant until = now.plus(settings.timeout()).plusSeconds(30);
            if (!store.lease(due.delivery().id(), now, until)) {
                sending.remove(key);
                continue;
            }
            try {
                senders.execute(() -> send(due));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                sending.remove(key);
                store.release(due.delivery().id(), now);
                return IDLE;
            }
        }
        if (heldBack) {
            return HELD_BACK; // woken when the send ends; meanwhile other subscriptions' retries may fall due
        }
        Optional<Instant> next = store.nextDue();
        if (next.isEmpty()) {
            return IDLE;
        }
        Duration until = Duration.between(clock.instant(), next.get());
        return until.isNegative() ? Duration.ofMillis(1) : until.compareTo(IDLE) > 0 ? IDLE : until;
    }

    private void send(WebhookStore.Due due) {
        WebhookStore.Delivery d = due.delivery();
        try {
            Attempt a = attempt(due);
            Instant at = clock.instant();
            if (a.stopped()) {
                store.release(d.id(), at); // not an attempt of the receiver's: sent again after the next start
                Thread.currentThread().interrupt();
            } else if (a.status().isPresent() && a.status().get() / 100 == 2) {
                store.delivered(d.id(), a.status().get(), at);
            } else {
                Optional<Instant> next = settings.retryAfter(d.attempts() + 1).map(at::plus);
                store.attemptFailed(d.id(), a.status(), a.error(), next);
            }
        } catch (RuntimeException e) {
            log.println("countersign: webhook delivery " + d.eventId() + " could not be recorded: " + e.getMessage());
            log.flush();
        } finally {
            sending.remove(d.keyId(), d.id());
            wake();
        }
    }

    /** What one attempt came to: the receiver's status, or why there was none. */
    private record Attempt(Optional<Integer> status, String error, boolean stopped) {
        Attempt(Optional<Integer> status, String error) {
            this(status, error, false);
        }
    }

    private Attempt attempt(WebhookStore.Due due) {
        WebhookStore.Delivery d = due.delivery();
        byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(due.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "countersign/" + Countersign.VERSION)
                    .header("Countersign-Event", d.type())
                    .header("Countersign-Delivery", d.eventId())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(due.secret(), clock.instant().getEpochSecond(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            return new Attempt(Optional.empty(), "the URL cannot be used: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // One deadline for connecting, sending and the whole answer: a receiver that trickles its body is cut off too.
            int status = answer.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return new Attempt(Optional.of(status), status / 100 == 2 ? "" : "the receiver answered " + status);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Attempt(Optional.empty(), "no answer within " + seconds(settings.timeout()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            return new Attempt(Optional.empty(), "the server stopped while sending", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new Attempt(Optional.empty(), "no answer within " + seconds(settings.timeout()));
            }
            if (cause instanceof ConnectException) {
                return new Attempt(Optional.empty(), "cannot connect to " + request.uri().getHost() + ":" + port(request.uri())
                        + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
            }
            return new Attempt(Optional.empty(), cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
