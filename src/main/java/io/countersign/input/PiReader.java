package io.countersign.input;

import io.countersign.pi.ProformaInvoice;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a proforma invoice from a YAML or JSON file (format in docs/input-pi.md, JSON schema
 * from {@link #jsonSchema()}) and validates it completely. On bad input it throws
 * {@link InvalidInputException} listing every problem found, each with file, line, column,
 * field path and a hint; a syntax error is the one problem that ends reading early.
 *
 * <p>Absent optional values are empty {@code Optional}s ({@code validUntil}, {@code shipmentDate},
 * style {@code packing}, PO line {@code unitPrice}) or {@code ""} for optional text.
 */
public final class PiReader {
    /** Input files larger than this are refused before parsing. */
    public static final int MAX_INPUT_BYTES = 5 * 1024 * 1024;

    private static final String SCHEMA = "pi.schema.json";
    private static final String TOO_LARGE_HINT = "a PI is a few kilobytes; pictures belong in separate files named under images:";

    private PiReader() {
    }

    /** Reads {@code file}; its extension (.yaml, .yml, .json) gives the format, its folder is where pictures are looked up. */
    public static ProformaInvoice read(Path file) {
        String name = file.toString();
        ProblemSink sink = new ProblemSink(name);
        Optional<String> text = InputText.read(file, sink, "the PI", MAX_INPUT_BYTES, TOO_LARGE_HINT);
        sink.throwIfAny();
        Path baseDir = file.toAbsolutePath().getParent();
        return parse(text.orElseThrow(), InputFormat.ofFileName(name).orElseThrow(), PictureSource.folder(baseDir), sink);
    }

    /**
     * Reads a PI from text. {@code baseDir} is the folder that picture paths are relative to;
     * {@code displayName} is how problems name the input.
     */
    public static ProformaInvoice read(String text, InputFormat format, Path baseDir, String displayName) {
        return read(text, format, PictureSource.folder(baseDir), displayName);
    }

    /**
     * Reads a PI from text whose pictures come from {@code pictures}: the server's, posted with it
     * ({@link SentPictures}). {@code displayName} is how problems name the input.
     */
    public static ProformaInvoice read(String text, InputFormat format, PictureSource pictures, String displayName) {
        ProblemSink sink = new ProblemSink(displayName);
        long bytes = utf8Length(text);
        if (bytes > MAX_INPUT_BYTES) {
            tooLarge(bytes, sink);
        }
        sink.throwIfAny();
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, format, pictures, sink);
    }

    /** The JSON schema (draft 2020-12) of the PI input format. */
    public static String jsonSchema() {
        return Schemas.text(SCHEMA);
    }

    private static ProformaInvoice parse(String text, InputFormat format, PictureSource pictures, ProblemSink sink) {
        Optional<Node> root = TreeBuilder.parse(text, format, sink);
        Optional<ProformaInvoice> pi = root.flatMap(r -> new InvoiceReader(sink, new ImageInspector(pictures, sink)).read(r));
        sink.throwIfAny();
        return pi.orElseThrow(() -> new IllegalStateException("no PI and no problem reported"));
    }

    /** The bytes as UTF-8 text without a BOM, or empty after reporting UTF-16 or the first byte that is not UTF-8. */
    static Optional<String> decodeUtf8(byte[] bytes, ProblemSink sink) {
        return decodeUtf8(bytes, sink, "");
    }

    /** As {@link #decodeUtf8(byte[], ProblemSink)}, with {@code moreHint} added to the hint for text that is not UTF-8. */
    static Optional<String> decodeUtf8(byte[] bytes, ProblemSink sink, String moreHint) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            sink.add(Position.FILE, "", "the file is UTF-16 text", "save it as UTF-8" + moreHint);
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            sink.add(new Position(line, offset - lineStart + 1), "", "the file is not UTF-8 text (byte " + offset + ")",
                    "save it as UTF-8; files saved as GBK, Big5 or Windows-1252 garble Chinese and accented letters" + moreHint);
            return Optional.empty();
        }
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static void tooLarge(long bytes, ProblemSink sink) {
        InputText.tooLarge(bytes, MAX_INPUT_BYTES, TOO_LARGE_HINT, sink);
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
