package io.countersign.xlsx;

import io.countersign.CountersignException;
import io.countersign.labels.RenderedSheet;
import io.countersign.labels.SheetKind;
import io.countersign.labels.Sku;
import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Writes the index workbook of a sticker or carton batch: one row per SKU × element, each its own
 * decision, read back by {@code countersign check} like an Excel PI. The layout is described on
 * {@link LabelIndexLayout}.
 *
 * <pre>{@code
 * try (LabelIndexWorkbook index = LabelIndexWorkbook.start(spec, out)) {
 *     for (RenderedSheet s : sheets) {          // in batch order, one thread
 *         index.add(LabelIndexWorkbook.Entry.of(s, fileName(s)));
 *     }
 *     LabelIndexWorkbook.Issued issued = index.finish();
 * }
 * }</pre>
 *
 * <p>Rows are streamed (SXSSF) as SKUs are added: only a window of rows is in memory, the rest and
 * the points for the identity sheet wait in temporary files, deleted by {@link #close()}. Memory
 * is the same for a hundred SKUs or ten thousand, but for the set of point ids (kept to refuse a
 * duplicate) and, with pictures, a few numbers per picture. The same entries and issue time give
 * the same bytes. Not thread-safe: add from one thread, in the order the rows should appear.
 */
public final class LabelIndexWorkbook implements AutoCloseable {
    static final int ROW_WINDOW = 100;

    /**
     * The index as a document: its identity and language, and whether SKU pictures are embedded.
     *
     * @param sheets      which approval sheets the batch made; the index's kind is {@link #kind()}
     * @param title       shown on top of the sheet and in the page header, e.g. "UPC sticker approval — index"
     * @param inputSha256 SHA-256 of the batch's input (the SKU list); empty when it is known only at the end,
     *                    and then given to {@link LabelIndexWorkbook#finish(String)}
     */
    public record Index(String documentId, SheetKind sheets, int revision, String title, Instant issuedAt, String inputSha256,
                        Messages messages, boolean pictures) {

        public Index {
            if (documentId.isBlank()) {
                throw new IllegalArgumentException("the index needs a document id");
            }
            if (revision < 1) {
                throw new IllegalArgumentException("revision must be 1 or more: " + revision);
            }
            if (!inputSha256.isEmpty()) {
                requireSha256(inputSha256);
            }
        }

        /** {@code sticker-index} or {@code carton-index}. */
        public String kind() {
            return sheets.kind() + "-index";
        }
    }

    /**
     * One SKU's row group: the SKU, its sheet's kind and identity (one point per element, in
     * {@link SheetKind#elements()} order), the file name of its sheet relative to the index, and
     * what to check for each element, in the same order — the words the sheet shows.
     */
    public record Entry(Sku sku, SheetKind kind, DocumentIdentity sheet, String sheetFile, List<String> checks) {

        public Entry {
            checks = List.copyOf(checks);
        }

        /** The entry of a rendered sheet: its identity, and what it shows as what to check. */
        public static Entry of(RenderedSheet rendered, String sheetFile) {
            return new Entry(rendered.sku(), rendered.kind(), rendered.identity(), sheetFile, rendered.shows());
        }
    }

    /** What was issued: the index's identity without its point list (which would hold every point), and the counts. */
    public record Issued(String documentId, String kind, int revision, String inputSha256, int skus, int points) {
    }

    private final Index index;
    private final OutputStream out;
    private final StreamedWorkbook wb;
    private final Optional<StreamedPictures> pictures;
    private final PointSpool spool;
    private final CellStyles styles;
    private final IndexSheet sheet;
    private final Set<String> pointIds = new HashSet<>();
    private boolean finished;

    private LabelIndexWorkbook(Index index, OutputStream out) {
        this.index = index;
        this.out = out;
        this.pictures = index.pictures() ? Optional.of(new StreamedPictures()) : Optional.empty();
        this.spool = new PointSpool();
        this.wb = new StreamedWorkbook(ROW_WINDOW);
        this.styles = new CellStyles(wb);
        this.sheet = new IndexSheet(wb.createSheet(LabelIndexLayout.SHEET), styles, index.messages(), spool, pictures);
        sheet.start(index.title());
    }

    /** Starts an index that {@link #finish()} writes to {@code out} (not closed). */
    public static LabelIndexWorkbook start(Index index, OutputStream out) {
        return new LabelIndexWorkbook(index, out);
    }

    /** Writes an index of {@code entries}, taken one at a time, to {@code out} (not closed). */
    public static Issued write(Index index, Iterable<Entry> entries, OutputStream out) {
        try (LabelIndexWorkbook workbook = start(index, out)) {
            entries.forEach(workbook::add);
            return workbook.finish();
        }
    }

    /** Adds the rows of one SKU. */
    public void add(Entry entry) {
        if (finished) {
            throw new IllegalStateException("the index is finished; add every SKU before finish()");
        }
        List<String> elements = index.sheets().elements();
        String sku = entry.sku().sku();
        if (entry.kind() != index.sheets()) {
            throw new IllegalArgumentException("SKU " + sku + ": a " + entry.kind().kind() + " sheet cannot go into a " + index.kind());
        }
        List<SignOffPoint> points = entry.sheet().points();
        if (points.size() != elements.size()) {
            throw new IllegalArgumentException("SKU " + sku + ": its sheet has " + points.size() + " points, a " + entry.kind().kind()
                    + " sheet has one per element " + elements);
        }
        for (int i = 0; i < elements.size(); i++) {
            String id = points.get(i).id();
            if (!id.endsWith("_" + elements.get(i))) {
                throw new IllegalArgumentException("SKU " + sku + ": point " + (i + 1) + " is " + id + ", expected <sku>_" + elements.get(i));
            }
            if (!pointIds.add(id)) {
                throw new IllegalArgumentException("SKU " + sku + ": point id " + id + " is already in the index; SKUs must stay "
                        + "different once made safe for field names");
            }
        }
        if (entry.checks().size() != elements.size()) {
            throw new IllegalArgumentException("SKU " + sku + ": " + entry.checks().size() + " texts of what to check for "
                    + elements.size() + " elements " + elements);
        }
        if (entry.sheetFile().isBlank()) {
            throw new IllegalArgumentException("SKU " + sku + ": the sheet's file name is empty");
        }
        try {
            sheet.add(entry.sku(), elements, points, entry.checks(), entry.sheetFile());
        } catch (IllegalArgumentException e) {
            throw new CountersignException("cannot write the index row of SKU " + sku + ": " + e.getMessage(), e);
        }
    }

    /** Writes the workbook to the stream given to {@link #start}; then only {@link #close()} is left to do. */
    public Issued finish() {
        if (index.inputSha256().isEmpty()) {
            throw new IllegalStateException("the index was started without its input hash; finish it with finish(inputSha256)");
        }
        return finish(index.inputSha256());
    }

    /**
     * {@link #finish()} with the input hash known only now: a batch that adds its sheets while they
     * render learns which of them made it, and so the hash of their inputs, at the end.
     */
    public Issued finish(String inputSha256) {
        requireSha256(inputSha256);
        if (finished) {
            throw new IllegalStateException("the index is already finished");
        }
        finished = true;
        DocumentIdentity head = new DocumentIdentity(index.documentId(), index.kind(), index.revision(), index.title(),
                index.issuedAt(), inputSha256, List.of());
        try {
            IndexSheet.Finished done = sheet.finish(index.title(), head);
            if (pictures.isPresent() && pictures.get().pictures() > 0) {
                XSSFDrawing drawing = wb.getXSSFWorkbook().getSheet(LabelIndexLayout.SHEET).createDrawingPatriarch();
                wb.attach(pictures.get(), drawing.getPackagePart().getPartName().getName());
            }
            SXSSFSheet identity = wb.createSheet(LabelIndexLayout.IDENTITY_SHEET);
            IdentitySheet.write(identity, head, index.messages(),
                    new IdentitySheet.Target(LabelIndexLayout.SHEET, LabelIndexLayout.DECISION, LabelIndexLayout.NOTE),
                    done.signer(), done.cellsSha256(), spool.read(), styles.plain);
            wb.setSheetVisibility(wb.getSheetIndex(identity), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.getXSSFWorkbook().lockStructure();
            properties(wb.getXSSFWorkbook().getProperties(), done.skus(), inputSha256);
            wb.write(out);
            return new Issued(index.documentId(), index.kind(), index.revision(), inputSha256, done.skus(), spool.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new CountersignException("cannot write the index workbook: " + e.getMessage(), e);
        }
    }

    /** Package dates are the issue time (never the clock); the identity goes into custom properties as for a PI. */
    private void properties(POIXMLProperties props, int skus, String inputSha256) {
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        Date issued = Date.from(index.issuedAt());
        core.getUnderlyingProperties().setCreatedProperty(Optional.of(issued));
        core.getUnderlyingProperties().setModifiedProperty(Optional.of(issued));
        core.setTitle(index.title() + " r" + index.revision());
        core.setCreator("countersign");
        core.setSubjectProperty(skus + " SKUs × " + index.sheets().elements().size() + " elements, each to be decided on its own row");
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty("CountersignDocumentId", index.documentId());
        custom.addProperty("CountersignKind", index.kind());
        custom.addProperty("CountersignRevision", Integer.toString(index.revision()));
        custom.addProperty("CountersignInputSha256", inputSha256);
    }

    private static void requireSha256(String inputSha256) {
        if (!inputSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("inputSha256 must be 64 lowercase hex digits: " + inputSha256);
        }
    }

    /** Deletes the temporary files; the index is unusable afterwards. */
    @Override
    public void close() {
        finished = true;
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            spool.close();
            pictures.ifPresent(StreamedPictures::close);
        }
    }
}
