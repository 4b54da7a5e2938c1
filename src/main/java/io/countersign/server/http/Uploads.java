package io.countersign.server.http;

import io.countersign.input.InputFormat;
import io.countersign.server.documents.PiIssuer;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PI posted as {@code multipart/form-data}: the part {@code pi} is the YAML/JSON (a file, or a text
 * field with {@code format=yaml|json}); every other file part is a picture, kept in memory under the
 * part's name, which is the path the PI gives for it ({@code -F images/kb-5a.jpg=@kb-5a.jpg}). The
 * pictures of one request are bounded by {@link Limits#piBytes()}.
 */
final class Uploads {
    private static final Pattern RELATIVE_PATH = Pattern.compile("[A-Za-z0-9._()\\- ]+(/[A-Za-z0-9._()\\- ]+)*");
    private static final int MAX_PARTS = 500;

    private Uploads() {
    }

    static PiIssuer.Upload pi(Context ctx, Limits limits) {
        Map<String, List<UploadedFile>> files;
        Map<String, List<String>> fields;
        try {
            files = ctx.uploadedFileMap();
            fields = ctx.formParamMap();
        } catch (Exception e) { // Jetty's parser throws checked exceptions through Kotlin
            throw multipartFailure(e, limits.piBytes());
        }
        if (files.values().stream().mapToInt(List::size).sum() > MAX_PARTS) {
            throw ProblemException.badRequest("more than " + MAX_PARTS + " files in one PI");
        }
        String text;
        String name;
        InputFormat format;
        if (files.containsKey("pi")) {
            UploadedFile pi = single(files.get("pi"));
            name = Bodies.displayName(pi.filename(), "pi.yaml");
            format = Bodies.textFormat(pi.contentType(), name).orElseThrow(() -> ProblemException.unsupported("the part pi is named " + name
                    + " with type " + pi.contentType() + "; name it .yaml, .yml or .json, or give it type application/yaml or application/json"));
            text = Bodies.utf8(read(pi, io.countersign.input.PiReader.MAX_INPUT_BYTES, "the part pi"), name);
        } else if (fields.containsKey("pi")) {
            String f = fields.getOrDefault("format", List.of("yaml")).get(0);
            format = f.equalsIgnoreCase("json") ? InputFormat.JSON : InputFormat.YAML;
            name = format == InputFormat.JSON ? "pi.json" : "pi.yaml";
            text = fields.get("pi").get(0);
        } else {
            throw ProblemException.badRequest("the form has no part named pi; send the PI as -F pi=@pi.yaml and each picture as "
                    + "-F images/name.jpg=@name.jpg (the part's name is the path the PI gives for it)");
        }
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        for (Map.Entry<String, List<UploadedFile>> part : files.entrySet()) {
            if (part.getKey().equals("pi")) {
                continue;
            }
            String path = part.getKey().replace('\\', '/');
            if (!RELATIVE_PATH.matcher(path).matches() || path.contains("..") || path.length() > 255
                    || Path.of(path).normalize().toString().isEmpty()) {
                throw ProblemException.badRequest("the part \"" + part.getKey() + "\" is not a relative path such as images/kb-5a.jpg;"
                        + " name each picture's part by the path the PI gives for it");
            }
            pictures.put(path, read(single(part.getValue()), limits.pictureBytes(), "the picture " + path));
        }
        return new PiIssuer.Upload(text, format, name, pictures);
    }

    private static UploadedFile single(List<UploadedFile> files) {
        if (files.size() != 1) {
            throw ProblemException.badRequest("the part " + files.get(0).filename() + " is given " + files.size() + " times");
        }
        return files.get(0);
    }

    private static byte[] read(UploadedFile f, long limit, String what) {
        if (f.size() > limit) {
            throw ProblemException.tooLarge(limit, what);
        }
        try (InputStream in = f.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw Bodies.unreadable(e);
        }
    }

    /** Jetty's multipart parser failed: over a limit (413), or not a well-formed form (400). */
    static ProblemException multipartFailure(Exception e, long limit) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("max")) {
                return ProblemException.tooLarge(limit, "the form");
            }
        }
        String why = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().contains("Exception")) {
                why = t.getMessage();
            }
        }
        return ProblemException.badRequest("the multipart form cannot be read" + (why.isEmpty() ? "" : ": " + why)
                + "; send it as curl -F does (multipart/form-data with a boundary)");
    }
}
