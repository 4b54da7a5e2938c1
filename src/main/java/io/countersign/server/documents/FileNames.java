package io.countersign.server.documents;

/** File names the server gives outputs: what the CLI would write, made safe for a URL path segment and a download. */
public final class FileNames {
    private FileNames() {
    }

    /** Characters other than letters, digits, '.', '_' and '-' become '_' (as the CLI names its files). */
    public static String safe(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.isEmpty() || cleaned.startsWith(".")) {
            cleaned = "_" + cleaned;
        }
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }

    /** {@code 2026-0815-r1.pdf} → {@code 2026-0815-r1}. */
    public static String base(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public static String contentType(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (lower.endsWith(".eml")) {
            return "message/rfc822";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        if (lower.endsWith(".zip")) {
            return "application/zip";
        }
        return "application/octet-stream";
    }
}
