package io.countersign.signing;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Where a keystore password comes from: a file, an environment variable or a prompt on the
 * terminal — never a command-line argument, which other users can read in the process list and
 * which stays in the shell history. Each read returns a fresh array the caller clears after use.
 */
@FunctionalInterface
public interface PasswordSource {

    /** The password; the caller clears the array when done. */
    char[] read();

    /**
     * The first line of {@code file} (UTF-8), without its line ending: {@code echo secret > pw}
     * and an editor's trailing newline both give {@code secret}. Other spaces are kept.
     */
    static PasswordSource file(Path file) {
        return () -> {
            byte[] bytes;
            try {
                if (!Files.isRegularFile(file)) {
                    throw new SigningInputException("password file " + file + " not found");
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new SigningInputException("cannot read password file " + file + ": " + e.getMessage(), e);
            }
            try {
                CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
                char[] all = decoded.array();
                int end = 0;
                while (end < decoded.limit() && all[end] != '\n' && all[end] != '\r') {
                    end++;
                }
                char[] line = Arrays.copyOf(all, end);
                Arrays.fill(all, '\0');
                if (line.length == 0) {
                    throw new SigningInputException("password file " + file + " is empty — hint: write the password on its first line");
                }
                return line;
            } catch (CharacterCodingException e) {
                throw new SigningInputException("password file " + file + " is not UTF-8 text", e);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        };
    }

    /** The value of the environment variable {@code name}, which must be set and not empty. */
    static PasswordSource environment(String name) {
        return environment(name, System::getenv);
    }

    /** As {@link #environment(String)}, reading variables through {@code getenv} (tests). */
    static PasswordSource environment(String name, Function<String, String> getenv) {
        return () -> {
            String value = getenv.apply(name);
            if (value == null || value.isEmpty()) {
                throw new SigningInputException("environment variable " + name + " is " + (value == null ? "not set" : "empty")
                        + " — hint: export " + name + " before running, or use --password-file");
            }
            return value.toCharArray();
        };
    }

    /** Asks on the terminal without echo; fails with a hint when there is no terminal (scripts, CI). */
    static PasswordSource prompt(String question) {
        return () -> {
            Console console = System.console();
            if (console == null) {
                throw new SigningInputException("no password given and no terminal to ask for it"
                        + " — hint: use --password-file FILE or --password-env VARIABLE");
            }
            char[] answer = console.readPassword("%s", question);
            if (answer == null || answer.length == 0) {
                throw new SigningInputException("no password entered");
            }
            return answer;
        };
    }
}
