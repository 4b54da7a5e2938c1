package io.countersign.labels;

import io.countersign.CountersignException;
import io.countersign.render.IdentityEmbedding;
import io.countersign.render.PdfMetadata;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.EmbeddedIdentity;
import io.countersign.signoff.SignOffPoint;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * One PDF of many approval sheets, written without holding the pages: each sheet is opened,
 * its pages and form fields are copied object by object straight into the output file, and it is
 * closed again; what stays in memory is an offset per object, the page and field numbers, and the
 * sign-off points. The result is one document with one AcroForm — a decision and a note field per
 * point, {@code signer.*} once for all pages — and its own identity (attached
 * {@code countersign.json}, XMP, information dictionary), so {@code countersign check} reads it like
 * any issued PDF. Each sheet's own attachments, XMP and name trees are left out.
 *
 * <p>The file is written as {@code <target>.part} in the target's folder and renamed to the target by
 * {@link #finish}; closing without finishing, or any failure, deletes it, so the target is never
 * half written. Appending the same sheets with the same arguments gives the same bytes. Not thread-safe:
 * append from one thread, in order.
 */
public final class CombinedPdfWriter implements AutoCloseable {
    private static final List<COSName> CATALOG_IDENTITY = List.of(COSName.METADATA, COSName.NAMES, COSName.AF, COSName.LANG);

    private enum State { OPEN, FINISHED, FAILED }

    private final Path target;
    private final Path part;
    private final String title;
    private final Instant issuedAt;
    private final FileChannel channel;
    private final OutputStream file;
    private final PdfObjectWriter objects;
    private final int catalog;
    private final CombinedPages pages;
    private final CombinedForm form;
    private final List<SignOffPoint> points = new ArrayList<>();
    private final Map<String, Path> sheetOfPoint = new HashMap<>();
    private String author;
    private String language;
    private String producer;
    private int sheets;
    private final MessageDigest digest = newSha256();
    private String sha256;
    private State state = State.OPEN;

    /**
     * Starts {@code target}'s temporary file.
     *
     * @param title    the combined document's title (information dictionary, XMP, identity)
     * @param issuedAt its issue time: every date in it, so the bytes never depend on the clock
     */
    public CombinedPdfWriter(Path target, String title, Instant issuedAt) {
        this.target = target.toAbsolutePath();
        this.part = this.target.resolveSibling(this.target.getFileName() + ".part");
        this.title = Objects.requireNonNull(title, "title");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        FileChannel opened = null;
        try {
            Files.createDirectories(this.target.getParent());
            opened = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            this.channel = opened;
            // hashed as written: a manifest need not read hundreds of megabytes back
            this.file = new BufferedOutputStream(new DigestOutputStream(Channels.newOutputStream(opened), digest), 1 << 16);
            this.objects = new PdfObjectWriter(file);
        } catch (IOException e) {
            closeQuietly(opened);
            deleteQuietly(part);
            throw new CountersignException("cannot write " + part + ": " + e.getMessage(), e);
        }
        this.catalog = objects.reserve();
        this.pages = new CombinedPages(objects);
        this.form = new CombinedForm(objects);
    }

    /**
     * Appends every page of {@code sheetPdf} (a countersign PDF with an attached identity) and its form fields.
     *
     * @throws IllegalArgumentException when a sign-off point of the sheet is already in the document
     *                                  (the same SKU twice); nothing of the sheet is written then
     */
    public void append(Path sheetPdf) {
        append(sheetPdf, Optional.empty());
    }

    /**
     * Appends a sheet whose identity the caller holds already — recorded when the sheet was made, for
     * bytes it has checked since, as a batch's journal does — so its attachment is not read and parsed
     * again; otherwise as {@link #append(Path)}.
     */
    public void append(Path sheetPdf, DocumentIdentity identity) {
        append(sheetPdf, Optional.of(identity));
    }

    private void append(Path sheetPdf, Optional<DocumentIdentity> known) {
        requireOpen();
        try (PDDocument doc = Loader.loadPDF(sheetPdf.toFile())) {
            DocumentIdentity identity = known.or(() -> EmbeddedIdentity.of(doc)).orElseThrow(() -> new CountersignException(sheetPdf
                    + ": not a countersign sheet (no attached countersign.json identity)"));
            COSDictionary sheetCatalog = doc.getDocumentCatalog().getCOSObject();
            COSDictionary acroForm = sheetCatalog.getCOSDictionary(COSName.ACRO_FORM);
            List<CombinedForm.Terminal> fields = acroForm == null ? List.of() : CombinedForm.terminals(acroForm);
            Set<String> ids = pointIds(identity, fields);
            for (String id : ids) {
                Path earlier = sheetOfPoint.get(id);
                if (earlier != null) {
                    throw new IllegalArgumentException("sign-off point " + id + " is on two sheets, " + earlier + " and " + sheetPdf
                            + "; a SKU may be in the combined PDF only once");
                }
            }
            if (sheets == 0) {
                remember(doc);
            }
            try {
                copy(doc, sheetCatalog, acroForm, fields);
            } catch (IOException | RuntimeException e) {
                // part of the sheet may be in the file already: the combined PDF cannot be finished
                abort();
                throw new CountersignException("cannot append " + sheetPdf + " to " + target + " (" + e.getMessage()
                        + "); the combined PDF was discarded", e);
            }
            ids.forEach(id -> sheetOfPoint.put(id, sheetPdf));
            points.addAll(identity.points());
            sheets++;
        } catch (IOException e) {
            throw new CountersignException(sheetPdf + ": cannot be read as a PDF (" + e.getMessage() + ")", e);
        }
    }

    /** The points of the identity and the ids in the sheet's {@code signoff.*} / {@code note.*} field names. */
    private static Set<String> pointIds(DocumentIdentity identity, List<CombinedForm.Terminal> fields) {
        Set<String> ids = new LinkedHashSet<>();
        identity.points().forEach(p -> ids.add(p.id()));
        fields.stream().filter(CombinedForm.Terminal::isPointField).forEach(t -> ids.add(t.pointId()));
        return ids;
    }

    /** Author, language and producer of the combined document are those of the sheets (one issuer, one language). */
    private void remember(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String lang = doc.getDocumentCatalog().getLanguage();
        author = Objects.requireNonNullElse(info.getAuthor(), "");
        language = lang == null || lang.isBlank() ? "en" : lang;
        producer = Objects.requireNonNullElse(info.getProducer(), "countersign");
    }

    private void copy(PDDocument doc, COSDictionary sheetCatalog, COSDictionary acroForm, List<CombinedForm.Terminal> fields)
            throws IOException {
        // anything that points back at the sheet's catalog or form now points at the combined ones
        objects.alias(sheetCatalog, catalog);
        if (acroForm != null) {
            objects.alias(acroForm, form.number());
        }
        pages.add(doc);
        if (acroForm != null) {
            form.add(acroForm, fields);
        }
        objects.endContext();
    }

    /**
     * Writes the page tree, the form, the catalog and the combined identity — its points are every
     * sheet's points in the order appended — and moves the file into place.
     */
    public DocumentIdentity finish(String documentId, String kind, int revision, String inputSha256) {
        requireOpen();
        if (pages.count() == 0) {
            throw new IllegalStateException("no sheets appended to " + target);
        }
        DocumentIdentity identity = new DocumentIdentity(documentId, kind, revision, title, issuedAt, inputSha256, points);
        try (PDDocument scratch = new PDDocument()) {
            form.finish();
            pages.finish();
            // the identity is embedded exactly as on every rendered PDF, then moved over
            PdfMetadata meta = new PdfMetadata(title, author, sheets + " sheets, " + points.size() + " sign-off points", language);
            IdentityEmbedding.embed(scratch, identity, meta, List.of(), producer);
            COSDictionary embedded = scratch.getDocumentCatalog().getCOSObject();
            COSDictionary root = new COSDictionary();
            root.setItem(COSName.TYPE, COSName.CATALOG);
            root.setItem(COSName.PAGES, PdfObjectWriter.ref(pages.root()));
            root.setItem(COSName.ACRO_FORM, PdfObjectWriter.ref(form.number()));
            for (COSName key : CATALOG_IDENTITY) {
                if (embedded.containsKey(key)) {
                    root.setItem(key, embedded.getItem(key));
                }
            }
            objects.write(catalog, root);
            int info = objects.number(scratch.getDocumentInformation().getCOSObject());
            objects.finish(catalog, info, (COSArray) scratch.getDocument().getTrailer().getDictionaryObject(COSName.ID));
            file.flush();
            channel.force(true);
            file.close();
            sha256 = HexFormat.of().formatHex(digest.digest());
            move();
            state = State.FINISHED;
            return identity;
        } catch (IOException | RuntimeException e) {
            abort();
            if (e instanceof IOException) {
                throw new CountersignException("cannot write " + target + ": " + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    /** SHA-256 (lower-case hex) of the finished file's bytes. */
    public String sha256() {
        if (state != State.FINISHED) {
            throw new IllegalStateException(target + " is not finished");
        }
        return sha256;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void move() throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException(state == State.FINISHED ? target + " is already finished"
                    : "writing " + target + " failed earlier; start again");
        }
    }

    private void abort() {
        state = State.FAILED;
        closeQuietly(channel);
        deleteQuietly(part);
    }

    /** Deletes the temporary file unless {@link #finish} completed. */
    @Override
    public void close() {
        if (state != State.FINISHED) {
            abort();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was promised from this file; it is deleted next
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .part file is never mistaken for a finished document
        }
    }
}
