package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.countersign.testing.InputYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code countersign pi} as a user runs it: what it prints, its exit code, and what it leaves in the output folder. */
class PiCommandTest {
    private static final Path SAMPLE = Path.of("samples", "pi", "paper-boxes.yaml");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void writesThePdfAndSaysWhereAndHowManyDecisionsItHas() throws IOException {
        Path out = dir.resolve("out");
        InputYaml yaml = InputYaml.read(SAMPLE);
        // the file is named after the PI number and revision
        Path expected = out.resolve(yaml.root().get("number").asText() + "-r" + yaml.root().get("revision").asInt() + ".pdf");

        Run run = run("pi", SAMPLE.toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).contains(expected.toString());
        assertThat(run.out()).contains(yaml.styles().size() + " sign-off points");
        assertThat(expected).isRegularFile();
        assertThat(Arrays.copyOf(Files.readAllBytes(expected), 5)).isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(leftovers(out)).containsExactly(expected.getFileName().toString());
    }

    @Test
    void strictRefusesAPiThatDisagreesWithThePoAndWritesNothing() throws IOException {
        // paper-boxes' PO asks twice for KB-5B's code and never for KB-5A's
        Path out = dir.resolve("out");

        Run run = run("pi", SAMPLE.toString(), "-o", out.toString(), "--strict");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--strict", "nothing written", "100235");
        assertThat(leftovers(out)).isEmpty();
    }

