package io.countersign.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Label batches as clients upload them, and waiting for their jobs. */
public final class Batches {
    private Batches() {
    }

    /** samples/labels as a zip: the list at the top, pictures and drawings in their folders. */
    public static byte[] sampleZip() {
        Path dir = Path.of("samples/labels");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".xlsx")).sorted().toList()) {
                ZipEntry e = new ZipEntry(dir.relativize(p).toString().replace('\\', '/'));
                e.setTime(0); // the same files zip to the same bytes, as a client re-sending its upload
                zip.putNextEntry(e);
                Files.copy(p, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip of the given entries (name → text). */
    public static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Polls the job until it is done or failed. */
    public static JsonNode await(TestServer server, String jobHref) {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode job = server.get(jobHref).json();
            String state = job.path("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                return job;
            }
            sleep(200);
        }
        throw new AssertionError("job " + jobHref + " did not finish in 5 minutes");
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void assertZip(byte[] zip) {
        assertThat(zip).startsWith('P', 'K');
    }
}
