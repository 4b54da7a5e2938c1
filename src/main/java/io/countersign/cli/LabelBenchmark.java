package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.gs1.Gtin;
import io.countersign.input.SkuReader;
import io.countersign.labels.batch.BatchProgress;
import io.countersign.labels.batch.BatchResult;
import io.countersign.labels.batch.LabelBatch;
import io.countersign.labels.LabelOptions;
import io.countersign.labels.SheetKind;
import io.countersign.labels.SheetRenderer;
import io.countersign.labels.SkuList;
import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * {@code countersign bench labels --skus 1000}: a whole batch as a user runs it — a generated SKU
 * list (CSV, eight distinct photos, a vector line drawing) read, every sheet rendered on all cores,
 * the combined PDF, index and manifest written — timed from reading the list to the manifest,
 * with the heap watched throughout.
 */
final class LabelBenchmark implements AutoCloseable {
    private static final int PHOTOS = 8;
    private final Path dir;

    /** What one run measured. {@code peakHeapMb} is the most heap in use at any sample; {@code peakLiveMb} the most left after a collection. */
    record Result(int skus, double wallSeconds, double skusPerSecond, long peakHeapMb, long peakLiveMb, long maxHeapMb,
                  long combinedMb, BatchResult batch) {
    }

    private LabelBenchmark(Path dir) {
        this.dir = dir;
    }

    static LabelBenchmark create(int skus) throws IOException {
        Path dir = Files.createTempDirectory("countersign-bench-labels");
        Files.createDirectories(dir.resolve("images"));
        Random random = new Random(42);
        for (int i = 0; i < PHOTOS; i++) {
            Files.write(dir.resolve("images/p" + i + ".jpg"), PiBenchmark.photo(random, i));
        }
        lineDrawing(dir.resolve("drawing.pdf"));
        StringBuilder csv = new StringBuilder("SKU,Buyer code,Description,GTIN,Sticker size (mm),Layout,Picture,PCS/CTN,Carton size (cm),"
                + "N.W. (kg),G.W. (kg),Carton GTIN,Indicator,Consignee,PO,Destination,Cartons,Line drawing,Colours\n");
        for (int i = 0; i < skus; i++) {
            String data = String.format(Locale.ROOT, "084631%05d", i);
            String gtin = data + Gtin.checkDigit(data);
            csv.append(String.format(Locale.ROOT, "BX-%05d,%d,\"Nested kraft box, set of %d, item %d\",%s,%s,%s,images/p%d.jpg,8,64x48x34,"
                            + "10.4,11.4,,1,MFH,PO-44817,LONG BEACH,150,drawing.pdf,PANTONE 469 C #6B3A1E; Black #000000%n",
                    i, 200000 + i, 3 + i % 3, i, gtin, i % 2 == 0 ? "50x30" : "60x40", i % 3 == 0 ? "side" : "standard", i % PHOTOS));
        }
        Files.writeString(dir.resolve("skus.csv"), csv, StandardCharsets.UTF_8);
        return new LabelBenchmark(dir);
    }

    Result run(SheetKind kind, int threads, BatchProgress progress) throws IOException {
        Path out = dir.resolve("out-" + kind.kind());
        HeapWatch watch = HeapWatch.start();
        long started = System.nanoTime();
        SkuList list = SkuReader.read(dir.resolve("skus.csv"));
        LabelBatch batch = new LabelBatch(new SheetRenderer("countersign " + Countersign.VERSION)::render, Countersign.VERSION);
        LabelOptions options = LabelOptions.defaults(Instant.parse("2026-08-15T00:00:00Z"));
        BatchResult r = batch.run(list, out, new LabelBatch.Settings(kind, options, threads, false), progress);
        double wall = (System.nanoTime() - started) / 1e9;
        watch.stop();
        int skus = list.rows().size();
        return new Result(skus, wall, skus / wall, watch.peakUsed() >> 20, watch.peakLive() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Files.size(r.combined()) >> 20, r);
    }

    /** A carton outline with flaps, drawn as vector lines: what a supplier's line drawing PDF holds. */
    private static void lineDrawing(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(400, 300));
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.setLineWidth(1.2f);
                c.addRect(60, 40, 200, 140);
                c.moveTo(60, 180);
                c.lineTo(130, 240);
                c.lineTo(330, 240);
                c.lineTo(260, 180);
                c.moveTo(330, 240);
                c.lineTo(330, 100);
                c.lineTo(260, 40);
                c.stroke();
            }
            doc.save(file.toFile());
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The heap's high-water marks, told by every garbage collection: use only grows between
     * collections, so the most in use is what a collection found before it started (or what is in
     * use at the end), and the live set is what it left. Polling the heap every few milliseconds
     * instead cost the benchmark a second of CPU on two cores, and could miss a peak between polls.
     */
    private static final class HeapWatch implements NotificationListener {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong live = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();

        /** Starts from a collected heap: what it left is the first live set. */
        static HeapWatch start() {
            System.gc();
            HeapWatch w = new HeapWatch();
            w.live.set(afterCollections());
            w.peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            w.emitters.forEach(e -> e.addNotificationListener(w, null, null));
            return w;
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                // the collection start() asked for may be told late; the batch itself never asks for one
                if (!"System.gc()".equals(info.getGcCause())) {
                    peak.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    live.accumulateAndGet(afterCollections(), Math::max);
                }
            }
        }

        /**
         * What the last collection of each pool left: the old generation as its last full collection left
         * it (a young collection does not look at it, so what it holds then is not all alive).
         */
        private static long afterCollections() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getCollectionUsage).filter(java.util.Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
        }

        private long heap(Map<String, MemoryUsage> pools) {
            return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        }

        void stop() {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(this);
                } catch (ListenerNotFoundException ignored) {
                    // added in start(); nothing to remove otherwise
                }
            }
        }

        long peakUsed() {
            return peak.get();
        }

        /** The most any collection left behind: the live set, what the batch really needs. */
        long peakLive() {
            return live.get();
        }
    }
}
