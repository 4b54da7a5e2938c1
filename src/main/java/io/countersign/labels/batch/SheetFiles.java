package io.countersign.labels.batch;

import io.countersign.core.Sha256;
import io.countersign.labels.SheetKind;
import io.countersign.labels.Sku;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a batch puts its files: one sheet per SKU under {@code sheets/}, and the combined PDF,
 * the index workbook and the manifest named after the SKU list, e.g. for {@code skus.xlsx}:
 * {@code skus-stickers.pdf}, {@code skus-stickers-index.xlsx}, {@code skus-stickers-manifest.json}.
 */
public record SheetFiles(Path dir, String base, SheetKind kind) {

    public static SheetFiles of(Path outDir, Path listFile, SheetKind kind) {
        String name = listFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return new SheetFiles(outDir, safe(dot > 0 ? name.substring(0, dot) : name), kind);
    }

    /**
     * The sheet of one SKU, relative to {@link #dir()}: {@code sheets/<sku>-sticker.pdf}. Characters a
     * file name cannot safely hold become '_', and then a short hash of the SKU keeps two SKUs
     * that differ only in those characters apart.
     */
    public String sheet(Sku sku) {
        String safe = safe(sku.sku());
        String name = safe.equals(sku.sku()) ? safe
                : safe + "~" + Sha256.hex(sku.sku().getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        return "sheets/" + name + "-" + kind.kind() + ".pdf";
    }

    public Path combined() {
        return dir.resolve(base + "-" + kind.kind() + "s.pdf");
    }

    public Path index() {
        return dir.resolve(base + "-" + kind.kind() + "s-index.xlsx");
    }

    public Path manifest() {
        return dir.resolve(base + "-" + kind.kind() + "s-manifest.json");
    }

    /** Completed SKUs, one JSON line each, appended as they finish: what a re-run after a crash starts from. */
    public Path journal() {
        return dir.resolve("." + base + "-" + kind.kind() + "s-journal.jsonl");
    }

    private static String safe(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.isEmpty() || cleaned.startsWith(".")) {
            cleaned = "_" + cleaned;
        }
        return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned.toLowerCase(Locale.ROOT).equals("con") ? "_" + cleaned : cleaned;
    }
}
