package io.countersign.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a YAML or JSON input file as text: checks name, existence and size first, then decodes UTF-8. */
final class InputText {
    private InputText() {
    }

    /**
     * The file's text, or empty after reporting why not. {@code what} names the document in messages
     * ("the PI"); files over {@code maxBytes} are refused before reading, with {@code tooLargeHint}.
     */
    static Optional<String> read(Path file, ProblemSink sink, String what, int maxBytes, String tooLargeHint) {
        if (InputFormat.ofFileName(file.toString()).isEmpty()) {
            sink.add(Position.FILE, "", "cannot tell the format of the file from its name",
                    "name it .yaml, .yml or .json according to its content");
        } else if (!Files.exists(file)) {
            sink.add(Position.FILE, "", "no such file", "check the path; it is relative to the current folder");
        } else if (!Files.isRegularFile(file)) {
            sink.add(Position.FILE, "", "is a folder, not a file", "name " + what + " file inside it");
        }
        if (!sink.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                tooLarge(size, maxBytes, tooLargeHint, sink);
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxBytes + 1);
            }
        } catch (IOException e) {
            sink.add(Position.FILE, "", "cannot be read", "check that the file is readable");
            return Optional.empty();
        }
        if (bytes.length > maxBytes) {
            tooLarge(bytes.length, maxBytes, tooLargeHint, sink);
            return Optional.empty();
        }
        return PiReader.decodeUtf8(bytes, sink);
    }

    static void tooLarge(long bytes, int maxBytes, String hint, ProblemSink sink) {
        sink.add(Position.FILE, "", "the file has " + bytes + " bytes; the limit is " + maxBytes
                + " (" + maxBytes / (1024 * 1024) + " MB)", hint);
    }
}
