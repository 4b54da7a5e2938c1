package io.countersign.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.util.XRLog;
import io.countersign.CountersignException;
import io.countersign.signoff.DocumentIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out well-formed XHTML with openhtmltopdf and finishes the PDF with PDFBox: form fields in
 * the reserved slots, identity metadata, attachment, fixed dates and trailer ID. Stateless and
 * safe to call from many threads; parsed fonts and font metrics are shared, documents are not.
 */
public final class PdfRenderer {
    private static final Pattern FIELD_IDS = Pattern.compile("^fld:");
    private static final SharedCache FONT_METRICS = new SharedCache();

    static {
        XRLog.setLoggingEnabled(false);
        FontLibrary.putLayoutMetrics(FONT_METRICS::put);
    }

    private PdfRenderer() {
    }

    /** Renders {@code xhtml} and writes the finished PDF, with its identity and {@code attachments}, to {@code out}. */
    public static void render(String xhtml, RenderResources resources, DocumentIdentity identity, PdfMetadata meta,
                              List<Attachment> attachments, String producer, OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            FontLibrary.DocumentFonts fonts = FontLibrary.bundled().forDocument(doc);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(doc)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS)
                    .useObjectDrawerFactory(new ObjectDrawers(resources, fonts))
                    .useUriResolver((base, uri) -> null)
                    .withProducer(producer)
                    .withW3cDocument(XhtmlParser.parse(xhtml), null);
            fonts.registerOn(builder);
            List<FieldSlot> slots;
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                slots = fieldSlots(renderer);
            }
            fonts.embed(doc);
            finish(doc, slots, identity, meta, attachments, producer, out);
        } catch (IOException e) {
            throw new CountersignException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * What every countersign PDF gets after its pages are drawn, however they were drawn: the form
     * fields in their slots, the identity, metadata and attachments, and the save.
     */
    static void finish(PDDocument doc, List<FieldSlot> slots, DocumentIdentity identity, PdfMetadata meta,
                       List<Attachment> attachments, String producer, OutputStream out) throws IOException {
        FormFields.build(doc, slots);
        IdentityEmbedding.embed(doc, identity, meta, attachments, producer);
        // Classic xref table: PDFBox 3.0.7's object-stream writer reports a /Size that qpdf
        // flags (exit 3), and a plain table keeps later incremental signatures simple.
        doc.save(out, CompressParameters.NO_COMPRESSION);
    }

    private static List<FieldSlot> fieldSlots(PdfBoxRenderer renderer) {
        List<FieldSlot> slots = new ArrayList<>();
        for (PagePosition<Box> p : renderer.findPagePositionsByID(FIELD_IDS)) {
            FieldSlot.parse(p.getId(), p.getPageNo(), p.getX(), p.getY(), p.getWidth(), p.getHeight())
                    .ifPresentOrElse(slots::add, () -> {
                        throw new CountersignException("template has a malformed field slot id \"" + p.getId()
                                + "\"; use fld:radio:<name>:<value>, fld:text:<name>, fld:note:<name> or fld:sig:<name>");
                    });
        }
        return slots;
    }

    /** Font metrics depend only on the bundled fonts, so one cache serves every render in the JVM. */
    private static final class SharedCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new CountersignException("cannot load font metrics", e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
