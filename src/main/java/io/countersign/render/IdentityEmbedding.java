package io.countersign.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.countersign.CountersignException;
import io.countersign.core.Sha256;
import io.countersign.signoff.DocumentIdentity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
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

    /**
     * Writes the identity into {@code doc}: information dictionary, XMP, attached {@code countersign.json}
     * (plus {@code attachments}), language and trailer ID. A writer that assembles a PDF itself (e.g.
     * {@code labels.CombinedPdfWriter}) embeds into an empty scratch document and copies those entries,
     * so every countersign PDF carries its identity the same way.
     */
    public static void embed(PDDocument doc, DocumentIdentity id, PdfMetadata meta, List<Attachment> attachments, String producer) {
        Calendar issued = GregorianCalendar.from(id.issuedAt().atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        byte[] json = json(id);
        info(doc, id, meta, producer, issued);
        xmp(doc, id, json, meta, producer, issued);
        List<Attachment> files = new ArrayList<>();
        files.add(new Attachment(ATTACHMENT, "countersign document identity: id, revision, input hash, sign-off points",
                "application/json", json));
        files.addAll(attachments);
        attach(doc, files, issued);
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

    /**
     * XMP written as text: the packet is small and fixed in shape, and building it through
     * xmpbox's DOM and a Transformer cost more than the rest of the metadata together.
     */
    private static void xmp(PDDocument doc, DocumentIdentity id, byte[] json, PdfMetadata meta, String producer, Calendar issued) {
        String date = id.issuedAt().toString();
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:cs=\"" + XMP_NAMESPACE + "\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(meta.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + xml(meta.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:CreatorTool>countersign</xmp:CreatorTool>\n"
                + "   <pdf:Producer>" + xml(producer) + "</pdf:Producer>\n"
                + "   <cs:documentId>" + xml(id.documentId()) + "</cs:documentId>\n"
                + "   <cs:kind>" + xml(id.kind()) + "</cs:kind>\n"
                + "   <cs:revision>" + id.revision() + "</cs:revision>\n"
                + "   <cs:inputSha256>" + id.inputSha256() + "</cs:inputSha256>\n"
                + "   <cs:points>" + xml(new String(json, StandardCharsets.UTF_8)) + "</cs:points>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        try {
            PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(packet.getBytes(StandardCharsets.UTF_8)));
            doc.getDocumentCatalog().setMetadata(metadata);
        } catch (java.io.IOException e) {
            throw new CountersignException("cannot write XMP metadata", e);
        }
    }

    private static String xml(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Attachments as associated files (/AF) and in the name tree, sorted by name so the bytes do not depend on the caller's order. */
    private static void attach(PDDocument doc, List<Attachment> files, Calendar issued) {
        try {
            Map<String, PDComplexFileSpecification> specs = new TreeMap<>();
            COSArray af = new COSArray();
            for (Attachment a : files) {
                PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(a.bytes()));
                file.setSubtype(a.mimeType());
                file.setSize(a.bytes().length);
                file.setCreationDate(issued);
                file.setModDate(issued);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(a.name());
                spec.setFileUnicode(a.name());
                spec.setFileDescription(a.description());
                spec.setEmbeddedFile(file);
                spec.setEmbeddedFileUnicode(file);
                spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
                if (specs.put(a.name(), spec) != null) {
                    throw new CountersignException("two attachments named " + a.name());
                }
            }
            specs.values().forEach(af::add);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(specs);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
        } catch (java.io.IOException e) {
            throw new CountersignException("cannot attach files to the PDF", e);
        }
    }

    private static void trailerId(PDDocument doc, DocumentIdentity id) {
        byte[] d = Sha256.digest((id.documentId() + "|" + id.revision() + "|" + id.inputSha256() + "|" + id.issuedAt())
                .getBytes(StandardCharsets.UTF_8));
        COSString part = new COSString(Arrays.copyOf(d, 16));
        part.setForceHexForm(true);
        doc.getDocument().getTrailer().setItem(COSName.ID, new COSArray(List.of(part, part)));
    }
}
