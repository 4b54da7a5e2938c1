package io.countersign.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheets pass through the combined PDF without staying in memory: 330 sheets of ~216 KB (71 MB)
 * are combined in a JVM with a 32 MB heap, and what the heap holds after sheet 300 is hardly
 * more than after sheet 100 — an offset per object, a few ints per page and field, and the
 * points of the identity, about a kilobyte or two per sheet; the pages are gone.
 */
class CombinedPdfMemoryTest {
    private static final int SHEETS = 330;
    private static final int CHECKPOINT = 100;
    private static final String HEAP = "-Xmx32m";
    /** Retained per sheet: 8 bytes per object (~100 a sheet) plus the sheet's 3 points in the identity and the duplicate check. */
    private static final long MAX_BYTES_PER_SHEET = 4096;

    @Test
    void theHeapAfterThreeHundredSheetsIsAboutTheHeapAfterOneHundred(@TempDir Path dir) throws Exception {
        Path sheet = TestSheets.pi("paper-boxes.yaml", "M", dir);
        Path copies = dir.resolve("copies");
        TestSheets.copies(Files.readAllBytes(sheet), SHEETS, copies);
        long input;
        try (Stream<Path> files = Files.list(copies)) {
            input = files.mapToLong(p -> p.toFile().length()).sum();
        }
        Path out = dir.resolve("combined.pdf");
        Path log = dir.resolve("log.txt");

        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), CombineMany.class.getName(),
                copies.toString(), Integer.toString(CHECKPOINT), out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(java.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(java.exitValue()).as(output).isZero();
        Map<String, String> m = measurements(output);
        long growth = Long.parseLong(m.get("usedAtEnd")) - Long.parseLong(m.get("usedAtCheckpoint"));
        System.out.printf("[combined] %d sheets (%,d bytes) in %s: used after GC %,d at %d sheets, %,d at %d (%,d bytes a sheet);"
                        + " peak %,d; %s ms a sheet, finish %s ms; output %,d bytes%n", SHEETS, input, HEAP,
                Long.parseLong(m.get("usedAtCheckpoint")), CHECKPOINT, Long.parseLong(m.get("usedAtEnd")), SHEETS,
                growth / (SHEETS - CHECKPOINT), Long.parseLong(m.get("peakUsed")), m.get("msPerSheet"), m.get("finishMs"), Files.size(out));

        assertThat(input).as("the sheets together are twice the heap").isGreaterThan(2L * 32 * 1024 * 1024);
        assertThat(growth / (SHEETS - CHECKPOINT)).as("bytes kept per sheet").isLessThan(MAX_BYTES_PER_SHEET);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3 * SHEETS);
            assertThat(doc.getDocumentCatalog().getAcroForm().getField("signoff.C" + SHEETS + "-M-KB-3C")).isNotNull();
        }
    }

    private static Map<String, String> measurements(String output) {
        Map<String, String> m = new HashMap<>();
        String line = output.lines().filter(l -> l.startsWith("sheets=")).findFirst().orElseThrow(() -> new AssertionError(output));
        for (String pair : line.split(" ")) {
            String[] kv = pair.split("=", 2);
            m.put(kv[0], kv[1]);
        }
        return m;
    }
}
