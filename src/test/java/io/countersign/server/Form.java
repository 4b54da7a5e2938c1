package io.countersign.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A multipart/form-data body, as curl -F sends it. */
public final class Form {
    private final String boundary = "----countersign-test-" + Long.toHexString(System.nanoTime());
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public static Form of() {
        return new Form();
    }

    public Form file(String name, String fileName, String type, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                + type + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    public Form file(String name, Path file) {
        try {
            String type = file.toString().endsWith(".png") ? "image/png" : file.toString().endsWith(".jpg") ? "image/jpeg" : "application/yaml";
            return file(name, file.getFileName().toString(), type, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Form field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    /** The sample PI with its three pictures, as the README posts it. */
    public static Form samplePi() {
        Path dir = Path.of("samples/pi");
        return of().file("pi", dir.resolve("paper-boxes.yaml")).file("images/kb-5a.jpg", dir.resolve("images/kb-5a.jpg"))
                .file("images/kb-5b.png", dir.resolve("images/kb-5b.png")).file("images/kb-3c.jpg", dir.resolve("images/kb-3c.jpg"));
    }

    /** The sample PI with its text changed by {@code edit} (e.g. another number), with its pictures. */
    public static Form samplePi(java.util.function.UnaryOperator<String> edit) {
        Path dir = Path.of("samples/pi");
        try {
            String yaml = edit.apply(Files.readString(dir.resolve("paper-boxes.yaml")));
            return of().file("pi", "paper-boxes.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8))
                    .file("images/kb-5a.jpg", dir.resolve("images/kb-5a.jpg")).file("images/kb-5b.png", dir.resolve("images/kb-5b.png"))
                    .file("images/kb-3c.jpg", dir.resolve("images/kb-3c.jpg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
