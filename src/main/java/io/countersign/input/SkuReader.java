package io.countersign.input;

import io.countersign.core.Sha256;
import io.countersign.labels.SkuList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a SKU list — CSV, XLSX (first sheet) or YAML — for the UPC sticker and carton artwork
 * sheets (columns, aliases and formats in docs/input-labels.md). A problem with the file as a
 * whole (unreadable, too large, a required column missing, more than {@value #MAX_ROWS} rows)
 * throws {@link InvalidInputException} before any row is used; a problem of one row does not:
 * the row is left out and listed in {@link SkuList#problems()} with every problem it has, and
 * the other rows are read.
 */
public final class SkuReader {
    /** CSV and XLSX files larger than this are refused before they are parsed. */
    public static final int MAX_INPUT_BYTES = 20 * 1024 * 1024;
    /** YAML lists are held as a tree while read; larger lists belong in CSV or XLSX. */
    public static final int MAX_YAML_BYTES = PiReader.MAX_INPUT_BYTES;
    public static final int MAX_ROWS = 100_000;

    private enum Format { CSV, XLSX, YAML }

    private SkuReader() {
    }

    /** Reads {@code file}; its extension (.csv, .xlsx, .yaml, .yml) gives the format, its folder is where pictures and drawings are looked up. */
    public static SkuList read(Path file) {
        return read(file, MAX_ROWS);
    }

    /** As {@link #read(Path)} with another row limit, so tests need not write 100,000 rows. */
    static SkuList read(Path file, int maxRows) {
        String name = file.toString();
        ProblemSink sink = new ProblemSink(name);
        Optional<Format> format = format(name, sink);
        if (format.isPresent() && !Files.exists(file)) {
            sink.add(Position.FILE, "", "no such file", "check the path; it is relative to the current folder");
        } else if (format.isPresent() && !Files.isRegularFile(file)) {
            sink.add(Position.FILE, "", "is a folder, not a file", "name the SKU list file inside it");
        }
        sink.throwIfAny();
        int limit = format.orElseThrow() == Format.YAML ? MAX_YAML_BYTES : MAX_INPUT_BYTES;
        byte[] bytes = readBounded(file, limit, sink);
        Path baseDir = file.toAbsolutePath().getParent();
        ProblemSink files = new ProblemSink(name);
        LocalFiles pictureFiles = new LocalFiles(baseDir, "picture", "images/kb-5a.jpg", "SKU list");
        SkuRowReader rows = new SkuRowReader(format.get() == Format.YAML, new ImageInspector(pictureFiles, "picture", files),
                new DrawingInspector(baseDir, files), files);
        SkuCollector collector = new SkuCollector(sink, rows, maxRows);
        switch (format.get()) {
            case CSV -> CsvTable.read(text(bytes, "; from Excel, use Save As → CSV UTF-8", sink), sink, collector);
            case XLSX -> XlsxTable.read(file, bytes, sink, collector);
            case YAML -> YamlSkus.read(text(bytes, "", sink), sink, collector);
        }
        if (collector.count() == 0) {
            sink.add(Position.FILE, "", "the list has a header but no SKU rows", "add one row per SKU under the header");
        }
        sink.throwIfAny();
        return new SkuList(file, Sha256.hex(bytes), collector.rows(), collector.problems());
    }

    private static Optional<Format> format(String name, ProblemSink sink) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(Format.CSV);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(Format.XLSX);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(Format.YAML);
        }
        sink.add(Position.FILE, "", "cannot tell the format of the SKU list from its name",
                lower.endsWith(".xls") ? "save it from Excel as .xlsx (Excel Workbook); the old .xls format is not read"
                        : "name it .csv, .xlsx, .yaml or .yml according to its content");
        return Optional.empty();
    }

    private static byte[] readBounded(Path file, int limit, ProblemSink sink) {
        byte[] bytes = {};
        try {
            if (Files.size(file) > limit) {
                tooLarge(limit, sink);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = in.readNBytes(limit + 1);
                }
                if (bytes.length > limit) {
                    tooLarge(limit, sink);
                }
            }
        } catch (IOException e) {
            sink.add(Position.FILE, "", "cannot be read", "check that the file is readable and not open in another program");
        }
        sink.throwIfAny();
        return bytes;
    }

    private static void tooLarge(int limit, ProblemSink sink) {
        sink.add(Position.FILE, "", "the file is larger than " + limit / (1024 * 1024) + " MB",
                limit == MAX_YAML_BYTES ? "write a list this long as CSV or XLSX, which may be up to " + MAX_INPUT_BYTES / (1024 * 1024) + " MB"
                        : "split the list; pictures and drawings belong in separate files named in the list");
    }

    private static String text(byte[] bytes, String hint, ProblemSink sink) {
        Optional<String> text = PiReader.decodeUtf8(bytes, sink, hint);
        sink.throwIfAny();
        return text.orElseThrow();
    }
}
