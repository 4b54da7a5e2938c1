package io.countersign.labels.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.countersign.CountersignException;
import io.countersign.core.AtomicFiles;
import io.countersign.signoff.DocumentIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SKUs a batch has finished, one JSON line each, appended (and flushed) as each sheet is
 * safely on disk. After a crash or Ctrl-C the next run reads it to skip what is done; a torn last
 * line is ignored. At the end of a run it is rewritten with the current entries only.
 */
final class BatchJournal implements AutoCloseable {
    /** One finished sheet: what it was made from, where it is, its bytes' hash, its identity and what each element shows. */
    record Done(String sku, String fingerprint, String file, String sha256, DocumentIdentity identity, List<String> shows) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final OutputStream out;

    private BatchJournal(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /** The entries of an earlier run, by SKU (the last line for a SKU wins); empty when there was none. */
    static Map<String, Done> read(Path journal) {
        Map<String, Done> done = new LinkedHashMap<>();
        if (!Files.isRegularFile(journal)) {
            return done;
        }
        try {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                try {
                    Done d = JSON.readValue(line, Done.class);
                    if (d.sku() != null && d.identity() != null) {
                        done.put(d.sku(), d);
                    }
                } catch (IOException torn) {
                    // a line cut short by a crash: that SKU is simply rendered again
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return done;
    }

    /** Opens the journal for appending, starting from {@code kept}: entries of SKUs no longer wanted are dropped. */
    static BatchJournal open(Path journal, Collection<Done> kept) {
        write(journal, List.copyOf(kept));
        try {
            return new BatchJournal(journal, Files.newOutputStream(journal, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new CountersignException("cannot open " + journal + ": " + e.getMessage(), e);
        }
    }

    synchronized void append(Done done) {
        try {
            out.write(JSON.writeValueAsBytes(done));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new CountersignException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path journal, List<Done> entries) {
        AtomicFiles.write(journal, o -> {
            for (Done d : entries) {
                o.write(JSON.writeValueAsBytes(d));
                o.write('\n');
            }
            return null;
        });
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new CountersignException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
