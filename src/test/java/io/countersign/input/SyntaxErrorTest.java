package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text that is not well-formed YAML or JSON: one problem at the parser's position, in words a supplier can act on. */
class SyntaxErrorTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "YAML | bad indentation       | `number: x\\n  currency: USD\\n`        | 2:11 | mapping values are not allowed here       | indentation",
        "YAML | unclosed list         | `a: [1, 2\\nb: 3\\n`                     | 2:2  | expected ',' or ']'                       | close the list",
        "YAML | unclosed quote        | `number: \"2026\\ncurrency: USD\\n`      | 3:1  | found unexpected end of stream (while scanning a quoted scalar that starts at line 1, column 9) | close the quote",
        "YAML | tab indentation       | `seller:\\n\\tname: x\\n`                | 2:1  | a tab character where YAML expects spaces | indent with spaces",
        "YAML | second document       | `number: a\\n---\\nnumber: b\\n`         | 3:1  | more content after the end of the PI     | one PI per file",
        "YAML | empty file            | `# nothing yet\\n`                      | 1:1  | the file is empty                        | number:",
        "YAML | too deep              | `a: [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]` | 1:19 | nested more than 16 levels      | indentation",
        "JSON | trailing comma        | `{\"number\": \"a\",}`                   | 1:16 | was expecting double-quote to start field name | no comma after the last entry",
        "JSON | GTIN with leading 0   | `{\"gtin\": 012345678905}`             | 1:11 | Leading zeroes not allowed                | quoted strings",
        "JSON | wrong closing bracket | `{\"remarks\": [\"a\"}`                  | 1:17 | expected ']' (for the list starting at line 1, column 13) | every {",
        "JSON | unquoted name         | `{number: 1}`                          | 1:2  | was expecting double-quote to start field name | \"quoted\" names",
        "JSON | cut off               | `{\"number\": \"a\"`                      | 1:15 | end-of-input                              | ends too early",
        "JSON | two objects           | `{}{}`                                 | 1:3  | more content after the end of the PI     | one JSON object",
    })
    void reportsWhereTheTextIsMalformed(InputFormat format, String what, String text, String at, String message, String hint) {
        List<Problem> problems = Fixtures.problems(text.replace("\\n", "\n").replace("\\t", "\t"), format, dir);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains(message);
            assertThat(p.hint()).contains(hint);
            assertThat(Fixtures.at(p)).isEqualTo(at);
            assertThat(p.toString()).doesNotContain("Exception", "com.fasterxml", "org.yaml", "java.", "`", "Source:");
        });
    }

    @Test
    void refusesOverlongTokensInPlainWords() {
        // Why: Jackson's own limit message names its configuration class; the user must see words, not Java.
        String json = "{\"number\": " + "1".repeat(TreeBuilder.MAX_NUMBER_LENGTH + 1) + "}";
        assertThat(Fixtures.problems(json, InputFormat.JSON, dir)).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("a number, name or text in the file is longer than countersign accepts");
            assertThat(p.toString()).doesNotContain("`", "StreamReadConstraints");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"YAML | - a", "JSON | [1]", "YAML | just text"})
    void wantsAMappingAtTheTop(InputFormat format, String text) {
        assertThat(Fixtures.problems(text, format, dir)).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("expected a mapping (proforma invoice), found"));
    }
}
