package io.countersign.labels.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.cli.Main;
import io.countersign.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code countersign labels} on the sample SKU list as a user runs it: bad rows listed while the
 * good ones render, a re-run that renders only what changed, and a run killed half-way that the
 * next run finishes.
 */
class LabelBatchTest {
    private static final Path SAMPLES = Path.of("samples", "labels");
    private static final String ISSUED = "--issued-at=2026-08-15";

    @TempDir
    Path dir;

    @Test
    void badRowsAreListedWithRowAndColumnWhileTheGoodRowsAreRendered() throws IOException {
        Path list = listWith(lines -> {
            lines.set(2, lines.get(2).replace("084631001025", "084631001026"));        // KB-5B: wrong check digit
            lines.set(3, lines.get(3).replace("images/kb-3c.jpg", "images/missing.jpg")); // KB-3C: no such picture
        });

        CliRun run = CliRun.of("labels", list.toString(), "-o", dir.resolve("out").toString(), ISSUED);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("skus.csv row 3 (KB-5B), column GTIN:").contains("skus.csv row 4 (KB-3C), column Picture:");
        assertThat(run.out()).contains("10 sheets rendered, 0 unchanged since the last run, 2 bad rows, 0 failed");
        JsonNode manifest = manifest();
        assertThat(manifest.path("counts").path("rendered").asInt()).isEqualTo(10);
        assertThat(manifest.path("badRows")).extracting(n -> n.path("row").asInt()).containsExactly(3, 4);
        assertThat(manifest.path("skus")).hasSize(10);
        try (PDDocument combined = Loader.loadPDF(dir.resolve("out/skus-stickers.pdf").toFile())) {
            assertThat(combined.getNumberOfPages()).isEqualTo(10);
            assertThat(combined.getDocumentCatalog().getAcroForm().getField("signoff.KB-5A_barcode")).isNotNull();
        }
        assertThat(dir.resolve("out/skus-stickers-index.xlsx")).isRegularFile();
    }

    @Test
    void aReRunRendersOnlyTheChangedSkuAndAnUnchangedListGivesTheSameFiles() throws IOException {
        Path list = listWith(lines -> { });
        String out = dir.resolve("out").toString();
        assertThat(CliRun.of("labels", list.toString(), "-o", out, ISSUED).exit()).isZero();
        byte[] combined = Files.readAllBytes(dir.resolve("out/skus-stickers.pdf"));
        byte[] index = Files.readAllBytes(dir.resolve("out/skus-stickers-index.xlsx"));

        CliRun again = CliRun.of("labels", list.toString(), "-o", out);

        assertThat(again.out()).contains("0 sheets rendered, 12 unchanged since the last run");
        assertThat(Files.readAllBytes(dir.resolve("out/skus-stickers.pdf"))).as("issue time kept from the manifest").isEqualTo(combined);
        assertThat(Files.readAllBytes(dir.resolve("out/skus-stickers-index.xlsx"))).isEqualTo(index);

        listWith(lines -> lines.set(1, lines.get(1).replace("set of 5, plain", "set of 5, plain kraft")));
        CliRun changed = CliRun.of("labels", list.toString(), "-o", out);

        assertThat(changed.out()).contains("1 sheets rendered, 11 unchanged since the last run");
        assertThat(manifest().path("skus").get(0).path("status").asText()).isEqualTo("rendered");
        assertThat(manifest().path("skus").get(1).path("status").asText()).isEqualTo("unchanged");
    }

    @Test
    void aRunKilledHalfWayIsFinishedByTheNextRunWithNoHalfWrittenFile() throws Exception {
        Path list = listWith(lines -> { });
        Path out = dir.resolve("out");
        Path journal = out.resolve(".skus-stickers-journal.jsonl");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "labels", list.toString(), "-o", out.toString(), ISSUED, "--threads", "1"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (journalLines(journal) < 4 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int doneBeforeKill = journalLines(journal);
        assertThat(doneBeforeKill).as("the child was killed after some sheets, before the end").isBetween(4, 11);
        assertThat(out.resolve("skus-stickers.pdf")).doesNotExist();

        CliRun resumed = CliRun.of("labels", list.toString(), "-o", out.toString(), ISSUED);

        assertThat(resumed.exit()).isZero();
        assertThat(resumed.out()).contains((12 - doneBeforeKill) + " sheets rendered, " + doneBeforeKill + " unchanged since the last run");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        try (PDDocument combined = Loader.loadPDF(out.resolve("skus-stickers.pdf").toFile())) {
            assertThat(combined.getNumberOfPages()).isEqualTo(12);
        }
    }

    @Test
    void aListWhoseEverySheetFailsToRenderNamesEachRowAndWritesNothing() throws IOException {
        Path list = listWith(lines -> {
            lines.set(2, lines.get(2).replace("084631001025", "084631001026")); // one bad row too
        });
        SheetMaker failing = (sku, kind, options) -> {
            throw new io.countersign.CountersignException("the sticker is too small for " + sku.sku() + "'s barcode");
        };
        Path out = dir.resolve("out");
        LabelBatch batch = new LabelBatch(failing, "test");

        assertThatThrownBy(() -> batch.run(io.countersign.input.SkuReader.read(list), out, new LabelBatch.Settings(
                io.countersign.labels.SheetKind.STICKER, io.countersign.labels.LabelOptions.defaults(java.time.Instant.parse("2026-08-15T00:00:00Z")),
                2, false), BatchProgress.SILENT))
                .isInstanceOfSatisfying(NothingRenderedException.class, e -> {
                    assertThat(e.failures()).hasSize(11).allMatch(f -> f.message().contains("too small"));
                    assertThat(e.badRows()).extracting(r -> r.row()).containsOnly(3);
                    assertThat(e.getMessage()).startsWith("skus.csv: no sheet could be made (1 bad row; row 2 (KB-5A): the sticker is too small");
                });
        assertThat(out.resolve("skus-stickers.pdf")).doesNotExist();
        assertThat(out.resolve("skus-stickers-index.xlsx")).doesNotExist();
        assertThat(out.resolve("skus-stickers-manifest.json")).doesNotExist();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> n.equals("sheets") || n.startsWith("."));
        }
    }

    private static int journalLines(Path journal) throws IOException {
        if (!Files.isRegularFile(journal)) {
            return 0;
        }
        return (int) Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(l -> l.endsWith("}")).count();
    }

    private JsonNode manifest() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("out/skus-stickers-manifest.json").toFile());
    }

    /** The sample list copied with its pictures and drawings, its lines (0 = header) edited by {@code edit}. */
    private Path listWith(java.util.function.Consumer<List<String>> edit) throws IOException {
        Path copy = dir.resolve("list");
        if (!Files.isDirectory(copy)) {
            try (Stream<Path> files = Files.walk(SAMPLES)) {
                for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path target = copy.resolve(SAMPLES.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
        Path csv = copy.resolve("skus.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve("skus.csv"), StandardCharsets.UTF_8));
        edit.accept(lines);
        Files.write(csv, lines, StandardCharsets.UTF_8);
        return csv;
    }
}
