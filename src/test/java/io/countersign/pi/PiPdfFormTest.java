package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.render.IdentityEmbedding;
import io.countersign.testing.PdfText;
import io.countersign.testing.RenderedPi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The AcroForm as a PDF viewer and {@code countersign check} meet it: one separate decision per style, then the signer. */
class PiPdfFormTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void hasADecisionAndANotePerStylePlusTheSignerFieldsAndNothingElse(String sample) throws IOException {
        RenderedPi pi = RenderedPi.sample(sample);
        try (PDDocument doc = pi.open()) {
            List<String> points = attachedPointIds(doc);
            Map<String, Class<?>> expected = new TreeMap<>();
            points.forEach(p -> expected.put("signoff." + p, PDRadioButton.class));
            points.forEach(p -> expected.put("note." + p, PDTextField.class));
            List.of("signer.name", "signer.title", "signer.date").forEach(f -> expected.put(f, PDTextField.class));
            expected.put("signer.signature", PDSignatureField.class);

            Map<String, Class<?>> actual = new TreeMap<>();
            for (PDField f : terminalFields(doc)) {
                assertThat(actual.put(f.getFullyQualifiedName(), f.getClass())).as("field %s defined once", f.getFullyQualifiedName()).isNull();
            }

            // style ids of the samples are valid field-name parts, so each point id is the style id itself
            assertThat(points).containsExactlyElementsOf(pi.yaml().styleIds());
            assertThat(actual).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void eachDecisionIsConfirmOrChangeAndStartsUndecided(String sample) throws IOException {
        try (PDDocument doc = RenderedPi.sample(sample).open()) {
            List<PDRadioButton> radios = terminalFields(doc).stream()
                    .filter(PDRadioButton.class::isInstance).map(PDRadioButton.class::cast).toList();

            assertThat(radios).isNotEmpty().allSatisfy(radio -> {
                assertThat(radio.getFullyQualifiedName()).startsWith("signoff.");
                assertThat(radio.getOnValues()).containsExactlyInAnyOrder("confirm", "change");
                // nothing is pre-ticked: a style nobody decided on is not confirmed
                assertThat(radio.getValue()).isEqualTo("Off");
                List<Set<String>> states = new ArrayList<>();
                for (PDAnnotationWidget w : radio.getWidgets()) {
                    states.add(w.getAppearance().getNormalAppearance().getSubDictionary().keySet().stream()
                            .map(COSName::getName).collect(Collectors.toSet()));
                    assertThat(w.getAppearanceState()).isEqualTo(COSName.Off);
                }
                assertThat(states).as("appearance states of %s", radio.getFullyQualifiedName())
                        .containsExactlyInAnyOrder(Set.of("confirm", "Off"), Set.of("change", "Off"));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml"})
    void eachStylesButtonsSitOnThePageThatShowsItsCodes(String sample) throws IOException {
        RenderedPi pi = RenderedPi.sample(sample);
        try (PDDocument doc = pi.open()) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (JsonNode style : pi.yaml().styles()) {
                PDField field = form.getField("signoff." + style.get("id").asText());
                Set<Integer> pages = new HashSet<>();
                ((PDTerminalField) field).getWidgets().forEach(w -> pages.add(doc.getPages().indexOf(w.getPage()) + 1));

                assertThat(pages).hasSize(1);
                String text = PdfText.page(doc, pages.iterator().next());
                assertThat(text).contains(style.get("buyerCode").asText(), style.get("id").asText());
            }
        }
    }

    private static List<PDTerminalField> terminalFields(PDDocument doc) {
        List<PDTerminalField> fields = new ArrayList<>();
        for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (f instanceof PDTerminalField t) {
                fields.add(t);
            }
        }
        return fields;
    }

    private static List<String> attachedPointIds(PDDocument doc) throws IOException {
        byte[] json = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                .get(IdentityEmbedding.ATTACHMENT).getEmbeddedFile().toByteArray();
        List<String> ids = new ArrayList<>();
        JSON.readTree(json).get("points").forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
