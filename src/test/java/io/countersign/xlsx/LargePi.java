package io.countersign.xlsx;

import io.countersign.pi.ProductImage;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated PI of many styles, each with one of the paper-boxes sample's three photos. Run as a
 * program ({@code LargePi STYLES FILE}) it writes the workbook to FILE, so a test can do that in a
 * JVM with a small heap.
 */
final class LargePi {
    private LargePi() {
    }

    static ProformaInvoice of(int count) {
        List<ProductImage> shared = TestPis.paperBoxes().styles().stream().map(s -> s.images().get(0)).toList();
        List<Style> styles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            styles.add(TestPis.style(i, Integer.toString(100 + i % 900), "pcs", "1." + String.format("%02d", i % 100),
                    List.of(shared.get(i % 3))));
        }
        return TestPis.with("USD", styles);
    }

    public static void main(String[] args) throws Exception {
        ProformaInvoice pi = of(Integer.parseInt(args[0]));
        long started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            PiWorkbook.write(pi, WrittenWorkbook.options(), out);
        }
        System.out.println((System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
