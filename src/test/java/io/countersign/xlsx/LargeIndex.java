package io.countersign.xlsx;

import io.countersign.labels.SheetKind;
import io.countersign.labels.Sku;
import io.countersign.testing.TestSkus;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the index of a generated batch, SKUs made one at a time as they are added, so a test can
 * do it in a JVM with a small heap: {@code LargeIndex KIND SKUS PICTURES FILE} (KIND sticker or
 * carton, PICTURES true or false; with pictures every SKU has one of the three sample photos).
 * Prints the time taken and the peak heap use.
 */
final class LargeIndex {
    private LargeIndex() {
    }

    public static void main(String[] args) throws Exception {
        SheetKind kind = SheetKind.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        int count = Integer.parseInt(args[1]);
        boolean pictures = Boolean.parseBoolean(args[2]);
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[3])));
             LabelIndexWorkbook index = LabelIndexWorkbook.start(TestSkus.index(kind, "en", pictures), out)) {
            for (int n = 1; n <= count; n++) {
                Sku sku = pictures ? TestSkus.withPicture(n) : TestSkus.sku(n);
                index.add(TestSkus.entry(sku, kind));
            }
            index.finish();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println((System.nanoTime() - started) / 1_000_000 + " ms, peak heap " + peak / (1024 * 1024) + " MB");
    }
}
