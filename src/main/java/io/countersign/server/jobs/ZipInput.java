package io.countersign.server.jobs;

import io.countersign.CountersignException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded batch (the SKU list with its pictures and line drawings) into a folder, refusing
 * what could escape it or fill the disk: absolute names, {@code ..}, more than {@link #MAX_ENTRIES}
 * entries or {@link #MAX_UNPACKED_BYTES} unpacked. Finds the one SKU list at its top level.
 */
public final class ZipInput {
    public static final int MAX_ENTRIES = 20_000;
    public static final long MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;

    /** The upload is not a usable batch; the message says why and what to send. */
    public static final class BadUploadException extends CountersignException {
        public BadUploadException(String message) {
            super(message);
        }
    }

    private ZipInput() {
    }

    /** Unpacks {@code zip} into {@code dir} and returns the SKU list's name (relative to {@code dir}). */
    public static String unpack(Path zip, Path dir) {
        List<String> lists = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new BadUploadException("the ZIP file has more than " + MAX_ENTRIES + " entries");
                }
                String name = e.getName().replace('\\', '/');
                Path target = dir.resolve(name).normalize();
                if (name.startsWith("/") || name.matches("[A-Za-z]:.*") || !target.startsWith(dir) || target.equals(dir)) {
                    throw new BadUploadException("the ZIP entry \"" + name + "\" would be stored outside the batch's folder");
                }
                if (name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store")) {
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw new BadUploadException("the ZIP file unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (!name.contains("/") && isList(name)) {
                    lists.add(name);
                }
            }
        } catch (ZipException e) {
            throw new BadUploadException("the upload is not a readable ZIP file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new CountersignException("cannot unpack the upload: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new BadUploadException("the upload is not a ZIP file, or an empty one; send the SKU list and its pictures as a ZIP file");
        }
        if (lists.size() != 1) {
            throw new BadUploadException(lists.isEmpty()
                    ? "the ZIP file has no SKU list (.csv, .xlsx, .yaml or .yml) at its top level; put the list there and the pictures in folders"
                    : "the ZIP file has " + lists.size() + " SKU lists at its top level (" + String.join(", ", lists) + "); send one per batch");
        }
        return lists.get(0);
    }

    public static boolean isList(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
