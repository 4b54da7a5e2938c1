package io.countersign.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.server.CountersignServer;
import io.countersign.server.ServerConfig;
import io.countersign.server.store.Scratch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code countersign bench server}: a server in this JVM, and clients posting the PI benchmark's
 * 20-style PI (multipart, 20 photos) with a new number each time, so every post is a render. Phases:
 * sustained load at {@code clients}, then ten times as many (the server must answer 503 quickly rather
 * than queue without end), then the sustained load again (it must recover). At the end every 201 must
 * be a registered document whose PDF is stored, and nothing else.
 */
final class ServerBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "----countersign-bench-7d1f3a9c5b2e4f60";

    private final PrintWriter out;
    private final int styles;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "bench-http");
                t.setDaemon(true);
                return t;
            })).build();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, String> issued = new ConcurrentHashMap<>();
    private BenchPiInput input;
    private byte[] photoParts;
    private URI base;
    private String key;

    /** One phase's answers: latencies of 201s and of refusals, counts by status. */
    record Phase(String name, int clients, double seconds, List<Long> createdNanos, List<Long> refusedNanos, Map<Integer, Integer> statuses,
                 long processCpuNanos) {
        double perSecond() {
            return createdNanos.size() / seconds;
        }
    }

    ServerBenchmark(PrintWriter out, int styles) {
        this.out = out;
        this.styles = styles;
    }

    int run(int clients, int seconds, int overloadFactor, int warmup, Integer renderThreads) throws Exception {
        Path data = Files.createTempDirectory("countersign-bench-server");
        input = new BenchPiInput(styles);
        photoParts = photoParts();
        ServerConfig config = ServerConfig.defaults(data).withPort(0).withLog(new PrintWriter(System.err, true), false);
        if (renderThreads != null) {
            config = config.withRenderPool(renderThreads, config.renderQueue(), config.renderTimeout());
        }
        out.printf(Locale.ROOT, "workload: POST /api/v1/pi, multipart: a %d-style PI (YAML) + %d JPEG photos (%d KB per request), a new PI number each post%n",
                styles, styles, (photoParts.length + input.yaml("BENCH-000000").length()) / 1024);
        out.printf(Locale.ROOT, "server: %d render threads, queue %d; %d cores; load average before: %s%n", config.renderThreads(),
                config.renderQueue(), Runtime.getRuntime().availableProcessors(), loadAverage());
        out.flush();
        int failures = 0;
        try (CountersignServer server = CountersignServer.start(config)) {
            base = server.uri();
            key = server.createKey("bench");
            // As bench pi does: the JIT compiles the render path over the first few hundred documents.
            Phase warm = phase("warm-up", clients, Integer.MAX_VALUE, warmup);
            report(warm);
            var before = server.renderStats();
            Phase steady = phase("sustained", clients, seconds, Integer.MAX_VALUE);
            report(steady);
            var after = server.renderStats();
            long n = Math.max(1, after.renders() - before.renders());
            out.printf(Locale.ROOT, "             renders: mean %.0f ms CPU in %.0f ms wall on the render thread%n", (after.cpuNanos() - before.cpuNanos()) / 1e6 / n,
                    (after.wallNanos() - before.wallNanos()) / 1e6 / n);
            Phase overload = phase(overloadFactor + "x overload", clients * overloadFactor, Math.max(5, seconds / 2), Integer.MAX_VALUE);
            report(overload);
            Phase recovery = phase("recovery", clients, Math.max(5, seconds / 2), Integer.MAX_VALUE);
            report(recovery);
            failures += verify();
            for (Phase p : List.of(warm, steady, overload, recovery)) {
                failures += p.statuses().entrySet().stream().filter(e -> e.getKey() != 201 && e.getKey() != 503).mapToInt(Map.Entry::getValue).sum();
            }
            out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
            out.printf(Locale.ROOT, "targets: >= 40 PIs/s sustained: %s (%.1f); p99 <= 400 ms: %s (%.0f ms)%n",
                    steady.perSecond() >= 40 ? "met" : "NOT met", steady.perSecond(), percentile(steady.createdNanos(), 99) <= 400 ? "met" : "NOT met",
                    percentile(steady.createdNanos(), 99));
            out.flush();
        } finally {
            Scratch.deleteTree(data);
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** {@code clients} posting for {@code seconds} or until {@code documents} were issued, whichever comes first. */
    private Phase phase(String name, int clients, int seconds, int documents) throws Exception {
        List<Long> created = Collections.synchronizedList(new ArrayList<>());
        List<Long> refused = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + Math.min(seconds, 3600) * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end && created.size() < documents) {
                    String number = String.format(Locale.ROOT, "BENCH-%06d", next.incrementAndGet());
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r;
                    try {
                        r = post(number);
                    } catch (IOException e) {
                        statuses.merge(0, 1, Integer::sum); // no answer at all: counted as status 0, a failure
                        continue;
                    }
                    long took = System.nanoTime() - t;
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    if (r.statusCode() == 201) {
                        created.add(took);
                        JsonNode body = JSON.readTree(r.body());
                        issued.put(body.path("id").asText(), body.path("links").path("pdf").asText());
                    } else if (r.statusCode() == 503) {
                        refused.add(took);
                        long wait = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                        Thread.sleep(Math.min(wait * 1000, Math.max(0, (end - System.nanoTime()) / 1_000_000)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double took = (System.nanoTime() - start) / 1e9;
        return new Phase(name, clients, took, new ArrayList<>(created), new ArrayList<>(refused), new TreeMap<>(statuses), processCpuNanos() - cpu);
    }

    private HttpResponse<byte[]> post(String number) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(photoParts.length + 16_384);
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"pi\"; filename=\"" + number
                + ".yaml\"\r\nContent-Type: application/yaml\r\n\r\n" + input.yaml(number) + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(photoParts);
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/pi")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + key).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The photo parts, the same in every request (one fixed boundary, which no photo contains), made once. */
    private byte[] photoParts() {
        ByteArrayOutputStream parts = new ByteArrayOutputStream();
        input.photos().forEach((path, jpeg) -> {
            parts.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + path + "\"; filename=\""
                    + path.substring(path.lastIndexOf('/') + 1) + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            parts.writeBytes(jpeg);
            parts.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        return parts.toByteArray();
    }

    /** Every 201 is a registered document with its PDF; the registry has no other. */
    private int verify() throws Exception {
        int problems = 0;
        int listed = 0;
        for (int offset = 0; ; offset += 1000) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/documents?limit=1000&offset=" + offset))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode page = JSON.readTree(r.body());
            for (JsonNode d : page.path("documents")) {
                listed++;
                if (!issued.containsKey(d.path("id").asText())) {
                    problems++;
                }
            }
            if (page.path("count").asInt() < 1000) {
                break;
            }
        }
        for (String pdf : issued.values()) {
            HttpResponse<Void> head = http.send(HttpRequest.newBuilder(base.resolve(pdf)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.discarding());
            if (head.statusCode() != 200) {
                problems++;
            }
        }
        out.printf(Locale.ROOT, "check: %d answered 201, %d documents registered, every PDF stored: %s; %s%n", issued.size(), listed,
                problems == 0 ? "yes" : "NO", problems == 0 && listed == issued.size() ? "nothing lost or half-stored" : problems + " PROBLEMS");
        return problems + Math.abs(listed - issued.size());
    }

    private void report(Phase p) {
        out.printf(Locale.ROOT, "%-12s %3d clients %5.1f s: %6.1f PIs/s, 201 p50 %4.0f ms p99 %5.0f ms max %5.0f ms", p.name(), p.clients(), p.seconds(),
                p.perSecond(), percentile(p.createdNanos(), 50), percentile(p.createdNanos(), 99), percentile(p.createdNanos(), 100));
        if (!p.refusedNanos().isEmpty()) {
            out.printf(Locale.ROOT, "; 503 p50 %.0f ms p99 %.0f ms", percentile(p.refusedNanos(), 50), percentile(p.refusedNanos(), 99));
        }
        out.printf(Locale.ROOT, "; statuses %s", p.statuses());
        if (!p.createdNanos().isEmpty()) {
            // Server and clients share this process: an upper bound of the server's own CPU per PI.
            double cpuPerPi = p.processCpuNanos() / 1e6 / p.createdNanos().size();
            out.printf(Locale.ROOT, "; %.0f ms process CPU per PI (%.0f PIs/s on %d idle cores)", cpuPerPi,
                    Runtime.getRuntime().availableProcessors() * 1000 / cpuPerPi, Runtime.getRuntime().availableProcessors());
        }
        out.println();
        out.flush();
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = (int) Math.ceil(sorted.size() * p / 100.0) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    static String loadAverage() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/loadavg"))) {
            String[] f = lines.findFirst().orElse("").split(" ");
            return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
