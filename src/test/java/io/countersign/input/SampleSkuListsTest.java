package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.labels.LineDrawing;
import io.countersign.labels.Sku;
import io.countersign.labels.SkuList;
import io.countersign.labels.StickerLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** samples/labels: the paper-box case's 12 SKUs as CSV and XLSX, with their pictures and line drawings. */
class SampleSkuListsTest {
    private static final Path DIR = Path.of("samples/labels");

    @Test
    void theCsvSampleReadsWithoutProblems() {
        SkuList list = SkuReader.read(DIR.resolve("skus.csv"));
        assertThat(list.problems()).isEmpty();
        assertThat(list.rows()).hasSize(12);
        Sku b = list.rows().get(1);
        assertThat(b.sku()).isEqualTo("KB-5B");
        assertThat(b.buyerCode()).isEqualTo("100235");
        assertThat(b.gtin().digits()).isEqualTo("084631001025");
        assertThat(b.cartonGtin().digits()).isEqualTo("10084631001022");
        assertThat(b.lineDrawing().orElseThrow().format()).isEqualTo(LineDrawing.Format.PDF);
        assertThat(list.rows().get(2).lineDrawing().orElseThrow().format()).isEqualTo(LineDrawing.Format.PNG);
        assertThat(list.rows().get(7).sticker().layout()).isEqualTo(StickerLayout.BARCODE_ONLY);
        assertThat(list.rows().get(8).colours()).hasSize(2);
    }

    @Test
    void theXlsxSampleHoldsTheSameSkusAsTheCsv() {
        // Same header row and data rows, so even the row numbers agree.
        assertThat(SkuReader.read(DIR.resolve("skus.xlsx")).rows()).isEqualTo(SkuReader.read(DIR.resolve("skus.csv")).rows());
    }

    @Test
    void theCommittedCsvIsWhatTheGeneratorWrites() throws IOException {
        // LabelSamples is the source of both files; an edit to one alone would make them differ.
        assertThat(Files.readString(DIR.resolve("skus.csv"))).isEqualTo(LabelSamples.csv());
    }

    @Test
    void theSamplesStaySmall() throws IOException {
        try (var files = Files.walk(DIR)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            assertThat(bytes).isLessThan(1024 * 1024);
        }
    }
}