    static Stream<Arguments> badInputs() {
        // what, field path, where ('|' marks the reported line:column in the broken file), message, hint, edits (from, to, …)
        return Stream.of(
                bad("malformed YAML", "", "currency: USD|: x", "mapping values are not allowed here", "put quotes around text",
                        "currency: USD", "currency: USD: x"),
                bad("unknown field", "styles[0].unti", "|unti: sets", "unknown field \"unti\"", "did you mean \"unit\"?",
                        "    unit: sets", "    unti: sets"),
                bad("missing required field", "styles[1].name", "- |id: KB-5B", "missing required field \"name\"", "add name:",
                        "buyerCode: \"100235\"\n    name: Nested kraft box\n", "buyerCode: \"100235\"\n"),
                bad("GTIN check digit", "styles[1].gtin", "gtin: |\"084631001026\"", "has check digit 6 but the digits before it give 5",
                        "it is 084631001025", "\"084631001025\"", "\"084631001026\""),
                bad("11-digit UPC", "styles[1].gtin", "gtin: |\"08463100102\"", "has 11 digits; a UPC-A has 12", "all 12 digits",
                        "\"084631001025\"", "\"08463100102\""),
                bad("non-digits in GTIN", "styles[1].gtin", "gtin: |\"08463100102X\"", "contains 'X'", "digits only",
                        "\"084631001025\"", "\"08463100102X\""),
                bad("zero quantity", "styles[2].quantity", "quantity: |0\n", "must be more than 0, found 0", "number of units",
                        "quantity: 1500\n", "quantity: 0\n"),
                bad("cent fractions in USD", "styles[1].unitPrice", "unitPrice: |2.605", "2.605 has 3 decimals but USD has 2", "round it to 2.61",
                        "unitPrice: 2.60", "unitPrice: 2.605"),
                bad("unknown currency", "currency", "currency: |XYZ", "\"XYZ\" is not an ISO 4217 currency code", "three-letter ISO 4217 code",
                        "currency: USD", "currency: XYZ"),
                bad("duplicate style id", "styles[1].id", "- id: |KB-5A\n    buyerCode: \"100235\"", "style id \"KB-5A\" is already used by styles[0]",
                        "its own id", "id: KB-5B", "id: KB-5A"),
                bad("missing picture", "styles[1].images[0]", "[|images/kb-5x.png]", "does not exist", "did you mean kb-5b.png?",
                        "images/kb-5b.png", "images/kb-5x.png"),
                bad("picture outside the folder", "styles[1].images[0]", "[|../images/kb-5b.png]", "leads out of the input file's folder",
                        "subfolder", "images/kb-5b.png", "../images/kb-5b.png"),
                bad("picture by URL", "styles[1].images[0]", "[|http://example.com/kb-5b.png]", "is a URL", "save the picture",
                        "images/kb-5b.png", "http://example.com/kb-5b.png"),
                bad("damaged JPEG", "styles[2].images[0]", "[|images/truncated.jpg]", "is damaged", "save it again",
                        "images/kb-3c.jpg", "images/truncated.jpg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsBadInputWithWhereWhatAndHowToFixItAndWritesNothing(String what, String path, String where, String message, String hint,
                                                                  List<String> edits) throws IOException {
        Path input = brokenCopy(edits);
        Path out = dir.resolve("pi").resolve("out");

        Run run = run("pi", input.toString(), "-o", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        String located = input + ":" + position(Files.readString(input), where) + ": " + (path.isEmpty() ? "" : path + ": ");
        assertThat(run.err()).contains(located, message, " — hint: ");
        assertThat(run.err().substring(run.err().indexOf(" — hint: "))).contains(hint);
        assertThat(run.err()).doesNotContain("at io.", "Exception");
        assertThat(run.out()).isEmpty();
        assertThat(leftovers(out)).isEmpty();
    }

    @Test
    void printsItsVersion() {
        Run run = run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("countersign ");
    }

    @Test
    void printsThePiSchemaAsJson() throws IOException {
        Run run = run("schema", "pi");

        assertThat(run.exit()).isZero();
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.has("$schema")).isTrue();
    }

    @Test
    void refusesAMagnificationOutsideTheGs1Range() throws IOException {
        Run run = run("pi", SAMPLE.toString(), "-o", dir.toString(), "--magnification", "250");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--magnification 250", "80..200").doesNotContain("at io.");
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void refusesALanguageItHasNoWordsFor() throws IOException {
        Run run = run("pi", SAMPLE.toString(), "-o", dir.toString(), "--lang", "xx");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lang xx", "en", "zh-CN", "zh-TW", "de").doesNotContain("at io.");
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void namesTheTemplateFileAndLineOfATemplateError() throws IOException {
        // users edit their own copy of templates/; an error must point into the file they edited
        Path templates = dir.resolve("templates");
        copyTree(Path.of("templates"), templates);
        Path piHtml = templates.resolve("pi.html");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(piHtml));
        int body = lines.indexOf("<body>");
        assertThat(body).isPositive();
        lines.add(body + 1, "<div th:text=\"${pi.nosuch()}\">x</div>");
        Files.write(piHtml, lines);
        int brokenLine = body + 2;
        Path out = dir.resolve("out");

        Run run = run("pi", SAMPLE.toString(), "-o", out.toString(), "--templates", templates.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("pi.html:" + brokenLine + ":", "nosuch").doesNotContain("at io.");
        assertThat(leftovers(out)).isEmpty();
    }

    /** The sample's text with the edits applied, in dir/pi/ with the sample's pictures (and a damaged one) beside it. */
    private Path brokenCopy(List<String> edits) throws IOException {
        Path folder = dir.resolve("pi");
        copyTree(SAMPLE.resolveSibling("images"), folder.resolve("images"));
        // the same pictures one folder up, so "../images/…" is refused for leaving the folder, not for being missing
        copyTree(SAMPLE.resolveSibling("images"), dir.resolve("images"));
        byte[] jpeg = Files.readAllBytes(SAMPLE.resolveSibling("images/kb-3c.jpg"));
        Files.write(folder.resolve("images/truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        for (int i = 0; i < edits.size(); i += 2) {
            assertThat(text).contains(edits.get(i));
            text = text.replaceFirst(java.util.regex.Pattern.quote(edits.get(i)), java.util.regex.Matcher.quoteReplacement(edits.get(i + 1)));
        }
        Path input = folder.resolve("bad.yaml");
        Files.writeString(input, text, StandardCharsets.UTF_8);
        return input;
    }

    /** line:column of the '|' in {@code where}, which must occur once in {@code text} without the '|'. */
    private static String position(String text, String where) {
        String anchor = where.replace("|", "");
        int at = text.indexOf(anchor);
        assertThat(at).as("anchor %s", anchor).isNotNegative();
        assertThat(text.indexOf(anchor, at + 1)).as("anchor %s unique", anchor).isNegative();
        int offset = at + where.indexOf('|');
        int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - text.lastIndexOf('\n', offset - 1);
        return line + ":" + column;
    }

    /** PDFs and temporary .part files in {@code out}; none may survive a failed run. */
    private static List<String> leftovers(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pdf") || n.endsWith(".part")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static Arguments bad(String what, String path, String where, String message, String hint, String... edits) {
        return arguments(what, path, where, message, hint, List.of(edits));
    }

    @Test
    void previousMustBeAnEarlierRevisionOfTheSamePi() {
        // Comparing a PI with itself (or a later revision) would mark nothing as changed and mislead.
        Run run = run("pi", SAMPLE.toString(), "--previous", SAMPLE.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("pass an earlier revision of the same PI");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
