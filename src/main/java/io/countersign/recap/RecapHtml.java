package io.countersign.recap;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HTML body: one table row per numbered style with its thumbnail, the codes side by side, the
 * look-alike hint and the figures; then the totals and how to answer. Well-formed XHTML with inline
 * styles only (mail clients drop style sheets) and no external resource: pictures are {@code cid:}
 * references to inline parts, or {@code data:} URIs for a file opened in a browser.
 */
final class RecapHtml {
    private static final String CELL = "padding:8px;border:1px solid #b8c2cc;vertical-align:top;";
    private static final String HEAD = "padding:6px 8px;border:1px solid #1f2d3d;background:#1f2d3d;color:#ffffff;"
            + "text-align:left;font-size:12px;";
    private static final String SMALL = "font-size:11px;color:#555555;";
    private static final String NUMBER = CELL + "text-align:right;white-space:nowrap;";

    private RecapHtml() {
    }

    /** The body with every thumbnail shown through {@code source}, e.g. {@code "cid:" + contentId}. */
    static String of(RecapBody body, Function<Thumbnail, String> source) {
        Wording w = body.wording();
        Map<String, Thumbnail> byId = body.thumbnails().stream()
                .collect(Collectors.toMap(Thumbnail::contentId, t -> t));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(esc(w.messages().language())).append("\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n")
                .append("<title>").append(esc(body.subject())).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:16px;background:#ffffff;color:#1f2d3d;")
                .append("font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;\">\n");
        h.append("<p style=\"margin:0 0 12px 0;\">").append(esc(body.intro())).append("</p>\n");
        if (!body.findings().isEmpty()) {
            h.append("<div style=\"margin:0 0 12px 0;padding:8px 12px;border:2px solid #c25400;background:#fff1e0;\">\n")
                    .append("<p style=\"margin:0 0 4px 0;font-weight:bold;\">").append(esc(w.findingsTitle(body.findings().size())))
                    .append("</p>\n<ul style=\"margin:0;padding-left:20px;\">\n");
            body.findings().forEach(f -> h.append("<li>").append(esc(f)).append("</li>\n"));
            h.append("</ul>\n</div>\n");
        }
        h.append("<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;max-width:1000px;\">\n<tr>");
        for (String label : new String[] {w.label("col.no"), w.label("col.picture"), w.label("col.codes"), w.label("col.description"),
                w.label("col.quantity"), w.messages().format("col.unitprice", w.currency()), w.messages().format("col.amount", w.currency())}) {
            h.append("<th style=\"").append(HEAD).append("\">").append(esc(label)).append("</th>");
        }
        h.append("</tr>\n");
        for (RecapLine line : body.lines()) {
            row(h, w, line, line.thumbnail().map(byId::get), source);
        }
        h.append("</table>\n");
        h.append("<p style=\"margin:12px 0;font-weight:bold;\">").append(esc(w.totalQuantity(body.quantities()))).append("<br />")
                .append(esc(w.totalAmount(body.total()))).append("</p>\n");
        h.append("<div style=\"margin:16px 0;padding:10px 14px;border:2px solid #0b3d91;background:#f4f7fb;\">\n")
                .append("<p style=\"margin:0 0 6px 0;font-weight:bold;\">").append(esc(w.replyIntro())).append("</p>\n");
        w.replyExamples(body.lines().size()).forEach(e -> h.append("<div style=\"margin:0 0 2px 16px;")
                .append("font-family:Consolas,Menlo,monospace;\">").append(esc(e)).append("</div>\n"));
        h.append("<p style=\"margin:8px 0 4px 0;font-weight:bold;color:#a00000;\">").append(esc(w.undecided())).append("</p>\n")
                .append("<p style=\"margin:0;\">").append(esc(w.decideOnDocument())).append("</p>\n</div>\n");
        h.append("<p style=\"margin:16px 0 0 0;").append(SMALL).append("\">").append(esc(body.document())).append("</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, Wording w, RecapLine line, Optional<Thumbnail> picture, Function<Thumbnail, String> source) {
        h.append("<tr>\n<td style=\"").append(CELL).append("font-size:20px;font-weight:bold;text-align:center;\">")
                .append(line.number()).append("</td>\n<td style=\"").append(CELL).append("\">");
        if (picture.isPresent()) {
            Thumbnail t = picture.get();
            h.append("<img src=\"").append(esc(source.apply(t))).append("\" width=\"").append(t.width()).append("\" height=\"")
                    .append(t.height()).append("\" alt=\"").append(esc(line.styleId()))
                    .append("\" style=\"display:block;border:1px solid #b8c2cc;\" />");
        } else {
            h.append("<span style=\"").append(SMALL).append("\">").append(esc(w.label("pi.nopicture"))).append("</span>");
        }
        h.append("</td>\n<td style=\"").append(CELL).append("white-space:nowrap;\">")
                .append("<div style=\"").append(SMALL).append("\">").append(esc(w.label("codes.buyer"))).append("</div>")
                .append("<div style=\"font-size:16px;font-weight:bold;color:#0b3d91;\">").append(esc(line.buyerCode())).append("</div>")
                .append("<div style=\"margin-top:4px;").append(SMALL).append("\">").append(esc(w.label("codes.seller"))).append("</div>")
                .append("<div style=\"font-size:16px;font-weight:bold;\">").append(esc(line.styleId())).append("</div></td>\n");
        h.append("<td style=\"").append(CELL).append("\"><div style=\"font-weight:bold;\">").append(esc(line.name())).append("</div>");
        if (!line.revisionNote().isEmpty()) {
            h.append("<div style=\"margin-top:4px;color:#6a1b9a;font-weight:bold;\">").append(esc(line.revisionNote())).append("</div>");
        }
        w.sameDescription(line).ifPresent(s -> h.append("<div style=\"margin-top:6px;padding:4px 6px;border:2px solid #a00000;")
                .append("background:#ffe5e5;font-weight:bold;\">").append(esc(s)).append("</div>"));
        w.lookAlike(line).ifPresent(s -> h.append("<div style=\"margin-top:6px;padding:4px 6px;border:1px solid #c28a00;")
                .append("background:#fff3c4;\">").append(esc(s)).append("</div>"));
        h.append("</td>\n<td style=\"").append(NUMBER).append("\">").append(esc(line.quantity())).append(" ").append(esc(line.unit()))
                .append("</td>\n<td style=\"").append(NUMBER).append("\">").append(esc(line.unitPrice()))
                .append("</td>\n<td style=\"").append(NUMBER).append("font-weight:bold;\">").append(esc(line.amount()))
                .append("</td>\n</tr>\n");
    }

    /** Text and attribute values escaped for XHTML. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
