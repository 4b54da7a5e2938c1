package io.countersign.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The pictures a PI was posted with, each under the path the PI names it by ({@code images/kb-5a.jpg}):
 * they arrive with the request and stay in memory, where a PI file's pictures are files beside it. A
 * path the PI writes is checked as for files and refused with the same problems: a URL, an absolute
 * path or one that leads out; a picture not sent ("does not exist"), a folder, an empty or too large one.
 *
 * <p>Renderers read a picture from its file: {@code keptAt} gives the file where the caller keeps the
 * picture with a given SHA-256 (the server: its content store). After a successful read, the caller
 * stores each of {@link #named()} there before rendering. One instance serves one read; not thread-safe.
 */
public final class SentPictures extends PictureSource {
    private final InputPaths paths = new InputPaths("picture", "images/kb-5a.jpg", "PI");
    private final Map<Path, byte[]> byPath = new LinkedHashMap<>();
    private final Set<Path> folders = new HashSet<>();
    private final Function<String, Path> keptAt;
    private final Map<String, String> named = new LinkedHashMap<>();

    /**
     * @param byPath each picture's bytes by its path relative to the PI ({@code images/kb-5a.jpg}); a path
     *               given twice after normalizing ({@code ./images/kb-5a.jpg}) is the later picture
     * @param keptAt the file a picture is read from when rendering, by the SHA-256 of its bytes
     * @throws IllegalArgumentException for a path that is absolute or leads out (check paths from a client first)
     */
    public SentPictures(Map<String, byte[]> byPath, Function<String, Path> keptAt) {
        this.keptAt = keptAt;
        byPath.forEach((path, bytes) -> {
            Path p = Path.of(path).normalize();
            if (p.isAbsolute() || p.startsWith("..") || p.toString().isEmpty()) {
                throw new IllegalArgumentException("not a relative path inside the PI's folder: " + path);
            }
            this.byPath.put(p, bytes);
            for (Path folder = p.getParent(); folder != null; folder = folder.getParent()) {
                folders.add(folder);
            }
        });
    }

    /** The pictures the PI used, by normalized path, with the SHA-256 of each, in the order the PI first names them. */
    public Map<String, String> named() {
        return Collections.unmodifiableMap(named);
    }

    /** The bytes sent under {@code path}, a key of {@link #named()}. */
    public byte[] bytes(String path) {
        byte[] bytes = byPath.get(Path.of(path));
        if (bytes == null) {
            throw new IllegalArgumentException("no picture was sent under " + path);
        }
        return bytes;
    }

    @Override
    Found find(String raw, long maxBytes, String smallerHint) throws Refusal {
        Path inside = paths.relative(raw).normalize();
        if (inside.startsWith("..")) {
            throw paths.outside(raw);
        }
        byte[] bytes = byPath.get(inside);
        if (bytes == null) {
            throw inside.toString().isEmpty() || folders.contains(inside) ? paths.folder(raw) : paths.missing(raw, inside, this::namesIn);
        }
        if (bytes.length > maxBytes) {
            throw paths.tooLarge(raw, bytes.length, maxBytes, smallerHint);
        }
        if (bytes.length == 0) {
            throw paths.empty(raw);
        }
        String key = inside.toString();
        return new Found(bytes, sha256 -> {
            named.putIfAbsent(key, sha256);
            return keptAt.apply(sha256);
        });
    }

    /** The names of the pictures and folders directly in {@code folder} ("" for the PI's own), empty when nothing was sent under it. */
    private Optional<List<String>> namesIn(Path folder) {
        if (!folder.toString().isEmpty() && !folders.contains(folder)) {
            return Optional.empty();
        }
        Path parent = folder.toString().isEmpty() ? null : folder;
        List<String> names = new ArrayList<>();
        for (Set<Path> paths : List.of(byPath.keySet(), folders)) {
            paths.stream().filter(p -> Objects.equals(p.getParent(), parent)).forEach(p -> names.add(p.getFileName().toString()));
        }
        return Optional.of(names);
    }
}
