package io.countersign.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand SKUs stream through an index in a heap where POI's in-memory workbook of the same
 * 30,000 rows would not fit: rows leave memory behind a window, the points for the identity sheet
 * wait in a temporary file. The package is read back as zip entries, not as a workbook, because
 * reading 30,000 rows with POI takes more time and memory than writing them.
 */
class LabelIndexLargeTest {
    private static final int SKUS = 10_000;
    private static final String HEAP = "-Xmx64m";

    @Test
    void writesTenThousandStickerSkusInASmallHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("index.xlsx");
        Path log = dir.resolve("log.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), LargeIndex.class.getName(),
                "sticker", Integer.toString(SKUS), "true", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(java.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(java.exitValue()).as(output).isZero();
        System.out.printf("[xlsx] index of %d SKUs × 3 elements in %s: %,d bytes, %s%n", SKUS, HEAP, Files.size(file), output.strip());

        Map<String, String> parts = parts(file, "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        String index = parts.get("xl/worksheets/sheet1.xml");
        String identity = parts.get("xl/worksheets/sheet2.xml");
        assertThat(count(index, "<c r=\"K\\d+\"[^>]*><is><t>KB-\\d+_(text|barcode|size)</t>")).as("point ids in the hidden column").isEqualTo(3 * SKUS);
        assertThat(count(identity, "<t>KB-\\d+_(text|barcode|size)</t>")).as("points on the identity sheet").isEqualTo(3 * SKUS);
        assertThat(identity).contains("<t>KB-10000_size</t>").contains("<t>Index!I" + (4 + 3 * SKUS) + "</t>");
        assertThat(count(identity, "<t>[0-9a-f]{64}</t>")).as("point and row hashes").isGreaterThanOrEqualTo(2 * 3 * SKUS);
    }

    private static Map<String, String> parts(Path file, String... names) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (java.util.List.of(names).contains(e.getName())) {
                    parts.put(e.getName(), new String(((InputStream) zip).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
