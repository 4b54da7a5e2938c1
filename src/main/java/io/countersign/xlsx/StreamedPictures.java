package io.countersign.xlsx;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pictures of one sheet, kept out of the heap so a sheet with thousands of them needs no more
 * memory than one with ten: picture bytes go to a temporary file as they are added, each
 * placement is eight numbers, and the drawing part (DrawingML two-cell anchors) and its
 * relationships are written only when the package is. POI's own drawing holds every anchor as an
 * XML object tree (some 5 KB a picture) and counts its children on every insertion.
 */
final class StreamedPictures implements Closeable {
    static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

    private static final int FIELDS = 7;

    private final Path file;
    private final OutputStream out;
    private final List<String> extensions = new ArrayList<>();
    private long[] offsets = new long[16];
    private long written;
    private int[] anchors = new int[FIELDS * 64];
    private int count;

    StreamedPictures() {
        try {
            file = Files.createTempFile("countersign-pictures", ".bin");
            out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a picture's bytes ({@code extension} "png" or "jpeg") and returns its number, counted from 1. */
    int add(byte[] bytes, String extension) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (extensions.size() + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        extensions.add(extension);
        written += bytes.length;
        offsets[extensions.size()] = written;
        return extensions.size();
    }

    /** Places picture {@code picture} inside cell ({@code row}, {@code column}); offsets in EMU from the cell's top-left corner. */
    void place(int picture, int row, int column, int dx1, int dy1, int dx2, int dy2) {
        if ((count + 1) * FIELDS > anchors.length) {
            anchors = Arrays.copyOf(anchors, anchors.length * 2);
        }
        int at = count * FIELDS;
        anchors[at] = picture;
        anchors[at + 1] = row;
        anchors[at + 2] = column;
        anchors[at + 3] = dx1;
        anchors[at + 4] = dy1;
        anchors[at + 5] = dx2;
        anchors[at + 6] = dy2;
        count++;
    }

    int pictures() {
        return extensions.size();
    }

    /** The part name of picture {@code n} relative to {@code xl/}, e.g. {@code media/image3.png}. */
    String mediaName(int n) {
        return "media/image" + n + "." + extensions.get(n - 1);
    }

    boolean usesExtension(String extension) {
        return extensions.contains(extension);
    }

    void writeDrawing(OutputStream target) throws IOException {
        Writer w = new java.io.OutputStreamWriter(target, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<xdr:wsDr xmlns:xdr=\"" + DRAWING_NS
                + "\" xmlns:a=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
        for (int i = 0; i < count; i++) {
            int at = i * FIELDS;
            int col = anchors[at + 2];
            int row = anchors[at + 1];
            int dx1 = anchors[at + 3];
            int dy1 = anchors[at + 4];
            int dx2 = anchors[at + 5];
            int dy2 = anchors[at + 6];
            int id = i + 1;
            w.write("<xdr:twoCellAnchor editAs=\"twoCell\">");
            w.write("<xdr:from><xdr:col>" + col + "</xdr:col><xdr:colOff>" + dx1 + "</xdr:colOff><xdr:row>" + row
                    + "</xdr:row><xdr:rowOff>" + dy1 + "</xdr:rowOff></xdr:from>");
            w.write("<xdr:to><xdr:col>" + col + "</xdr:col><xdr:colOff>" + dx2 + "</xdr:colOff><xdr:row>" + row
                    + "</xdr:row><xdr:rowOff>" + dy2 + "</xdr:rowOff></xdr:to>");
            w.write("<xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"" + id + "\" name=\"Picture " + id + "\"/>"
                    + "<xdr:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></xdr:cNvPicPr></xdr:nvPicPr>");
            w.write("<xdr:blipFill><a:blip r:embed=\"rId" + anchors[at] + "\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>");
            w.write("<xdr:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + (dx2 - dx1) + "\" cy=\"" + (dy2 - dy1) + "\"/></a:xfrm>"
                    + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>");
        }
        w.write("</xdr:wsDr>");
        w.flush();
    }

    /** The drawing's relationships: {@code rId<n>} is picture n. */
    void writeRelationships(OutputStream target) throws IOException {
        Writer w = new java.io.OutputStreamWriter(target, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int n = 1; n <= extensions.size(); n++) {
            w.write("<Relationship Id=\"rId" + n + "\" Type=\"" + IMAGE_REL + "\" Target=\"../" + mediaName(n) + "\"/>");
        }
        w.write("</Relationships>");
        w.flush();
    }

    /** Copies the bytes of picture {@code n} to {@code target}. */
    void writeMedia(int n, OutputStream target) throws IOException {
        out.flush();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offsets[n - 1]);
            InputStream in = Channels.newInputStream(channel);
            long left = offsets[n] - offsets[n - 1];
            byte[] buffer = new byte[64 * 1024];
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("temporary picture file ended early");
                }
                target.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is deleted next; nothing written to it is needed any more
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
