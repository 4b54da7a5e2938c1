package io.countersign.xlsx;

import io.countersign.Countersign;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PiRendering;
import io.countersign.pi.ProformaInvoice;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A PI written as a workbook in memory at the tests' fixed issue time, with what the writer says it issued. */
final class WrittenWorkbook {
    private static final Map<String, WrittenWorkbook> SAMPLES = new HashMap<>();

    private final ProformaInvoice pi;
    private final PiOptions options;
    private final byte[] bytes;
    private final PiRendering rendering;

    private WrittenWorkbook(ProformaInvoice pi, PiOptions options, byte[] bytes, PiRendering rendering) {
        this.pi = pi;
        this.options = options;
        this.bytes = bytes;
        this.rendering = rendering;
    }

    /** A sample under samples/pi, written once per JVM. */
    static synchronized WrittenWorkbook sample(String fileName) {
        return SAMPLES.computeIfAbsent(fileName, f -> write(Countersign.readPi(RenderedPi.SAMPLES.resolve(f)), options()));
    }

    /** The options of the tests: defaults at the fixed issue time. */
    static PiOptions options() {
        return PiOptions.defaults().withIssuedAt(RenderedPi.ISSUED_AT);
    }

    static WrittenWorkbook write(ProformaInvoice pi, PiOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PiRendering rendering = PiWorkbook.write(pi, options, out);
        return new WrittenWorkbook(pi, options, out.toByteArray(), rendering);
    }

    static byte[] bytes(ProformaInvoice pi, PiOptions options) {
        return write(pi, options).bytes();
    }

    ProformaInvoice pi() {
        return pi;
    }

    PiOptions writtenWith() {
        return options;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    PiRendering rendering() {
        return rendering;
    }

    /** Parses the bytes the way a reader of a returned file would; close it after use. */
    XSSFWorkbook open() {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFSheet piSheet(XSSFWorkbook wb) {
        return wb.getSheet(PiLayout.SHEET);
    }

    /** The 0-based PI-sheet rows of the styles, in point order, as the identity sheet lists them. */
    static List<Integer> itemRows(XSSFWorkbook wb) {
        XSSFSheet id = wb.getSheet(PiLayout.IDENTITY_SHEET);
        List<Integer> rows = new ArrayList<>();
        boolean inPoints = false;
        for (Row row : id) {
            String first = text(row.getCell(0));
            if (inPoints && !first.isEmpty()) {
                rows.add((int) row.getCell(3).getNumericCellValue() - 1);
            }
            inPoints |= first.equals(PiLayout.POINTS_HEADER);
        }
        return rows;
    }

    /** The value named {@code name} in the head of the identity sheet. */
    static Cell identityValue(XSSFWorkbook wb, String name) {
        for (Row row : wb.getSheet(PiLayout.IDENTITY_SHEET)) {
            if (text(row.getCell(0)).equals(name)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no " + name + " on the identity sheet");
    }

    static String text(Cell cell) {
        return cell == null ? "" : cell.toString();
    }

    /** Every non-empty text on the sheet, row by row. */
    static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !c.getStringCellValue().isEmpty()) {
                    texts.add(c.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
