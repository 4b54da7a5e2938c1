package io.countersign.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The calculator package is plain arithmetic on the model: the PDF, the workbook and the server all print its figures. */
class NoRenderingInsideTest {
    private static final List<String> RENDERING = List.of("io.countersign.render", "io.countersign.xlsx", "io.countersign.settlement.agreement",
            "org.apache.pdfbox", "com.openhtmltopdf", "org.thymeleaf", "org.apache.poi");

    @Test
    void settlementPackageImportsNothingThatRenders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/countersign/settlement"))) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertThat(sources).hasSizeGreaterThan(10);
            for (Path source : sources) {
                List<String> imports = Files.readAllLines(source).stream().filter(l -> l.startsWith("import ")).toList();
                assertThat(imports).as(source.toString()).noneMatch(i -> RENDERING.stream().anyMatch(i::contains));
            }
        }
    }
}
