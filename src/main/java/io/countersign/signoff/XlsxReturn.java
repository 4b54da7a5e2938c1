package io.countersign.signoff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A returned Excel PI, as saved by Excel or LibreOffice: the identity from the hidden
 * {@code countersign} sheet (written by io.countersign.xlsx.IdentitySheet; names kept in step by a
 * test), the Decision and Note cells of every point, and the signer cells. Integrity compares every
 * cell the buyer could not edit with the issued workbook, so an edited quantity is caught even
 * when the sheet protection was removed.
 */
final class XlsxReturn implements AutoCloseable {
    static final String IDENTITY_SHEET = "countersign";
    static final String POINTS_HEADER = "pointId";
    /** Point id, label, sha256, row, decision ref, note ref, carriedFrom, cellsSha256. */
    private static final int POINT_COLUMNS = 8;

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);
    private static final int MAX_FINDINGS = 12;

    static {
        // A workbook with a picture per style has thousands of package parts; the default limit
        // (1,000) refuses any PI of that size. Ratio and entry size stay bounded.
        ZipSecureFile.setMaxFileCount(200_000);
    }

    private final XSSFWorkbook workbook;
    private final DocumentIdentity identity;
    private final Map<String, String> values;
    private final List<String[]> pointRows;

    private XlsxReturn(XSSFWorkbook workbook, DocumentIdentity identity, Map<String, String> values, List<String[]> pointRows) {
        this.workbook = workbook;
        this.identity = identity;
        this.values = values;
        this.pointRows = pointRows;
    }

    static XlsxReturn open(String name, byte[] bytes) {
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new UnusableReturnException(name + ": cannot be read as an Excel workbook (" + e.getMessage() + ")", e);
        }
        Sheet id = wb.getSheet(IDENTITY_SHEET);
        if (id == null) {
            close(wb);
            throw new UnusableReturnException(name + ": not a countersign document (the workbook has no " + IDENTITY_SHEET + " sheet)");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String[]> points = new ArrayList<>();
        boolean inPoints = false;
        for (Row row : id) {
            String key = text(row.getCell(0));
            if (inPoints && !key.isEmpty()) {
                String[] p = new String[POINT_COLUMNS];
                for (int i = 0; i < p.length; i++) {
                    p[i] = text(row.getCell(i));
                }
                points.add(p);
            } else if (key.equals(POINTS_HEADER)) {
                inPoints = true;
            } else if (!key.isEmpty()) {
                values.put(key, text(row.getCell(1)));
            }
        }
        if (!DocumentIdentity.FORMAT.equals(values.get("format"))) {
            close(wb);
            throw new UnusableReturnException(name + ": the " + IDENTITY_SHEET + " sheet is not of a format this version reads");
        }
        try {
            List<SignOffPoint> list = points.stream()
                    .map(p -> new SignOffPoint(p[0], p[1], p[2], p[6].isEmpty() ? 0 : (int) Double.parseDouble(p[6]))).toList();
            DocumentIdentity identity = new DocumentIdentity(values.get("documentId"), values.get("kind"),
                    (int) Double.parseDouble(values.get("revision")), values.get("title"), Instant.parse(values.get("issuedAt")),
                    values.get("inputSha256"), list);
            return new XlsxReturn(wb, identity, values, points);
        } catch (RuntimeException e) {
            close(wb);
            throw new UnusableReturnException(name + ": the " + IDENTITY_SHEET + " sheet is damaged (" + e.getMessage() + ")", e);
        }
    }

    DocumentIdentity identity() {
        return identity;
    }

    List<PointDecision> decisions() {
        String confirm = values.getOrDefault("decision.confirm", "Confirm");
        String change = values.getOrDefault("decision.change", "Change needed");
        List<PointDecision> decisions = new ArrayList<>();
        for (int i = 0; i < pointRows.size(); i++) {
            String chosen = cellText(pointRows.get(i)[4]).strip();
            Decision d;
            if (chosen.equalsIgnoreCase(confirm) || chosen.equalsIgnoreCase("confirm")) {
                d = Decision.CONFIRMED;
            } else if (chosen.equalsIgnoreCase(change) || chosen.equalsIgnoreCase("change needed") || chosen.equalsIgnoreCase("change")) {
                d = Decision.CHANGE_REQUESTED;
            } else {
                d = Decision.UNDECIDED;
            }
            decisions.add(new PointDecision(identity.points().get(i), d, cellText(pointRows.get(i)[5]).strip()));
        }
        return decisions;
    }

    Signer signer() {
        return new Signer(cellText(values.get("signer.name")), cellText(values.get("signer.title")), cellText(values.get("signer.date")));
    }

    /**
     * Without the issued workbook: every row of the PI sheet hashed again (see {@link LockedCells})
     * and compared with the hashes recorded at issue — a style's row with its point, the other rows
     * together. Says which style changed, not what; the issued workbook tells that.
     */
    Integrity checkHashes() {
        String recorded = values.getOrDefault("cellsSha256", "");
        Sheet sheet = workbook.getSheet(values.getOrDefault("sheet", ""));
        if (recorded.isEmpty()) {
            return Integrity.notChecked("the workbook records no cell hashes (made by an older version): pass the issued workbook with --issued");
        }
        if (sheet == null) {
            return Integrity.altered(List.of("the PI sheet is missing"));
        }
        List<String> findings = new ArrayList<>(identitySheetProblems());
        Map<Integer, Set<Integer>> editable = new HashMap<>();
        Set<String> refs = editableReferences();
        for (String ref : refs) {
            if (!ref.isEmpty()) {
                CellReference c = new CellReference(ref);
                editable.computeIfAbsent(c.getRow(), k -> new HashSet<>()).add((int) c.getCol());
            }
        }
        Map<Integer, String[]> pointByRow = new HashMap<>();
        pointRows.forEach(p -> pointByRow.put((int) Double.parseDouble(p[3]) - 1, p));
        SortedMap<Integer, String> otherRows = new TreeMap<>();
        Set<Integer> seenPoints = new HashSet<>();
        for (Row row : sheet) {
            Set<Integer> cols = editable.getOrDefault(row.getRowNum(), Set.of());
            String hash = LockedCells.rowSha256(row, cols::contains);
            String[] point = pointByRow.get(row.getRowNum());
            if (point == null) {
                otherRows.put(row.getRowNum(), hash);
            } else {
                seenPoints.add(row.getRowNum());
                if (!hash.equals(point[7]) && findings.size() < MAX_FINDINGS) {
                    findings.add(point[0] + " (row " + (row.getRowNum() + 1) + "): cells other than its decision and note differ from those issued");
                }
            }
        }
        pointByRow.forEach((r, p) -> {
            if (!seenPoints.contains(r)) {
                findings.add(p[0] + " (row " + (r + 1) + "): its row is missing");
            }
        });
        if (!LockedCells.sheetSha256(otherRows).equals(recorded)) {
            findings.add("cells outside the styles' rows (parties, terms, totals, signature block) differ from those issued");
        }
        if (findings.isEmpty()) {
            return Integrity.intact("every cell outside the decisions, notes and signer matches the hashes recorded at issue "
                    + "(the issued workbook was not found; pictures are not covered by the hashes)");
        }
        findings.add("pass the issued workbook with --issued to see the old and new values");
        return Integrity.altered(findings);
    }

    /**
     * The hidden sheet says where each decision is; a buyer who unhides it (LibreOffice keeps it
     * only hidden, not very hidden) could point one style's decision at another's confirmed cell.
     * Each point's cells must be on its own row, and no two points may share one.
     */
    private List<String> identitySheetProblems() {
        List<String> problems = new ArrayList<>();
        String sheet = values.getOrDefault("sheet", "");
        Set<String> used = new HashSet<>();
        for (String[] p : pointRows) {
            for (String ref : List.of(p[4], p[5])) {
                if (ref.isEmpty()) {
                    continue;
                }
                CellReference c;
                try {
                    c = new CellReference(ref);
                } catch (RuntimeException e) {
                    problems.add("the hidden " + IDENTITY_SHEET + " sheet was edited: " + p[0] + " refers to \"" + ref + "\"");
                    continue;
                }
                boolean ownRow = sheet.equals(c.getSheetName()) && String.valueOf(c.getRow() + 1).equals(rowNumber(p[3]));
                if (!ownRow || !used.add(ref)) {
                    problems.add("the hidden " + IDENTITY_SHEET + " sheet was edited: " + p[0] + "'s cell " + ref
                            + " is not on its own row " + rowNumber(p[3]));
                }
            }
        }
        return problems;
    }

    private static String rowNumber(String cellText) {
        return cellText.endsWith(".0") ? cellText.substring(0, cellText.length() - 2) : cellText;
    }

    private Set<String> editableReferences() {
        Set<String> editable = new HashSet<>();
        pointRows.forEach(p -> {
            editable.add(p[4]);
            editable.add(p[5]);
        });
        List.of("signer.name", "signer.title", "signer.date").forEach(k -> editable.add(values.getOrDefault(k, "")));
        editable.remove("");
        return editable;
    }

    /** Every cell of the PI sheet that the buyer could not edit, compared with the issued workbook. */
    Integrity compareWith(XlsxReturn issued) {
        List<String> findings = new ArrayList<>(identitySheetProblems());
        boolean sameRows = issued.pointRows.size() == pointRows.size()
                && java.util.stream.IntStream.range(0, pointRows.size()).allMatch(i -> Arrays.equals(issued.pointRows.get(i), pointRows.get(i)));
        if (!issued.identity.equals(identity) || !issued.values.equals(values) || !sameRows) {
            findings.add("the hidden " + IDENTITY_SHEET + " sheet differs from the issued one");
        }
        Set<String> editable = editableReferences();
        Sheet mine = workbook.getSheet(values.get("sheet"));
        Sheet theirs = issued.workbook.getSheet(issued.values.get("sheet"));
        if (mine == null || theirs == null) {
            return Integrity.altered(List.of("the PI sheet is missing"));
        }
        int rows = Math.max(mine.getLastRowNum(), theirs.getLastRowNum());
        for (int r = 0; r <= rows && findings.size() < MAX_FINDINGS; r++) {
            Row a = theirs.getRow(r);
            Row b = mine.getRow(r);
            int cols = Math.max(a == null ? 0 : a.getLastCellNum(), b == null ? 0 : b.getLastCellNum());
            for (int c = 0; c < cols; c++) {
                String ref = new CellReference(values.get("sheet"), r, c, false, false).formatAsString();
                if (editable.contains(ref)) {
                    continue;
                }
                String before = content(a == null ? null : a.getCell(c));
                String after = content(b == null ? null : b.getCell(c));
                if (!before.equals(after)) {
                    findings.add(ref + pointAt(r) + ": issued \"" + before + "\" → returned \"" + after + "\"");
                }
            }
        }
        return findings.isEmpty() ? Integrity.intact("every cell outside the decisions, notes and signer is as issued")
                : Integrity.altered(findings);
    }

    private String pointAt(int row) {
        return pointRows.stream().filter(p -> p[3].equals(String.valueOf(row + 1)) || p[3].equals((row + 1) + ".0"))
                .findFirst().map(p -> " (" + p[0] + ")").orElse("");
    }

    private String cellText(String reference) {
        if (reference == null || reference.isEmpty()) {
            return "";
        }
        CellReference ref = new CellReference(reference);
        Sheet sheet = workbook.getSheet(ref.getSheetName() == null ? values.get("sheet") : ref.getSheetName());
        Row row = sheet == null ? null : sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            return date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.toString();
        }
        return text(cell);
    }

    /** What a cell holds, formulas by their text (a changed formula is a change even when the value is not). */
    private static String content(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        return text(cell);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                default -> "";
            };
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
        return FORMAT.formatCellValue(cell);
    }

    private static void close(XSSFWorkbook wb) {
        try {
            wb.close();
        } catch (IOException ignored) {
            // read-only workbook from memory; nothing to release
        }
    }

    @Override
    public void close() {
        close(workbook);
    }
}
