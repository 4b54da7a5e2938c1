package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the text, the reader either returns a PI or throws InvalidInputException with located problems. */
class RobustnessTest {
    private static final String[] NOISE = {"", " ", "  ", "-", ":", "[", "]", "{", "}", ",", "\"", "'", "~", "&a", "*a",
        "0", "-1", "1e400", "null", "yes", "\t", "#", "!!binary", "\n", "\n  - ", "xx: 1", "?", "|"};

    @TempDir
    Path dir;

    @Test
    void neverFailsWithAnythingButInvalidInput() {
        // Why: a reader that crashes with NoSuchElementException on odd input gives the user a stack trace instead of a line number.
        Fixtures.withPictures(dir);
        Random random = new Random(20260815);
        for (String base : List.of(Fixtures.validYaml(), Fixtures.validJson())) {
            InputFormat format = base.startsWith("{") ? InputFormat.JSON : InputFormat.YAML;
            List<String> lines = Arrays.asList(base.split("\n"));
            for (int round = 0; round < 300; round++) {
                List<String> mutated = new ArrayList<>(lines);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    int at = random.nextInt(mutated.size());
                    String line = mutated.get(at);
                    int col = random.nextInt(line.length() + 1);
                    switch (random.nextInt(3)) {
                        case 0 -> mutated.remove(at);
                        case 1 -> mutated.set(at, line.substring(0, col) + NOISE[random.nextInt(NOISE.length)] + line.substring(col));
                        default -> mutated.set(at, line.substring(0, col));
                    }
                }
                String text = String.join("\n", mutated);
                try {
                    PiReader.read(text, format, dir, "fuzz");
                } catch (InvalidInputException e) {
                    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.message()).isNotBlank().doesNotContain("Exception", "java.", "`");
                        assertThat(p.line() >= 1 || p.column() == 0).isTrue();
                    });
                } catch (RuntimeException e) {
                    throw new AssertionError("crashed on:\n" + text, e);
                }
            }
        }
    }
}
