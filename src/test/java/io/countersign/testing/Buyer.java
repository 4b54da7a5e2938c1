package io.countersign.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A buyer answering a decision workbook through POI, cells found the way {@code check} finds them:
 * from the references on the hidden identity sheet.
 */
public final class Buyer {
    private Buyer() {
    }

    /** Opens {@code issued}, lets {@code edit} change it, and saves it as {@code target}. */
    public static Path answer(byte[] issued, Path target, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(issued)); OutputStream out = Files.newOutputStream(target)) {
            edit.accept(wb);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * Types {@code text} into the cell {@code ref} (e.g. {@code Index!I5}) as Excel or LibreOffice
     * would save it: a new cell with the old style. POI keeps the old text of an inline string it
     * sets again, so the cell is removed and created anew.
     */
    public static void type(XSSFWorkbook wb, String ref, String text) {
        CellReference at = new CellReference(ref);
        Sheet sheet = wb.getSheet(at.getSheetName());
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        Cell old = row.getCell(at.getCol());
        CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(at.getCol());
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(text);
    }

    /** Point id → the references of its decision and note cells, from the identity sheet. */
    public static Map<String, String[]> cells(XSSFWorkbook wb) {
        Map<String, String[]> cells = new LinkedHashMap<>();
        boolean inPoints = false;
        for (Row row : wb.getSheet("countersign")) {
            String first = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
            if (inPoints && !first.isEmpty()) {
                cells.put(first, new String[] {row.getCell(4).getStringCellValue(), row.getCell(5).getStringCellValue()});
            }
            inPoints |= first.equals("pointId");
        }
        return cells;
    }

    public static void decide(XSSFWorkbook wb, String pointId, String decision) {
        type(wb, cells(wb).get(pointId)[0], decision);
    }

    public static void note(XSSFWorkbook wb, String pointId, String note) {
        type(wb, cells(wb).get(pointId)[1], note);
    }

    /** The value named {@code name} in the head of the identity sheet, e.g. the signer's cells. */
    public static String identityValue(XSSFWorkbook wb, String name) {
        for (Row row : wb.getSheet("countersign")) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(name)) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no " + name + " on the identity sheet");
    }

    public static void sign(XSSFWorkbook wb, String name, String title) {
        type(wb, identityValue(wb, "signer.name"), name);
        type(wb, identityValue(wb, "signer.title"), title);
    }
}
