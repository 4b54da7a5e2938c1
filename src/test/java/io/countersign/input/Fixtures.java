package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The valid sample PI, the folder with its pictures, and a way to collect the problems of a variant. */
final class Fixtures {
    static final String FILE = "pi.yaml";

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String validYaml() {
        return resource("valid.yaml");
    }

    static String validJson() {
        return resource("valid.json");
    }

    /** Writes the pictures the sample names into {@code dir}/images. */
    static Path withPictures(Path dir) {
        try {
            Files.createDirectories(dir.resolve("images"));
            Files.write(dir.resolve("images/kb-5a.jpg"), TestImages.jpeg(40, 30));
            Files.write(dir.resolve("images/kb-3b.png"), TestImages.png(30, 40));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid YAML with each {@code from} replaced (first occurrence) by the following {@code to}. */
    static String edit(String... fromTo) {
        String text = validYaml();
        for (int i = 0; i < fromTo.length; i += 2) {
            int at = text.indexOf(fromTo[i]);
            if (at < 0) {
                throw new IllegalArgumentException("not in valid.yaml: " + fromTo[i]);
            }
            text = text.substring(0, at) + fromTo[i + 1] + text.substring(at + fromTo[i].length());
        }
        return text;
    }

    /** The problems reading {@code yaml} with pictures in {@code dir}; fails when it reads cleanly. */
    static List<Problem> problems(String text, InputFormat format, Path dir) {
        AtomicReference<List<Problem>> problems = new AtomicReference<>();
        assertThatThrownBy(() -> PiReader.read(text, format, dir, FILE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> problems.set(e.problems()));
        return problems.get();
    }

    static List<Problem> problems(String yaml, Path dir) {
        return problems(yaml, InputFormat.YAML, dir);
    }

    static String at(Problem p) {
        return p.line() + ":" + p.column();
    }
}
