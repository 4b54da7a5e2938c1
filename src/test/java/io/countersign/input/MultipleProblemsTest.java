package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipleProblemsTest {
    @TempDir
    Path dir;

    @Test
    void reportsEveryProblemInFileOrder() {
        // Why: a supplier fixing one error per run would need as many runs as there are mistakes.
        String yaml = Fixtures.edit(
                "currency: USD", "currency: usd",
                "rule: FOB", "rule: FBO",
                "gtin: \"012345678905\"", "gtin: \"01234567890\"",
                "images/kb-5a.jpg", "https://example.com/kb-5a.jpg",
                "  - id: KB-3B", "  - id: KB-5A",
                "    quantity: \"800\"", "    quantity: \"0\"",
                "    quantity: 800", "    quantity: 800\n    price: 3");
        List<Problem> problems = Fixtures.problems(yaml, Fixtures.withPictures(dir));
        assertThat(problems).extracting(Problem::path).containsExactly(
                "currency", "incoterms.rule", "styles[0].images[0]", "styles[0].gtin", "styles[1].id", "styles[1].quantity",
                "po[1].price");
        assertThat(problems).extracting(Problem::line).isSorted();
    }

    @Test
    void listsThemAllInTheMessageWithACount() {
        String yaml = Fixtures.edit("currency: USD", "currency: usd", "rule: FOB", "rule: FBO");
        assertThatThrownBy(() -> PiReader.read(yaml, InputFormat.YAML, Fixtures.withPictures(dir), "samples/pi/bad.yaml"))
                .hasMessage("""
                        2 problems in samples/pi/bad.yaml:
                        samples/pi/bad.yaml:7:11: currency: "usd" is not an ISO 4217 currency code — hint: did you mean USD?
                        samples/pi/bad.yaml:8:20: incoterms.rule: "FBO" is not an Incoterms 2020 rule — hint: did you mean FOB? \
                        Incoterms 2020 rules are EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF""");
    }

    @Test
    void reportsProblemsInJsonWithJsonPositions() {
        String json = Fixtures.validJson().replace("\"currency\": \"USD\"", "\"currency\": \"usd\"")
                .replace("\"gtin\": \"012345678905\"", "\"gtin\": 12345678905");
        List<Problem> problems = Fixtures.problems(json, InputFormat.JSON, Fixtures.withPictures(dir));
        assertThat(problems).extracting(Problem::path).containsExactly("currency", "styles[0].gtin");
        assertThat(problems.get(1).hint()).contains("(with 11 digits, one may already be lost)");
        assertThat(problems.get(0).column()).isEqualTo(15);
    }

    @Test
    void capsTheMessageButKeepsEveryProblem() {
        StringBuilder yaml = new StringBuilder(Fixtures.validYaml());
        for (int i = 0; i < InvalidInputException.MAX_LISTED + 5; i++) {
            yaml.append("extra").append(i).append(": x\n");
        }
        assertThatThrownBy(() -> PiReader.read(yaml.toString(), InputFormat.YAML, Fixtures.withPictures(dir), "pi.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(InvalidInputException.MAX_LISTED + 5);
                    assertThat(e.getMessage()).startsWith("205 problems in pi.yaml:").endsWith("… and 5 more");
                });
    }
}
