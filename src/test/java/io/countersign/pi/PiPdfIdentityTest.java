package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.render.IdentityEmbedding;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

/** A returned PDF can be recognised: the attached countersign.json, XMP and document information agree with what was issued. */
class PiPdfIdentityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml"})
    void attachedIdentityDescribesTheIssuedDocument(String sample) throws IOException {
        RenderedPi pi = RenderedPi.sample(sample);
        DocumentIdentity issued = pi.rendering().identity();
        try (PDDocument doc = pi.open()) {
            JsonNode json = JSON.readTree(attachment(doc));

            // a reader of returned files tells identity versions apart by this field
            assertThat(json.path("format").asText()).as("format").isEqualTo(DocumentIdentity.FORMAT);
            assertThat(json.get("documentId").asText()).isEqualTo(issued.documentId());
            assertThat(json.get("kind").asText()).isEqualTo("pi");
            assertThat(json.get("revision").asInt()).isEqualTo(pi.yaml().root().get("revision").asInt());
            assertThat(json.get("inputSha256").asText()).isEqualTo(issued.inputSha256()).matches("[0-9a-f]{64}");
            // what the server checks a post against before it renders anything
            assertThat(PiIdentity.inputSha256(pi.pi())).isEqualTo(issued.inputSha256());
            assertThat(PiIdentity.documentId(pi.pi())).isEqualTo(issued.documentId());
            assertThat(json.get("issuedAt").asText()).isEqualTo(RenderedPi.ISSUED_AT.toString());
            List<String> points = new ArrayList<>();
            json.get("points").forEach(p -> points.add(p.get("id").asText() + " " + p.get("sha256").asText()));
            assertThat(points).containsExactlyElementsOf(issued.points().stream().map(p -> p.id() + " " + p.sha256()).toList());
            assertThat(issued.points()).extracting(SignOffPoint::id).containsExactlyElementsOf(pi.yaml().styleIds());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml"})
    void metadataNamesTheDocument(String sample) throws Exception {
        RenderedPi pi = RenderedPi.sample(sample);
        DocumentIdentity issued = pi.rendering().identity();
        try (PDDocument doc = pi.open()) {
            byte[] xmp = doc.getDocumentCatalog().getMetadata().toByteArray();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            NodeList ids = f.newDocumentBuilder().parse(new ByteArrayInputStream(xmp))
                    .getElementsByTagNameNS(IdentityEmbedding.XMP_NAMESPACE, "documentId");

            assertThat(ids.getLength()).isEqualTo(1);
            assertThat(ids.item(0).getTextContent()).isEqualTo(issued.documentId());
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("CountersignDocumentId")).isEqualTo(issued.documentId());
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("CountersignRevision"))
                    .isEqualTo(pi.yaml().root().get("revision").asText());
        }
    }

    private static byte[] attachment(PDDocument doc) throws IOException {
        PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(IdentityEmbedding.ATTACHMENT);
        assertThat(spec).as("attached " + IdentityEmbedding.ATTACHMENT).isNotNull();
        return spec.getEmbeddedFile().toByteArray();
    }
}
