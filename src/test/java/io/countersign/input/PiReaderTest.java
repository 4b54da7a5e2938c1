package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.core.Contact;
import io.countersign.pi.Attribute;
import io.countersign.pi.Incoterms;
import io.countersign.pi.ProductImage;
import io.countersign.pi.ProformaInvoice;
import io.countersign.pi.Style;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFieldOfTheSample() throws Exception {
        Fixtures.withPictures(dir);
        ProformaInvoice pi = PiReader.read(Fixtures.validYaml(), InputFormat.YAML, dir, Fixtures.FILE);

        assertThat(pi.number()).isEqualTo("2026-0815");
        assertThat(pi.revision()).isEqualTo(2);
        assertThat(pi.issueDate()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(pi.validUntil()).contains(LocalDate.of(2026, 9, 14));
        assertThat(pi.buyerPoReference()).isEqualTo("PO-44817");
        assertThat(pi.currency()).isEqualTo("USD");
        assertThat(pi.incoterms()).isEqualTo(new Incoterms(Incoterms.Rule.FOB, "Shenzhen"));
        assertThat(pi.shipmentDate()).contains(LocalDate.of(2026, 10, 20));
        assertThat(pi.language()).contains("en");
        assertThat(pi.seller().address()).containsExactly("No. 8 Industrial Road", "Shenzhen 518000, China");
        assertThat(pi.seller().contact()).isEqualTo(new Contact("Lily Chen", "lily@hengda-paper.example", "+86 755 1234 5678"));
        assertThat(pi.buyer().contact()).isEqualTo(Contact.NONE);
        assertThat(pi.bank()).hasValueSatisfying(b -> {
            assertThat(b.swift()).isEqualTo("BKCHCNBJ450");
            assertThat(b.bankAddress()).isEmpty();
        });
        assertThat(pi.remarks()).containsExactly("Colours as approved sample of 2026-07-30");

        Style a = pi.styles().get(0);
        assertThat(a.attributes()).extracting(Attribute::name).containsExactly("set", "sizes", "material");
        assertThat(a.attribute("sizes")).contains("30×22×15 … 18×12×8 cm");
        assertThat(a.gtin().digits()).isEqualTo("012345678905");
        assertThat(a.unit()).isEqualTo("sets");
        assertThat(a.packing().orElseThrow().carton().cubicMetres()).isEqualByComparingTo("0.108");
        assertThat(a.packing().orElseThrow().grossWeightKg()).isEqualTo(new BigDecimal("10.2"));
        ProductImage picture = a.images().get(0);
        assertThat(picture.format()).isEqualTo(ProductImage.Format.JPEG);
        assertThat(picture.pixelWidth()).isEqualTo(40);
        assertThat(picture.pixelHeight()).isEqualTo(30);
        assertThat(picture.exifOrientation()).isEqualTo(1);
        assertThat(picture.file()).isEqualTo(dir.resolve("images/kb-5a.jpg").toRealPath());
        assertThat(picture.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(picture.file()))));

        Style b = pi.styles().get(1);
        assertThat(b.unit()).isEqualTo("pcs");
        assertThat(b.packing()).isEmpty();
        assertThat(b.images().get(0).format()).isEqualTo(ProductImage.Format.PNG);
        assertThat(pi.poLines()).hasSize(2);
        assertThat(pi.poLines().get(1).unitPrice()).isEmpty();
    }

    @Test
    void readsPricesExactlyAtTheCurrencyScale() {
        // Why: 3.1 read through a double is 3.100000000000000088817841970012523…; the PI must print 3.10.
        ProformaInvoice pi = PiReader.read(Fixtures.validYaml(), InputFormat.YAML, Fixtures.withPictures(dir), Fixtures.FILE);
        assertThat(pi.styles().get(0).unitPrice()).isEqualTo(new BigDecimal("2.35"));
        assertThat(pi.styles().get(1).unitPrice()).isEqualTo(new BigDecimal("3.10"));
        assertThat(pi.styles().get(1).quantity()).isEqualTo(new BigDecimal("800"));
    }

    @Test
    void yamlAndJsonGiveEqualModels() {
        Fixtures.withPictures(dir);
        ProformaInvoice fromYaml = PiReader.read(Fixtures.validYaml(), InputFormat.YAML, dir, "pi.yaml");
        ProformaInvoice fromJson = PiReader.read(Fixtures.validJson(), InputFormat.JSON, dir, "pi.json");
        assertThat(fromJson).isEqualTo(fromYaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pi.yaml", "pi.yml", "PI.YAML", "pi.json"})
    void readsFilesByTheirExtension(String name) throws IOException {
        Fixtures.withPictures(dir);
        String text = name.toLowerCase(Locale.ROOT).endsWith(".json") ? Fixtures.validJson() : Fixtures.validYaml();
        Path file = Files.writeString(dir.resolve(name), text);
        assertThat(PiReader.read(file).styles()).hasSize(2);
    }

    @Test
    void acceptsAByteOrderMark() throws IOException {
        // Why: Windows editors save "UTF-8 with BOM"; the BOM must not become part of the first key.
        Fixtures.withPictures(dir);
        Path file = Files.writeString(dir.resolve("pi.yaml"), "\uFEFF" + Fixtures.validYaml());
        assertThat(PiReader.read(file).number()).isEqualTo("2026-0815");
    }

    @Test
    void namesTheFileAsTheUserGaveIt() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "number: [\n");
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("bad.yaml"));
        assertThatThrownBy(() -> PiReader.read(relative))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).file()).isEqualTo(relative.toString()));
    }

    @Test
    void refusesAFileWithAnUnknownExtension() throws IOException {
        Path file = Files.writeString(dir.resolve("pi.txt"), Fixtures.validYaml());
        assertThat(onlyProblem(file).message()).contains("cannot tell the format");
    }

    @Test
    void reportsAMissingFile() {
        Problem p = onlyProblem(dir.resolve("nope.yaml"));
        assertThat(p.message()).isEqualTo("no such file");
        assertThat(p.hasPosition()).isFalse();
        assertThat(p.toString()).isEqualTo(dir.resolve("nope.yaml") + ": no such file — hint: " + p.hint());
    }

    @Test
    void refusesAFileOverFiveMegabytesBeforeParsing() throws IOException {
        // Broken YAML after the limit shows that the parser never saw the text.
        Path file = Files.writeString(dir.resolve("big.yaml"), "#".repeat(PiReader.MAX_INPUT_BYTES) + "\n: [");
        assertThat(onlyProblem(file).message()).contains("the limit is " + PiReader.MAX_INPUT_BYTES);
        assertThatThrownBy(() -> PiReader.read("#".repeat(PiReader.MAX_INPUT_BYTES) + "\n", InputFormat.YAML, dir, "x.yaml"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the limit is");
    }

    @Test
    void reportsTextThatIsNotUtf8WithItsLine() throws IOException {
        byte[] latin1 = "number: \"1\"\nseller:\n  name: Müller GmbH\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("pi.yaml"), latin1);
        Problem p = onlyProblem(file);
        assertThat(p.message()).contains("not UTF-8");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(10);
    }

    @Test
    void readsTheSameUnderTurkishAndGermanLocales() {
        // Why: "i".toUpperCase() is "İ" in Turkish, so a locale-sensitive case change breaks codes like "idr" → IDR;
        // German formats 2.5 as "2,5", which must not leak into messages.
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
                Locale.setDefault(locale);
                Fixtures.withPictures(dir);
                assertThat(PiReader.read(Fixtures.validYaml(), InputFormat.YAML, dir, "pi.yaml").styles()).hasSize(2);
                List<Problem> problems = Fixtures.problems(Fixtures.edit("currency: USD", "currency: idr"), dir);
                assertThat(problems).singleElement().satisfies(p -> assertThat(p.hint()).isEqualTo("did you mean IDR?"));
                assertThat(Fixtures.problems(Fixtures.edit("    unitPrice: 2.35", "    ÜnitPrice: 2.35"), dir))
                        .anySatisfy(p -> assertThat(p.hint()).isEqualTo("did you mean \"unitPrice\"?"));
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void shipsTheJsonSchema() {
        assertThat(PiReader.jsonSchema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    private static Problem onlyProblem(Path file) {
        List<Problem> problems = new java.util.ArrayList<>();
        assertThatThrownBy(() -> PiReader.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> problems.addAll(e.problems()));
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
