package io.countersign.xlsx;

import io.countersign.CountersignException;
import io.countersign.pi.PiOptions;
import io.countersign.pi.PiRendering;
import io.countersign.pi.PreparedPi;
import io.countersign.pi.ProformaInvoice;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.LockedCells;
import io.countersign.signoff.SignOffPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Writes a PI as an Excel workbook (.xlsx): the same header, lines, findings and identity as the
 * PDF for the same input and options, amounts as formulas, one decision cell per style. The
 * layout is described on {@link PiLayout}.
 *
 * <p>Rows are streamed (SXSSF): only a window of {@value #ROW_WINDOW} rows is in memory, the rest
 * goes to a compressed temporary file; pictures wait in another one ({@link StreamedPictures}).
 * Both are deleted before {@code write} returns. The memory a PI needs thus grows with its input
 * and formatted texts, not with the workbook. The same input and issue time give the same bytes:
 * the package dates are the issue time and zip entry times are fixed ({@link StreamedWorkbook}).
 * Stateless; safe for concurrent use.
 */
public final class PiWorkbook {
    static final int ROW_WINDOW = 100;

    private PiWorkbook() {
    }

    /** Writes the workbook to {@code out} (not closed) and says what was issued. */
    public static PiRendering write(ProformaInvoice pi, PiOptions options, OutputStream out) {
        PreparedPi prepared = PreparedPi.of(pi, options);
        try (StreamedPictures pictures = new StreamedPictures(); StreamedWorkbook wb = new StreamedWorkbook(ROW_WINDOW)) {
            CellStyles styles = new CellStyles(wb);
            SXSSFSheet sheet = wb.createSheet(PiLayout.SHEET);
            XSSFDrawing drawing = wb.getXSSFWorkbook().getSheet(PiLayout.SHEET).createDrawingPatriarch();
            wb.attach(pictures, drawing.getPackagePart().getPartName().getName());
            PiSheet.Placed placed = new PiSheet(sheet, styles, prepared, options, pictures).write();
            SXSSFSheet identity = wb.createSheet(PiLayout.IDENTITY_SHEET);
            writeIdentity(identity, prepared, placed, styles.plain);
            wb.setSheetVisibility(wb.getSheetIndex(identity), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.getXSSFWorkbook().lockStructure();
            wb.setForceFormulaRecalculation(true);
            properties(wb.getXSSFWorkbook().getProperties(), prepared);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new CountersignException("cannot write the workbook: " + e.getMessage(), e);
        }
        return prepared.rendering();
    }

    /** The point rows are the styles' rows; all other rows of the PI sheet are hashed together. */
    private static void writeIdentity(SXSSFSheet sheet, PreparedPi prepared, PiSheet.Placed placed, CellStyle text) {
        List<Integer> rows = placed.items().rows();
        SortedMap<Integer, String> otherRows = new TreeMap<>(placed.rowHashes());
        rows.forEach(otherRows::remove);
        List<SignOffPoint> points = prepared.identity().points();
        List<IdentitySheet.PlacedPoint> placedPoints = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int r = rows.get(i);
            placedPoints.add(new IdentitySheet.PlacedPoint(points.get(i), r, placed.rowHashes().getOrDefault(r, "")));
        }
        IdentitySheet.write(sheet, prepared.identity(), prepared.messages(),
                new IdentitySheet.Target(PiLayout.SHEET, PiLayout.DECISION, PiLayout.NOTE), placed.signer(),
                LockedCells.sheetSha256(otherRows), placedPoints.iterator(), text);
    }

    /** Package properties: dates are the issue time (never the clock), plus the identity as custom properties like the PDF's. */
    private static void properties(POIXMLProperties props, PreparedPi prepared) {
        DocumentIdentity id = prepared.identity();
        ProformaInvoice pi = prepared.pi();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        Date issued = Date.from(id.issuedAt());
        core.getUnderlyingProperties().setCreatedProperty(Optional.of(issued));
        core.getUnderlyingProperties().setModifiedProperty(Optional.of(issued));
        core.setTitle(prepared.view().title() + " " + pi.number() + " r" + pi.revision());
        core.setCreator(pi.seller().name());
        core.setSubjectProperty(pi.buyer().name() + " — " + pi.styles().size() + " styles, each to be confirmed on its own line");
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty("CountersignDocumentId", id.documentId());
        custom.addProperty("CountersignKind", id.kind());
        custom.addProperty("CountersignRevision", Integer.toString(id.revision()));
        custom.addProperty("CountersignInputSha256", id.inputSha256());
    }
}
