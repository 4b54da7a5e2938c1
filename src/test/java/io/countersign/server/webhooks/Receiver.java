package io.countersign.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.countersign.server.store.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as a customer would write one (JDK HttpServer on a free port): it checks each
 * request's signature itself — HMAC-SHA256 over {@code t + "." + body}, timestamp at most five minutes
 * off — without the server's code, and answers the statuses it is told to (then 200).
 */
final class Receiver implements AutoCloseable {
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** One request as received, and whether its signature was valid for the secret the receiver knew then. */
    record Received(Map<String, String> headers, byte[] body, boolean signatureValid, int answered) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private volatile String secret = "";
    private Duration delay = Duration.ZERO;
    private int delayed;

    private Receiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            int status;
            Duration wait = Duration.ZERO;
            synchronized (answers) {
                status = answers.isEmpty() ? 200 : answers.poll();
                if (delayed > 0) {
                    delayed--;
                    wait = delay;
                }
            }
            sleep(wait);
            received.add(new Received(headers, body, valid(secret, headers.getOrDefault("countersign-signature", ""), body), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static Receiver start() {
        return start(0);
    }

    /** On {@code port} (0: a free one) — the same port again to bring a receiver back up. */
    static Receiver start(int port) {
        try {
            return new Receiver(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    /** The secret the server showed when the webhook was set. */
    Receiver knows(String s) {
        secret = s;
        return this;
    }

    /** Answers these statuses to the next requests, in order; 200 after. */
    Receiver answers(int... statuses) {
        synchronized (answers) {
            for (int s : statuses) {
                answers.add(s);
            }
        }
        return this;
    }

    /** Answers the next {@code requests} requests only after {@code d}. */
    Receiver slow(Duration d, int requests) {
        synchronized (answers) {
            delay = d;
            delayed = requests;
        }
        return this;
    }

    /** The next request, waiting at most {@code within}. */
    Received next(Duration within) {
        try {
            Received r = received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(r).as("a webhook request within " + within).isNotNull();
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int count() {
        return received.size();
    }

    /** The recipe of the README: parse t and v1, recompute, compare in constant time, refuse old timestamps. */
    static boolean valid(String secret, String header, byte[] body) {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > TOLERANCE.toSeconds()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            return false;
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
