package io.countersign.server.http;

import io.countersign.CountersignException;
import io.countersign.input.InputFormat;
import io.countersign.input.InvalidInputException;
import io.countersign.input.Problem;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading request bodies within their limits: refused by Content-Length before reading, and counted while reading. */
final class Bodies {
    private Bodies() {
    }

    /** 413 when the declared length is over {@code limit}. */
    static void checkLength(Context ctx, long limit, String what) {
        String declared = ctx.header("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    throw ProblemException.tooLarge(limit, what);
                }
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("Content-Length is not a number: " + declared);
            }
        }
    }

    static byte[] bytes(Context ctx, long limit, String what) {
        checkLength(ctx, limit, what);
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw ProblemException.tooLarge(limit, what);
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /** Streams the body into {@code target}, at most {@code limit} bytes. */
    static Path spool(Context ctx, Path target, long limit, String what) {
        checkLength(ctx, limit, what);
        try (InputStream in = ctx.bodyInputStream(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw ProblemException.tooLarge(limit, what);
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw ProblemException.badRequest(what + " is empty");
            }
            return target;
        } catch (IOException e) {
            throw ProblemException.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /** The bytes as UTF-8 text (a BOM dropped); text that is not UTF-8 is bad input, located at its first bad byte. */
    static String utf8(byte[] bytes, String displayName) {
        if (bytes.length == 0) {
            throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "", "the body is empty",
                    "send the document's YAML or JSON as the request body")));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            throw new InvalidInputException(List.of(new Problem(displayName, 0, 0, "", "the body is not UTF-8 text (byte " + offset + ")",
                    "save the file as UTF-8; GBK, Big5 or Windows-1252 garble Chinese and accented letters")));
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        return in.position();
    }

    /** YAML or JSON from the Content-Type, else from the name's extension. */
    static Optional<InputFormat> textFormat(String contentType, String name) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (type.equals("application/json") || type.endsWith("+json")) {
            return Optional.of(InputFormat.JSON);
        }
        if (type.equals("application/yaml") || type.equals("application/x-yaml") || type.equals("text/yaml") || type.equals("text/x-yaml")) {
            return Optional.of(InputFormat.YAML);
        }
        return InputFormat.ofFileName(name);
    }

    static String mediaType(Context ctx) {
        String type = ctx.contentType();
        return type == null ? "" : type.toLowerCase(Locale.ROOT).split(";")[0].trim();
    }

    /** A file name a client gave (query {@code name=}), reduced to its last segment and safe characters. */
    static String displayName(String given, String fallback) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        String last = given.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String safe = last.replaceAll("[^\\p{L}\\p{N}._ ()-]", "_");
        if (safe.isBlank() || safe.startsWith(".") || safe.length() > 150) {
            throw ProblemException.badRequest("name=" + given + " is not a usable file name; use letters, digits, '.', '_', '-'");
        }
        return safe;
    }

    static CountersignException unreadable(IOException e) {
        return ProblemException.badRequest("the request body could not be read: " + e.getMessage());
    }
}
