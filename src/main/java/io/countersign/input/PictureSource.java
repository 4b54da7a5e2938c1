package io.countersign.input;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where the pictures a PI names are read from: files under the PI file's folder ({@link #folder}),
 * or the pictures posted with it ({@link SentPictures}). Either way the path the PI writes is checked
 * the same, and a picture that cannot be used is reported with the same problem.
 */
public abstract sealed class PictureSource permits PictureSource.InFolder, SentPictures {

    PictureSource() {
    }

    /** Pictures are files under {@code folder}, named by paths relative to it: the folder of the PI file. */
    public static PictureSource folder(Path folder) {
        return new InFolder(new LocalFiles(folder, "picture", "images/kb-5a.jpg", "PI"));
    }

    /** The picture {@code raw} names, read: checked where it is, that it is a file, not empty and at most {@code maxBytes}. */
    abstract Found find(String raw, long maxBytes, String smallerHint) throws Refusal;

    /** A picture's bytes, and the file a document made from the input reads them from, given their SHA-256. */
    record Found(byte[] bytes, Function<String, Path> file) {
    }

    /** Files in a folder, found and read by {@link LocalFiles}. */
    static final class InFolder extends PictureSource {
        private final LocalFiles files;

        InFolder(LocalFiles files) {
            this.files = files;
        }

        @Override
        Found find(String raw, long maxBytes, String smallerHint) throws Refusal {
            Path file = files.locate(raw);
            byte[] bytes = files.read(raw, file, maxBytes, smallerHint);
            return new Found(bytes, sha256 -> file);
        }
    }
}
