package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/input-pi.md shows a PI and an error listing; both must be what the reader really does. */
class DocsTest {
    private static final Path DOC = Path.of("docs/input-pi.md");

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleIsValid() throws IOException {
        Fixtures.withPictures(dir);
        String yaml = block(Files.readString(DOC), "```yaml\n");
        assertThat(PiReader.read(yaml, InputFormat.YAML, dir, "example.yaml").styles()).hasSize(1);
    }

    @Test
    void theDocumentedErrorListingIsReal() throws IOException {
        String listing = block(Files.readString(DOC), "```\n3 problems").strip();
        String yaml = Fixtures.edit("currency: USD", "currency: usd", "    name: Nested kraft box\n", "",
                "gtin: \"012345678905\"", "gtin: \"01234567890\"");
        assertThatThrownBy(() -> PiReader.read(yaml, InputFormat.YAML, Fixtures.withPictures(dir), "samples/pi/bad.yaml"))
                .hasMessage(listing);
    }

    private static String block(String markdown, String start) {
        int from = markdown.indexOf(start);
        assertThat(from).as("block starting with " + start).isNotNegative();
        int bodyStart = markdown.indexOf('\n', from) + 1;
        if (start.startsWith("```\n")) {
            bodyStart = from + 4;
        }
        return markdown.substring(bodyStart, markdown.indexOf("```", bodyStart));
    }
}
