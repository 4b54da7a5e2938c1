package io.countersign.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The PI benchmark's workload ({@link PiBenchmark}) as a client posts it: the same styles, texts,
 * barcodes and 800×600 photos, written as YAML with the photos as files named in it.
 */
final class BenchPiInput {
    private final int styles;
    private final Map<String, byte[]> photos = new LinkedHashMap<>();

    BenchPiInput(int styles) {
        this.styles = styles;
        Random random = new Random(42);
        try {
            for (int i = 0; i < styles; i++) {
                photos.put("images/photo-" + i + ".jpg", PiBenchmark.photo(random, i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Relative path → JPEG bytes. */
    Map<String, byte[]> photos() {
        return photos;
    }

    /** The PI as YAML under {@code number}. */
    String yaml(String number) {
        StringBuilder y = new StringBuilder();
        y.append("number: \"").append(number).append("\"\nrevision: 1\nissueDate: 2026-08-15\nvalidUntil: 2026-09-14\nbuyerPo: \"PO-44817\"\n")
                .append("currency: USD\nincoterms: { rule: FOB, place: Shenzhen }\npaymentTerms: \"30% deposit, 70% against B/L copy\"\n")
                .append("shipmentDate: 2026-10-20\nportOfLoading: \"Shenzhen, China\"\nportOfDischarge: \"Los Angeles, USA\"\n")
                .append("seller:\n  name: \"Dongguan Heng Xin Paper Products Co., Ltd. 东莞恒信纸品有限公司\"\n")
                .append("  address: [\"No. 8 Industrial Road, Houjie\", \"Dongguan, Guangdong, China\"]\n")
                .append("  contact: { person: \"Li Wei\", email: \"sales@example.cn\", phone: \"+86 769 0000 0000\" }\n")
                .append("buyer:\n  name: \"Harbor Home Goods Inc.\"\n  address: [\"1200 Harbor Blvd\", \"Long Beach, CA 90802, USA\"]\n")
                .append("bank:\n  beneficiary: \"Dongguan Heng Xin Paper Products Co., Ltd.\"\n  bankName: \"Bank of China Dongguan Branch\"\n")
                .append("  account: \"000000000000\"\n  swift: BKCHCNBJ\n")
                .append("remarks: [\"Colours may vary slightly from the pictures. 颜色以实物为准。\"]\nstyles:\n");
        for (int i = 0; i < styles; i++) {
            String data = String.format("0%05d%05d", 12345, i);
            String product = PiBenchmark.PRODUCTS[i % PiBenchmark.PRODUCTS.length] + (i >= PiBenchmark.PRODUCTS.length ? " (large)" : "");
            y.append("  - id: KB-").append(100 + i).append("\n    buyerCode: \"B").append(700100 + i).append("\"\n    name: \"").append(product)
                    .append("\"\n    attributes:\n      set: \"").append(3 + i % 3).append(" pcs\"\n      material: \"")
                    .append(PiBenchmark.MATERIALS[i % PiBenchmark.MATERIALS.length]).append("\"\n      print: \"")
                    .append(i % 2 == 0 ? "none" : "1 colour logo").append("\"\n      size: \"").append(20 + i).append(" × 15 × 10 cm\"\n")
                    .append("    images: [images/photo-").append(i).append(".jpg]\n    gtin: \"").append(data)
                    .append(io.countersign.gs1.Gtin.checkDigit(data)).append("\"\n    quantity: ").append(1000 + 100 * i)
                    .append("\n    unit: sets\n    unitPrice: 2.35\n")
                    .append("    packing: { unitsPerCarton: 20, carton: { length: 60, width: 40, height: 45 }, netWeightKg: 9.5, grossWeightKg: 10.2 }\n");
        }
        return y.toString();
    }
}
