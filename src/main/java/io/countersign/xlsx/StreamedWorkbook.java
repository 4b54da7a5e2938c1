package io.countersign.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose package is written the same way every time and read by every zip
 * reader, with the pictures of {@link StreamedPictures} written straight into it.
 *
 * <ul>
 * <li>Each entry is dated 2000-01-01 00:00: left alone, entries may carry the clock (and a date at
 *     the edge of the zip range, 1980, falls before it in zones east of UTC, which adds extra time
 *     fields).</li>
 * <li>No Zip64 records: left alone, a streamed entry gets a Zip64 data descriptor without the
 *     extra field that announces it, which strict readers such as {@link java.util.zip.ZipInputStream}
 *     reject. An entry over 4 GB fails instead.</li>
 * <li>The sheet's drawing part is created empty through POI (so the sheet refers to it), and its
 *     content, its relationships and the media entries are written from {@link StreamedPictures}
 *     as the package is written; {@code [Content_Types].xml} gains the picture types.</li>
 * </ul>
 */
final class StreamedWorkbook extends SXSSFWorkbook {
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private StreamedPictures pictures;
    private String drawingEntry;

    StreamedWorkbook(int rowWindow) {
        // compressed temporary files; inline strings, so no table of every text is held in memory
        super(new XSSFWorkbook(), rowWindow, true, false);
    }

    /** Writes {@code pictures} as the content of the drawing part {@code drawingPartName} (e.g. {@code /xl/drawings/drawing1.xml}). */
    void attach(StreamedPictures pictures, String drawingPartName) {
        this.pictures = pictures;
        this.drawingEntry = drawingPartName.substring(1);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new PackageStream(out);
        zip.setUseZip64(Zip64Mode.Never);
        return zip;
    }

    private String relationshipsEntry() {
        int slash = drawingEntry.lastIndexOf('/');
        return drawingEntry.substring(0, slash) + "/_rels" + drawingEntry.substring(slash) + ".rels";
    }

    /** The zip stream POI writes the package to: fixed times, and the picture parts swapped or added in. */
    private final class PackageStream extends ZipArchiveOutputStream {
        private final Set<String> written = new HashSet<>();
        private final Map<String, Integer> pictureParts = picturePartNames();
        private String current;
        private ByteArrayOutputStream held;

        PackageStream(OutputStream out) {
            super(out);
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            // zip times are local date and time fields; set them from a local date so no time zone enters
            entry.setTime(LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
            current = entry.getName();
            written.add(current);
            held = replaced(current) || current.equals(CONTENT_TYPES) ? new ByteArrayOutputStream() : null;
            super.putArchiveEntry(entry);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            if (held != null) {
                held.write(b, offset, length);
            } else {
                super.write(b, offset, length);
            }
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            if (held != null) {
                ByteArrayOutputStream content = held;
                held = null;
                if (current.equals(CONTENT_TYPES)) {
                    super.write(contentTypes(content.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                } else {
                    writePicturePart(current);
                }
            }
            super.closeArchiveEntry();
        }

        @Override
        public void finish() throws IOException {
            for (String name : pictureParts.keySet()) {
                if (!written.contains(name)) {
                    putArchiveEntry(new ZipArchiveEntry(name));
                    closeArchiveEntry();
                }
            }
            super.finish();
        }

        private boolean replaced(String name) {
            return pictureParts.containsKey(name);
        }

        /** Writes the content of a picture part; {@link #held} is null by now, so it goes straight into the entry. */
        private void writePicturePart(String name) throws IOException {
            int n = pictureParts.get(name);
            if (n == DRAWING) {
                pictures.writeDrawing(this);
            } else if (n == RELATIONSHIPS) {
                pictures.writeRelationships(this);
            } else {
                pictures.writeMedia(n, this);
            }
        }
    }

    private static final int DRAWING = -1;
    private static final int RELATIONSHIPS = -2;

    /** Entry names of the picture parts, in the order they are added: drawing, its relationships, media (by number). */
    private Map<String, Integer> picturePartNames() {
        Map<String, Integer> parts = new LinkedHashMap<>();
        if (pictures != null) {
            parts.put(drawingEntry, DRAWING);
            parts.put(relationshipsEntry(), RELATIONSHIPS);
            for (int n = 1; n <= pictures.pictures(); n++) {
                parts.put("xl/" + pictures.mediaName(n), n);
            }
        }
        return parts;
    }

    /** The content types with a default for each picture type in use that is not declared yet. */
    private String contentTypes(String xml) {
        if (pictures == null) {
            return xml;
        }
        StringBuilder defaults = new StringBuilder();
        for (String[] type : new String[][] {{"png", "image/png"}, {"jpeg", "image/jpeg"}}) {
            if (pictures.usesExtension(type[0]) && !xml.contains("Extension=\"" + type[0] + "\"")) {
                defaults.append("<Default Extension=\"").append(type[0]).append("\" ContentType=\"").append(type[1]).append("\"/>");
            }
        }
        int open = xml.indexOf('>', xml.indexOf("<Types"));
        return xml.substring(0, open + 1) + defaults + xml.substring(open + 1);
    }
}
