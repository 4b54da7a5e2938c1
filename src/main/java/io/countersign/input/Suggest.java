package io.countersign.input;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean …?" by edit distance, ignoring case, counting a swap of two neighbours as one edit. */
final class Suggest {
    /** Words people write for a field that has another name here. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("qty", "quantity"), Map.entry("price", "unitPrice"), Map.entry("upc", "gtin"),
            Map.entry("ean", "gtin"), Map.entry("barcode", "gtin"), Map.entry("image", "images"),
            Map.entry("picture", "images"), Map.entry("pictures", "images"), Map.entry("photo", "images"),
            Map.entry("photos", "images"), Map.entry("incoterm", "incoterms"), Map.entry("terms", "paymentTerms"),
            Map.entry("date", "issueDate"), Map.entry("pol", "portOfLoading"), Map.entry("pod", "portOfDischarge"),
            Map.entry("ponumber", "buyerPo"), Map.entry("items", "styles"), Map.entry("lines", "styles"));

    private Suggest() {
    }

    /** The candidate closest to {@code word}, when it is close enough to be a likely typo. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String synonym = SYNONYMS.get(w.replace("_", "").replace("-", ""));
        if (synonym != null && candidates.contains(synonym)) {
            return Optional.of(synonym);
        }
        int limit = Math.max(1, Math.min(3, w.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Math.max(a.length(), b.length());
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
