package io.countersign.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.countersign.CountersignException;
import io.countersign.signoff.DocumentIdentity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes a document's identity into the PDF three ways a returned file can be recognised by:
 * document information + XMP (custom {@code cs:} properties), and an attached
 * {@code countersign.json}. Every date is the issue time and the trailer ID is derived from the
 * identity, so the same input and issue time give the same bytes.
 */
public final class IdentityEmbedding {
    /** Name of the attached identity file. */
    public static final String ATTACHMENT = "countersign.json";
    /** XMP namespace of countersign's own properties. */
    public static final String XMP_NAMESPACE = "https://countersign.io/ns/identity/1.0/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private IdentityEmbedding() {
    }

    public static byte[] json(DocumentIdentity identity) {
        try {
            return JSON.writeValueAsBytes(identity);
        } catch (Exception e) {
            throw new CountersignException("cannot serialise the document identity", e);
        }
    }

    static void embed(PDDocument doc, DocumentIdentity id, PdfMetadata meta, String producer) {
        Calendar issued = GregorianCalendar.from(id.issuedAt().atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        info(doc, id, meta, producer, issued);
        xmp(doc, id, meta, producer, issued);
        attach(doc, id, issued);
        doc.getDocumentCatalog().setLanguage(meta.language());
        trailerId(doc, id);
    }

    private static void info(PDDocument doc, DocumentIdentity id, PdfMetadata meta, String producer, Calendar issued) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        info.setCreator("countersign");
        info.setProducer(producer);
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        info.setCustomMetadataValue("CountersignDocumentId", id.documentId());
        info.setCustomMetadataValue("CountersignKind", id.kind());
        info.setCustomMetadataValue("CountersignRevision", Integer.toString(id.revision()));
        info.setCustomMetadataValue("CountersignInputSha256", id.inputSha256());
        doc.setDocumentInformation(info);
    }

    private static void xmp(PDDocument doc, DocumentIdentity id, PdfMetadata meta, String producer, Calendar issued) {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(meta.title());
            dc.addCreator(meta.author());
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(issued);
            basic.setModifyDate(issued);
            basic.setCreatorTool("countersign");
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(producer);
            XMPSchema cs = new XMPSchema(xmp, XMP_NAMESPACE, "cs");
            cs.setTextPropertyValue("documentId", id.documentId());
            cs.setTextPropertyValue("kind", id.kind());
            cs.setTextPropertyValue("revision", Integer.toString(id.revision()));
            cs.setTextPropertyValue("inputSha256", id.inputSha256());
            cs.setTextPropertyValue("points", new String(json(id), StandardCharsets.UTF_8));
            xmp.addSchema(cs);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(out.toByteArray()));
            doc.getDocumentCatalog().setMetadata(metadata);
        } catch (Exception e) {
            throw new CountersignException("cannot write XMP metadata", e);
        }
    }

    private static void attach(PDDocument doc, DocumentIdentity id, Calendar issued) {
        try {
            byte[] json = json(id);
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(json));
            file.setSubtype("application/json");
            file.setSize(json.length);
            file.setCreationDate(issued);
            file.setModDate(issued);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(ATTACHMENT);
            spec.setFileUnicode(ATTACHMENT);
            spec.setFileDescription("countersign document identity: id, revision, input hash, sign-off points");
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(ATTACHMENT, spec));
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            COSArray af = new COSArray();
            af.add(spec);
            catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
        } catch (Exception e) {
            throw new CountersignException("cannot attach " + ATTACHMENT, e);
        }
    }

    private static void trailerId(PDDocument doc, DocumentIdentity id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((id.documentId() + "|" + id.revision() + "|" + id.inputSha256() + "|" + id.issuedAt())
                    .getBytes(StandardCharsets.UTF_8));
            COSString part = new COSString(Arrays.copyOf(d, 16));
            part.setForceHexForm(true);
            COSArray ids = new COSArray(List.of(part, part));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (NoSuchAlgorithmException e) {
            throw new CountersignException("SHA-256 is not available", e);
        }
    }
}
