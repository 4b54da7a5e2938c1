package io.countersign.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.gs1.Gtin;
import io.countersign.pi.PoFinding.Kind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Sanity checks on the committed sample PIs; the validating reader has its own, stricter tests. */
class SamplesTest {

    private static final long MAX_IMAGE_BYTES = 100 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml", "sixty-styles.yaml"})
    void hasValidGtinsUniqueIdsAndSmallExistingImages(String name) throws IOException {
        SampleFile sample = SampleFile.read(name);
        Set<String> ids = new HashSet<>();
        Set<String> gtins = new HashSet<>();
        for (JsonNode style : sample.styleNodes()) {
            String gtin = style.get("gtin").asText();
            assertThatCode(() -> Gtin.parse(gtin)).as("GTIN of %s", style.get("id")).doesNotThrowAnyException();
            assertThat(gtins.add(gtin)).as("GTIN %s used once", gtin).isTrue();
            assertThat(ids.add(style.get("id").asText())).as("style id %s unique", style.get("id")).isTrue();
            // USD and EUR have two minor digits; a third would be rounded away on the invoice
            assertThat(style.get("unitPrice").decimalValue().scale()).as("decimals of %s", style.get("id")).isLessThanOrEqualTo(2);
            assertThat(style.get("images")).isNotEmpty();
            for (JsonNode image : style.get("images")) {
                Path file = sample.resolve(image.asText());
                assertThat(file).as("image of %s", style.get("id")).isRegularFile();
                assertThat(Files.size(file)).as("size of %s", file).isLessThanOrEqualTo(MAX_IMAGE_BYTES);
            }
        }
        assertThat(ids).isNotEmpty();
    }

    @Test
    void imagesDecodeAtAboutSixHundredByFourHundredFifty() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SampleFile.DIR.resolve("images"))) {
            files = listing.sorted().toList();
        }
        List<String> formats = new ArrayList<>();
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as("decodable %s", file).isNotNull();
            assertThat(image.getWidth()).isBetween(500, 700);
            assertThat(image.getHeight()).isBetween(375, 525);
            String fileName = file.getFileName().toString();
            formats.add(fileName.substring(fileName.lastIndexOf('.') + 1) + (image.getColorModel().hasAlpha() ? "+alpha" : ""));
        }
        // renderers must cope with both: a JPEG, and a PNG whose background is transparent
        assertThat(formats).contains("jpg", "png+alpha");
    }

    @Test
    void paperBoxesHasTwoSetsOfFiveAndOneSetOfThree() {
        List<Style> styles = SampleFile.read("paper-boxes.yaml").styles();

        assertThat(styles).extracting(s -> s.attribute("set").orElseThrow()).containsExactly("5 pcs", "5 pcs", "3 pcs");
    }

    @Test
    void paperBoxesPoRevealsTheCodeTrap() {
        // The case: the PI was issued for A, B, C, the PO's codes ask for B twice and never for
        // A. These three findings are what a reader of the PO should have seen before signing.
        SampleFile sample = SampleFile.read("paper-boxes.yaml");

        List<PoFinding> findings = PoReconciliation.reconcile(sample.styles(), sample.poLines());

        assertThat(findings).extracting(PoFinding::kind, PoFinding::buyerCode, PoFinding::styleId).containsExactly(
                tuple(Kind.DUPLICATE_PO_LINE, "100235", Optional.of("KB-5B")),
                tuple(Kind.QUANTITY_DIFFERS, "100235", Optional.of("KB-5B")),
                tuple(Kind.STYLE_NOT_ON_PO, "100234", Optional.of("KB-5A")));
    }

    @Test
    void paperBoxesPointsAtThePrintBetweenAAndB() {
        LookAlikeReport report = LookAlikes.find(SampleFile.read("paper-boxes.yaml").styles());

        assertThat(report.pairs()).extracting(LookAlikeFormatter.english()::sentence).containsExactly(
                "KB-5A and KB-5B differ only in: print (none vs white dots)",
                "KB-5A and KB-3C differ only in: set (5 vs 3), sizes",
                "KB-5B and KB-3C differ only in: set (5 vs 3), sizes, print (white dots vs none)");
    }

    @Test
    void mailOrderBoxesDifferInColourAndThePoHasAnOldPrice() {
        SampleFile sample = SampleFile.read("mail-order-boxes.yaml");

        assertThat(LookAlikes.find(sample.styles()).pairs()).extracting(LookAlikeFormatter.english()::sentence)
                .containsExactly("VK-305W and VK-305B differ only in: Farbe (weiß vs braun)");
        assertThat(PoReconciliation.reconcile(sample.styles(), sample.poLines())).extracting(PoFinding::message)
                .containsExactly("Buyer code NL-VK-305-W: PO line 1 has unit price 0.45, style VK-305W on the PI has 0.48.");
    }

    @Test
    void sixtyStylesPlantsFourLookAlikePairsOneOfThemIdentical() {
        List<Style> styles = SampleFile.read("sixty-styles.yaml").styles();

        LookAlikeReport report = LookAlikes.find(styles);

        assertThat(styles).hasSize(60);
        assertThat(report.pairs()).extracting(p -> p.a().id() + "/" + p.b().id())
                .containsExactly("NB-03/NB-04", "GB-11/GB-12", "SB-07/SB-08", "MB-05/MB-06");
        assertThat(report.identicalPairs()).extracting(p -> p.b().id()).containsExactly("GB-12");
    }
}
