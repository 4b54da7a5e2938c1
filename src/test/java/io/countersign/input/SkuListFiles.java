package io.countersign.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * SKU lists written on the fly for the tests, from one table (header + rows of text) as CSV,
 * XLSX (made with POI, never committed) or YAML, with the pictures and drawings they name.
 */
final class SkuListFiles {
    static final List<String> HEADER = List.of("SKU", "Buyer code", "Description", "GTIN", "Sticker size", "Layout", "Picture",
            "PCS/CTN", "Carton size", "N.W.", "G.W.", "Carton GTIN", "Indicator", "Consignee", "PO", "Destination", "Cartons",
            "Line drawing", "Colours");

    private SkuListFiles() {
    }

    /** A good row; the GTINs are valid UPC-As of the sample company prefix. */
    static List<String> row(String sku, String buyerCode, String gtin) {
        return new ArrayList<>(List.of(sku, buyerCode, "Nested kraft box, set of 5", gtin, "50x30", "standard", "images/a.jpg",
                "8", "64x48x34", "10.4", "11.4", "", "1", "MFH", "PO-44817", "LONG BEACH", "150", "drawings/box.pdf",
                "PANTONE 469 C #693F23; Black #000000"));
    }

    static List<List<String>> threeGoodRows() {
        return List.of(row("KB-5A", "100234", "084631001018"), row("KB-5B", "100235", "084631001025"),
                row("KB-3C", "100236", "084631001032"));
    }

    /** {@code row} with the value under {@code column} (a header of {@link #HEADER}) replaced. */
    static List<String> with(List<String> row, String column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(HEADER.indexOf(column), value);
        return copy;
    }

    /** Writes the pictures and drawings the rows name into {@code dir}. */
    static Path withFiles(Path dir) {
        try {
            Files.createDirectories(dir.resolve("images"));
            Files.createDirectories(dir.resolve("drawings"));
            Files.write(dir.resolve("images/a.jpg"), TestImages.jpeg(40, 30));
            Files.write(dir.resolve("images/b.png"), TestImages.png(30, 40));
            Files.write(dir.resolve("drawings/box.pdf"), pdf(false, ""));
            Files.write(dir.resolve("drawings/box.png"), TestImages.png(60, 40));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with a line on it; encrypted (with an empty or a real user password) when asked. */
    static byte[] pdf(boolean encrypted, String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(200, 100));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.moveTo(10, 10);
                cs.lineTo(190, 90);
                cs.stroke();
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path csv(Path dir, String name, List<String> header, List<List<String>> rows) {
        return csv(dir, name, header, rows, ',', false);
    }

    /** RFC 4180: fields with the separator, quotes or line breaks quoted; CRLF line ends; optionally a UTF-8 BOM. */
    static Path csv(Path dir, String name, List<String> header, List<List<String>> rows, char separator, boolean bom) {
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            sb.append(String.join(String.valueOf(separator), r.stream().map(v -> quote(v, separator)).toList())).append("\r\n");
        }
        return write(dir.resolve(name), sb.toString());
    }

    private static String quote(String v, char separator) {
        return v.indexOf(separator) >= 0 || v.contains("\"") || v.contains("\n") || v.contains(";") || v.contains(",")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static Path xlsx(Path dir, String name, List<String> header, List<List<String>> rows) {
        return xlsx(dir, name, header, rows, Set.of(), null);
    }

    /**
     * A workbook whose first sheet is the table. Values under {@code numeric} headers are number cells (as Excel
     * makes them when a GTIN is typed into a General column); {@code numberFormat}, when given, is applied to them.
     */
    static Path xlsx(Path dir, String name, List<String> header, List<List<String>> rows, Set<String> numeric, String numberFormat) {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("SKUs");
            CellStyle format = null;
            if (numberFormat != null) {
                format = wb.createCellStyle();
                format.setDataFormat(wb.createDataFormat().getFormat(numberFormat));
            }
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (c < header.size() && numeric.contains(header.get(c))) {
                        cell.setCellValue(Double.parseDouble(v));
                        if (format != null) {
                            cell.setCellStyle(format);
                        }
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** {@code skus:} with one mapping per row, every value a quoted string, empty values left out. */
    static Path yaml(Path dir, String name, List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("skus:\n");
        for (List<String> r : rows) {
            String dash = "  - ";
            for (int c = 0; c < header.size(); c++) {
                if (c < r.size() && !r.get(c).isEmpty()) {
                    sb.append(dash).append(header.get(c)).append(": \"").append(r.get(c).replace("\"", "\\\"")).append("\"\n");
                    dash = "    ";
                }
            }
        }
        return write(dir.resolve(name), sb.toString());
    }

    static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
