package io.countersign.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template errors point at the line of the file the user edits. */
class TemplatesTest {

    @Test
    void countsTheLinesOfParserLevelCommentsThatThymeleafDrops() throws IOException {
        // regression: after the two-line comment at the top of pi.html every error was reported one line early
        String text = "<a>\n<!--/* one\ntwo\nthree */-->\n<b/>\n<c th:text=\"${x}\"/>\n";

        assertThat(Templates.fileLine(text, 1)).isEqualTo(1);
        assertThat(Templates.fileLine(text, 3)).isEqualTo(5);
        assertThat(Templates.fileLine(text, 4)).isEqualTo(6);
    }

    @Test
    void keepsTheLinesOfPrototypeOnlyBlocksWhoseContentThymeleafKeeps() {
        String text = "<a>\n<!--/*/ <th:block>\n/*/-->\n<b/>\n";

        assertThat(Templates.fileLine(text, 4)).isEqualTo(4);
    }

    @Test
    void namesTheFileAndItsLineInTheMessage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.html"), "<!DOCTYPE html>\n<!--/* a comment\n   over two lines */-->\n"
                + "<html xmlns:th=\"http://www.thymeleaf.org\">\n<p th:text=\"${nosuch.call()}\">x</p>\n</html>\n");

        assertThatThrownBy(() -> Templates.inDirectory(dir).process("t", Messages.of("en", Optional.empty()), Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("t.html:5:");
    }
}
