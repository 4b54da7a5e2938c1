package io.countersign.input;

import io.countersign.gs1.CartonGtin;
import io.countersign.gs1.Gtin;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes samples/labels/: the SKU list of the paper-box case (12 SKUs: kraft, white and
 * printed nested boxes, sets of 5 and 3) as CSV and XLSX with the same data, two line drawings
 * (a vector PDF of the set of 5, a PNG of the set of 3) and white-box pictures derived from
 * the kraft ones in samples/pi/images. Run from the repository root, after {@code mvn -o test-compile}:
 * {@code mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt} and
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.countersign.input.LabelSamples}.
 * SampleSkuListsTest keeps the committed CSV equal to what this writes.
 */
public final class LabelSamples {
    static final String HEADER = "SKU,Buyer code,Description,GTIN,Sticker size (mm),Layout,Picture,PCS/CTN,Carton size (cm),"
            + "N.W. (kg),G.W. (kg),Carton GTIN,Indicator,Consignee,PO,Destination,Cartons,Line drawing,Colours";
    /** Columns written as numbers in the workbook, by index in {@link #HEADER}. */
    private static final Set<Integer> NUMERIC = Set.of(7, 9, 10, 12, 16);
    private static final String SET5_PDF = "drawings/nested-box-set-of-5.pdf";
    private static final String SET3_PNG = "drawings/nested-box-set-of-3.png";
    private static final String KRAFT = "Black #000000";
    private static final String PRINTED = "PANTONE 469 C #693F23; PANTONE 7506 C #EFDBB2";

    private LabelSamples() {
    }

    /** One SKU as the supplier's sheet has it. */
    record Row12(String sku, int itemRef, String description, String sticker, String layout, String picture, int pcs,
                 String netKg, String grossKg, boolean cartonGtinGiven, int cartons, String drawing, String colours) {

        String gtin() {
            String data = "084631" + String.format("%05d", itemRef);
            return data + Gtin.checkDigit(data);
        }

        List<String> cells() {
            String carton = cartonGtinGiven ? CartonGtin.derive(Gtin.parse(gtin()), 1).digits() : "";
            return List.of(sku, Integer.toString(100_233 + itemRef - 100), description, gtin(), sticker, layout, picture,
                    Integer.toString(pcs), "64x48x34", netKg, grossKg, carton, cartonGtinGiven ? "" : "1", "MFH", "PO-44817", "LONG BEACH",
                    Integer.toString(cartons), drawing, colours);
        }
    }

    static List<Row12> rows() {
        return List.of(
                new Row12("KB-5A", 101, "Nested kraft box, set of 5, plain", "50x30", "standard", "images/kb-5a.jpg", 8, "10.4", "11.4",
                        false, 150, SET5_PDF, KRAFT),
                new Row12("KB-5B", 102, "Nested kraft box, set of 5, white dots", "50x30", "standard", "images/kb-5b.png", 8, "10.4",
                        "11.4", true, 150, SET5_PDF, KRAFT),
                new Row12("KB-3C", 103, "Nested kraft box, set of 3, plain", "50x30", "standard", "images/kb-3c.jpg", 8, "8.1", "9.1",
                        false, 188, SET3_PNG, KRAFT),
                new Row12("KB-3D", 104, "Nested kraft box, set of 3, white dots", "50x30", "standard", "", 8, "8.1", "9.1",
                        false, 100, SET3_PNG, KRAFT),
                new Row12("KW-5A", 105, "Nested white box, set of 5, plain", "50x30", "standard", "images/kw-5a.jpg", 8, "10.6", "11.6",
                        true, 75, SET5_PDF, KRAFT),
                new Row12("KW-5B", 106, "Nested white box, set of 5, black dots", "50x30", "standard", "", 8, "10.6", "11.6",
                        false, 75, SET5_PDF, KRAFT),
                new Row12("KW-3C", 107, "Nested white box, set of 3, plain", "50x30", "standard", "images/kw-3c.jpg", 8, "8.3", "9.3",
                        false, 94, SET3_PNG, KRAFT),
                new Row12("KW-3D", 108, "Nested white box, set of 3, black dots", "50x30", "barcode-only", "", 8, "8.3", "9.3",
                        false, 50, SET3_PNG, KRAFT),
                new Row12("KP-5A", 109, "Nested box, set of 5, botanical print", "60x40", "side", "", 8, "10.8", "11.8",
                        true, 63, SET5_PDF, PRINTED),
                new Row12("KP-3C", 110, "Nested box, set of 3, botanical print", "60x40", "side", "", 8, "8.4", "9.4",
                        false, 63, SET3_PNG, PRINTED),
                new Row12("KG-5A", 111, "Nested kraft box, set of 5, gold foil stars", "60x40", "standard", "", 8, "10.5", "11.5",
                        false, 50, SET5_PDF, "Black #000000; PANTONE 871 C #84754E"),
                new Row12("KG-3C", 112, "Nested kraft box, set of 3, gold foil stars", "60x40", "standard", "", 8, "8.2", "9.2",
                        false, 50, "", ""));
    }

