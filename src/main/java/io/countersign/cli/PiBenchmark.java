package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.core.Contact;
import io.countersign.core.Party;
import io.countersign.core.Sha256;
import io.countersign.gs1.Gtin;
import io.countersign.pi.Attribute;
import io.countersign.pi.BankDetails;
import io.countersign.pi.CartonSize;
import io.countersign.pi.Incoterms;
import io.countersign.pi.Packing;
import io.countersign.pi.ProductImage;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The benchmark workload: a PI built in memory (no parsing in the loop) with distinct 800×600
 * JPEG photos written to a temp folder, UPC-A codes, Chinese and Latin text. Measures whole
 * renders to a discarding stream.
 */
final class PiBenchmark implements AutoCloseable {

    static final String[] PRODUCTS = {"Nested kraft box 牛皮纸套盒", "Gift box with lid 天地盖礼盒", "Mailer box 飞机盒",
        "Shoe box 鞋盒", "Drawer box 抽屉盒", "Magnetic gift box 磁铁礼盒", "Cylinder tube 圆筒", "Wine box 酒盒",
        "Folding carton 折叠纸盒", "Window box 开窗盒"};
    static final String[] MATERIALS = {"250 g kraft 牛皮纸", "350 g white card 白卡纸", "1200 g grey board 灰板", "E-flute corrugated 瓦楞纸"};

    /** Wall-clock median and p90 per document, throughput, and the median CPU time of the rendering thread. */
    record Result(double medianMs, double p90Ms, double documentsPerSecond, double medianCpuMs) {
    }

    private final Path dir;
    private final ProformaInvoice pi;
    private final int sampleSize;

    private PiBenchmark(Path dir, ProformaInvoice pi) {
        this.dir = dir;
        this.pi = pi;
        ByteArrayOutputStream sample = new ByteArrayOutputStream();
        Countersign.pi(pi).toPdf(sample);
        this.sampleSize = sample.size();
    }

    static PiBenchmark create(int styles) throws IOException {
        Path dir = Files.createTempDirectory("countersign-bench");
        Random random = new Random(42);
        List<Style> list = new ArrayList<>();
        for (int i = 0; i < styles; i++) {
            Path photo = dir.resolve("photo-" + i + ".jpg");
            byte[] jpeg = photo(random, i);
            Files.write(photo, jpeg);
            String data = String.format("0%05d%05d", 12345, i);
            Gtin gtin = new Gtin(data + Gtin.checkDigit(data));
            ProductImage img = new ProductImage(photo, ProductImage.Format.JPEG, 800, 600, 1, Sha256.hex(jpeg));
            String product = PRODUCTS[i % PRODUCTS.length];
            list.add(new Style("KB-" + (100 + i), "B" + (700100 + i), product + (i >= PRODUCTS.length ? " (large)" : ""),
                    List.of(new Attribute("set", (3 + i % 3) + " pcs"), new Attribute("material", MATERIALS[i % MATERIALS.length]),
                            new Attribute("print", i % 2 == 0 ? "none" : "1 colour logo"), new Attribute("size", (20 + i) + " × 15 × 10 cm")),
                    List.of(img), gtin, BigDecimal.valueOf(1000 + 100L * i), "sets", new BigDecimal("2.35"),
                    Optional.of(new Packing(20, new CartonSize(new BigDecimal("60"), new BigDecimal("40"), new BigDecimal("45")),
                            new BigDecimal("9.5"), new BigDecimal("10.2")))));
        }
        Party seller = new Party("Dongguan Heng Xin Paper Products Co., Ltd. 东莞恒信纸品有限公司",
                List.of("No. 8 Industrial Road, Houjie", "Dongguan, Guangdong, China"), new Contact("Li Wei", "sales@example.cn", "+86 769 0000 0000"));
        Party buyer = new Party("Harbor Home Goods Inc.", List.of("1200 Harbor Blvd", "Long Beach, CA 90802, USA"), Contact.NONE);
        ProformaInvoice pi = new ProformaInvoice("BENCH-0001", 1, LocalDate.of(2026, 8, 15), Optional.of(LocalDate.of(2026, 9, 14)), "PO-44817", "USD",
                new Incoterms(Incoterms.Rule.FOB, "Shenzhen"), "30% deposit, 70% against B/L copy", Optional.of(LocalDate.of(2026, 10, 20)),
                "Shenzhen, China", "Los Angeles, USA", seller, buyer,
                Optional.of(new BankDetails("Dongguan Heng Xin Paper Products Co., Ltd.", "Bank of China Dongguan Branch", "", "000000000000", "BKCHCNBJ")),
                List.of("Colours may vary slightly from the pictures. 颜色以实物为准。"), Optional.empty(), list, List.of());
        return new PiBenchmark(dir, pi);
    }

    Object renderTo(OutputStream out) {
        return Countersign.pi(pi).toPdf(out);
    }

    int sampleSize() {
        return sampleSize;
    }

    void warmUp(int documents) {
        for (int i = 0; i < documents; i++) {
            Countersign.pi(pi).toPdf(OutputStream.nullOutputStream());
        }
    }

    Result run(int threads, int documents) throws Exception {
        long[] nanos = new long[documents];
        long[] cpu = new long[documents];
        java.lang.management.ThreadMXBean threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    long c = threadBean.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    Countersign.pi(pi).toPdf(OutputStream.nullOutputStream());
                    nanos[n] = System.nanoTime() - t;
                    cpu[n] = threadBean.getCurrentThreadCpuTime() - c;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            long[] cpuSorted = cpu.clone();
            Arrays.sort(cpuSorted);
            return new Result(sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.9) - 1] / 1e6, documents / seconds,
                    cpuSorted[cpuSorted.length / 2] / 1e6);
        } finally {
            pool.shutdown();
        }
    }

    /** A photo-like picture (gradients, noise, a box shape) so JPEG sizes are realistic, not flat colour. */
    static byte[] photo(Random random, int i) throws IOException {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(235, 232, 225), 800, 600, new Color(190, 185, 175)));
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(168 + i % 40, 120 + i % 30, 72));
        g.fillRect(180 + i * 3, 150, 440, 300);
        g.setColor(new Color(120, 84, 48));
        g.drawRect(180 + i * 3, 150, 440, 300);
        for (int k = 0; k < 6000; k++) {
            int x = random.nextInt(800);
            int y = random.nextInt(600);
            img.setRGB(x, y, img.getRGB(x, y) ^ (random.nextInt(0x20) * 0x010101));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
