package io.countersign.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Edits a PDF the way a careful tool does, as an incremental update appended to the bytes — for changes made after signing. */
public final class Incremental {
    @FunctionalInterface
    public interface Edit {
        void apply(PDDocument doc) throws IOException;
    }

    private Incremental() {
    }

    public static byte[] edit(byte[] pdf, Edit edit) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            edit.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the whole PDF and saves it anew, as most editors do: every byte offset moves. */
    public static byte[] resave(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