    /** The CSV text (RFC 4180, CRLF line ends, fields with commas or semicolons quoted). */
    static String csv() {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (Row12 r : rows()) {
            List<String> quoted = r.cells().stream().map(c -> c.contains(",") || c.contains(";") || c.contains("\"")
                    ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList();
            sb.append(String.join(",", quoted)).append("\r\n");
        }
        return sb.toString();
    }

    /** The same list as a workbook: GTINs as text cells in a Text-formatted column, counts and weights as numbers. */
    static void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("SKUs");
            CellStyle bold = wb.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setBorderBottom(BorderStyle.THIN);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            String[] header = HEADER.split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(10, header[i].length() + 2) * 256);
            }
            sheet.setColumnWidth(2, 42 * 256);
            sheet.setColumnWidth(3, 15 * 256);
            sheet.setColumnWidth(11, 16 * 256);
            sheet.setColumnWidth(18, 44 * 256);
            sheet.setDefaultColumnStyle(3, text);
            sheet.setDefaultColumnStyle(11, text);
            List<Row12> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (NUMERIC.contains(c)) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                        if (c == 3 || c == 11) {
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            wb.write(out);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/labels");
        Files.createDirectories(dir.resolve("images"));
        Files.createDirectories(dir.resolve("drawings"));
        Files.writeString(dir.resolve("skus.csv"), csv(), StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("skus.xlsx"))) {
            writeXlsx(out);
        }
        Path pi = Path.of("samples/pi/images");
        for (String name : List.of("kb-5a.jpg", "kb-5b.png", "kb-3c.jpg")) {
            Files.copy(pi.resolve(name), dir.resolve("images").resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        whitened(pi.resolve("kb-5a.jpg"), dir.resolve("images/kw-5a.jpg"));
        whitened(pi.resolve("kb-3c.jpg"), dir.resolve("images/kw-3c.jpg"));
        Files.write(dir.resolve(SET5_PDF), setOfFivePdf());
        Files.write(dir.resolve(SET3_PNG), setOfThreePng());
    }

    /** The kraft photo as white board: brown turned to light grey by its brightness; the white background stays white. */
    static void whitened(Path kraft, Path white) throws IOException {
        BufferedImage in = ImageIO.read(kraft.toFile());
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                int rgb = in.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                double luma = 0.299 * r + 0.587 * g + 0.114 * b;
                int v = (int) Math.round(255 - (255 - luma) * 0.45);
                out.setRGB(x, y, new Color(v, v, Math.min(255, v + 3)).getRGB());
            }
        }
        ImageIO.write(out, "jpeg", white.toFile());
    }

    /** The outer box sizes of the set of 5 in cm: width, depth, height. */
    private static final double[][] SET_OF_5 = {{30, 22, 15}, {26, 19, 13}, {22, 16, 11}, {18, 13, 9}, {14, 10, 7}};
    private static final double[][] SET_OF_3 = {{30, 22, 15}, {26, 19, 13}, {22, 16, 11}};
    private static final double COS30 = Math.cos(Math.toRadians(30));
    private static final double SIN30 = 0.5;

    /** Isometric outlines of the lidded boxes side by side, white-filled back to front so nearer boxes hide farther ones. */
    static List<List<double[]>> outlines(double[][] boxes) {
        List<List<double[]>> strokes = new ArrayList<>();
        double[] offsets = new double[boxes.length];
        for (int i = 1; i < boxes.length; i++) {
            offsets[i] = offsets[i - 1] + boxes[i - 1][0] + 5;
        }
        for (int i = boxes.length - 1; i >= 0; i--) {
            double x0 = offsets[i];
            double w = boxes[i][0];
            double d = boxes[i][1];
            double h = boxes[i][2];
            double lid = Math.max(2.5, h * 0.28);
            double e = 0.4;
            strokes.addAll(box(x0, 0, 0, w, d, h - lid));
            strokes.addAll(box(x0 - e, -e, h - lid, w + 2 * e, d + 2 * e, lid));
        }
        return strokes;
    }

    /** min x, min y, max x, max y of all points. */
    static double[] bounds(List<List<double[]>> strokes) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[]> s : strokes) {
            for (double[] p : s) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]);
                b[3] = Math.max(b[3], p[1]);
            }
        }
        return b;
    }

    /** One box: its silhouette (first, to fill white) and its visible edges; points are isometric (x, y) in cm. */
    private static List<List<double[]>> box(double x, double y, double z, double w, double d, double h) {
        double[][] c = new double[8][];
        for (int i = 0; i < 8; i++) {
            double px = x + ((i & 1) == 0 ? 0 : w);
            double py = y + ((i & 2) == 0 ? 0 : d);
            double pz = z + ((i & 4) == 0 ? 0 : h);
            c[i] = new double[] {(px - py) * COS30, (px + py) * SIN30 + pz};
        }
        return List.of(
                List.of(c[0], c[1], c[5], c[7], c[6], c[2], c[0]),
                List.of(c[4], c[5], c[7], c[6], c[4]),
                List.of(c[0], c[4]), List.of(c[1], c[5]), List.of(c[2], c[6]),
                List.of(c[1], c[0], c[2]));
    }

    /** A single-page vector PDF: the set of 5 in outline, a dimension line and a caption in embedded Liberation Sans. */
    static byte[] setOfFivePdf() throws IOException {
        float mmPt = 72f / 25.4f;
        List<List<double[]>> strokes = outlines(SET_OF_5);
        double[] bounds = bounds(strokes);
        float scale = (float) Math.min(170 * mmPt / (bounds[2] - bounds[0]), 80 * mmPt / (bounds[3] - bounds[1]));
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(190 * mmPt, 125 * mmPt));
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = LabelSamples.class.getResourceAsStream("/io/countersign/render/fonts/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(doc, in);
            }
            float ox = 10 * mmPt - (float) bounds[0] * scale;
            float oy = 20 * mmPt - (float) bounds[1] * scale;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineJoinStyle(1);
                cs.setLineCapStyle(1);
                for (int i = 0; i < strokes.size(); i += 6) {
                    List<double[]> silhouette = strokes.get(i);
                    path(cs, silhouette, ox, oy, scale);
                    cs.setNonStrokingColor(1f, 1f, 1f);
                    cs.fill();
                    cs.setLineWidth(0.9f);
                    cs.setStrokingColor(0f, 0f, 0f);
                    for (List<double[]> edge : strokes.subList(i + 1, i + 6)) {
                        path(cs, edge, ox, oy, scale);
                        cs.stroke();
                    }
                }
                // Dimension line along the front edge of the largest box: 30 cm.
                double[] a = {0, -3};
                double[] b = {30 * COS30, 30 * SIN30 - 3};
                cs.setLineWidth(0.4f);
                path(cs, List.of(a, b), ox, oy, scale);
                cs.stroke();
                for (double[] end : List.of(a, b)) {
                    path(cs, List.of(new double[] {end[0], end[1] - 1.2}, new double[] {end[0], end[1] + 1.2}), ox, oy, scale);
                    cs.stroke();
                }
                cs.beginText();
                cs.setNonStrokingColor(0f, 0f, 0f);
                cs.setFont(font, 8);
                cs.newLineAtOffset(ox + (float) (15 * COS30) * scale + 4, oy + (float) (7.5 - 3) * scale - 12);
                cs.showText("30 cm");
                cs.endText();
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(12 * mmPt, 112 * mmPt);
                cs.showText("Nested box, set of 5 \u2014 line drawing");
                cs.setFont(font, 8);
                cs.newLineAtOffset(0, -12);
                cs.showText("30\u00d722\u00d715 / 26\u00d719\u00d713 / 22\u00d716\u00d711 / 18\u00d713\u00d79 / 14\u00d710\u00d77 cm, lids 0.4 cm over");
                cs.endText();
            }
            doc.getDocumentInformation().setTitle("Nested box, set of 5 - line drawing");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void path(PDPageContentStream cs, List<double[]> points, float ox, float oy, float scale) throws IOException {
        for (int i = 0; i < points.size(); i++) {
            float px = ox + (float) points.get(i)[0] * scale;
            float py = oy + (float) points.get(i)[1] * scale;
            if (i == 0) {
                cs.moveTo(px, py);
            } else {
                cs.lineTo(px, py);
            }
        }
    }

    /** The set of 3 as a grey-scale PNG line drawing, 1000 × 620 pixels. */
    static byte[] setOfThreePng() throws IOException {
        int width = 1000;
        int height = 620;
        List<List<double[]>> strokes = outlines(SET_OF_3);
        double[] bounds = bounds(strokes);
        double scale = Math.min((width - 80) / (bounds[2] - bounds[0]), (height - 160) / (bounds[3] - bounds[1]));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double ox = 40 - bounds[0] * scale;
        double oy = height - 40 + bounds[1] * scale;
        for (int i = 0; i < strokes.size(); i += 6) {
            g.setColor(Color.WHITE);
            g.fill(shape(strokes.get(i), ox, oy, scale));
            g.setColor(Color.BLACK);
            for (List<double[]> edge : strokes.subList(i + 1, i + 6)) {
                g.draw(shape(edge, ox, oy, scale));
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        g.drawString("Nested box, set of 3 \u2014 line drawing", 40, 50);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString("30\u00d722\u00d715 / 26\u00d719\u00d713 / 22\u00d716\u00d711 cm, lids 0.4 cm over", 40, 84);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Path2D shape(List<double[]> points, double ox, double oy, double scale) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            double px = ox + points.get(i)[0] * scale;
            double py = oy - points.get(i)[1] * scale;
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        return p;
    }
}
