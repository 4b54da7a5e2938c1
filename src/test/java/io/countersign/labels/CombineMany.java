package io.countersign.labels;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Combines every PDF in a folder (by name) and prints the heap in use after a full GC once
 * {@code CHECKPOINT} sheets are in and again at the end, the peak heap, and the time per sheet.
 * Run as {@code CombineMany DIR CHECKPOINT OUT} in a JVM with a small heap; {@link CombinedPdfMemoryTest} does.
 * {@code CombineMany generate SHEET COUNT DIR} writes {@code COUNT} copies of a sheet with their own points.
 */
final class CombineMany {
    private CombineMany() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            TestSheets.copies(Files.readAllBytes(Path.of(args[1])), Integer.parseInt(args[2]), Path.of(args[3]));
            return;
        }
        Path dir = Path.of(args[0]);
        int checkpoint = Integer.parseInt(args[1]);
        List<Path> sheets;
        try (Stream<Path> files = Files.list(dir)) {
            sheets = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        long atCheckpoint = 0;
        long started = System.nanoTime();
        long afterCheckpoint = 0;
        try (CombinedPdfWriter writer = new CombinedPdfWriter(Path.of(args[2]), "Combined", Instant.parse("2026-08-15T09:30:00Z"))) {
            for (int i = 0; i < sheets.size(); i++) {
                writer.append(sheets.get(i));
                if (i + 1 == checkpoint) {
                    atCheckpoint = usedAfterGc();
                    afterCheckpoint = System.nanoTime();
                }
            }
            long atEnd = usedAfterGc();
            long appended = System.nanoTime();
            writer.finish("combined", "sticker", 1, "0".repeat(64));
            long finished = System.nanoTime();
            System.out.printf("sheets=%d checkpoint=%d usedAtCheckpoint=%d usedAtEnd=%d peakUsed=%d msPerSheet=%.2f"
                            + " msPerSheetAfterCheckpoint=%.2f finishMs=%d%n",
                    sheets.size(), checkpoint, atCheckpoint, atEnd, peakUsed(),
                    (appended - started) / 1e6 / sheets.size(),
                    (appended - afterCheckpoint) / 1e6 / (sheets.size() - checkpoint), (finished - appended) / 1_000_000);
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of the heap pools' peaks: an upper bound of what the heap ever held at once. */
    private static long peakUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
    }
}
