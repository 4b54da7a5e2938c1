package io.countersign.labels;

import io.countersign.core.CountingOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSVisitor;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * Writes PDF objects to a stream as they are met and keeps only where each one starts (a long per
 * object), so a document of any size passes through in the memory of its largest part.
 *
 * <p>Objects are numbered anew within a <em>context</em> (one source document): a reference met
 * for the first time gets the next free number and its object is queued; {@link #drain()} writes the
 * queue in order, following references as it goes. Within a context a source object can be
 * redirected to an object written elsewhere ({@link #alias}) or written with another body
 * ({@link #replace}). {@link #endContext()} forgets the source document. Dictionaries that are not
 * direct and streams become indirect objects, arrays and direct dictionaries are written inline,
 * and scalars are formatted by PDFBox itself, as {@code PDDocument.save} does.
 */
final class PdfObjectWriter {
    private static final byte[] EOL = {'\n'};

    /** Counts the bytes written, for the cross-reference offsets. */
    private final CountingOutputStream out;
    private long[] offsets = new long[1024];
    private int next = 1;
    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final Map<COSBase, Integer> aliases = new IdentityHashMap<>();
    private final Map<COSBase, COSBase> replacements = new IdentityHashMap<>();
    private final ArrayDeque<COSBase> queue = new ArrayDeque<>();
    private final ArrayDeque<Integer> queuedNumbers = new ArrayDeque<>();

    PdfObjectWriter(OutputStream target) throws IOException {
        this.out = new CountingOutputStream(target);
        // the binary comment line tells transfer tools the file is not text
        out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A reference to object {@code number}, to put into dictionaries and arrays built for the output. */
    static COSBase ref(int number) {
        return new Ref(number);
    }

    /** A number for an object that is written later with {@link #write}. */
    int reserve() {
        return next++;
    }

    /** The output number of {@code object} (dereferenced when a reference), queued for writing when new. */
    int number(COSBase object) {
        COSBase target = object instanceof COSObject o ? o.getObject() : object;
        Integer known = aliases.get(target);
        if (known == null) {
            known = numbers.get(target);
        }
        if (known != null) {
            return known;
        }
        int n = next++;
        numbers.put(target, n);
        queue.add(target);
        queuedNumbers.add(n);
        return n;
    }

    /** References to {@code source} become references to {@code number}; {@code source} itself is not written. */
    void alias(COSBase source, int number) {
        aliases.put(source, number);
    }

    /** {@code source} is written with {@code body} instead (under the number {@code source} gets). */
    void replace(COSBase source, COSBase body) {
        replacements.put(source, body);
    }

    /** Writes {@code body} as object {@code number} (from {@link #reserve}) and everything new it refers to. */
    void write(int number, COSBase body) throws IOException {
        writeObject(number, body);
        drain();
    }

    void drain() throws IOException {
        while (!queue.isEmpty()) {
            writeObject(queuedNumbers.poll(), queue.poll());
        }
    }

    /** Writes what is queued and forgets the source document's objects. */
    void endContext() throws IOException {
        drain();
        numbers.clear();
        aliases.clear();
        replacements.clear();
    }

    /** The cross-reference table and trailer; every number handed out must have been written. */
    void finish(int root, int info, COSArray id) throws IOException {
        drain();
        long start = out.count();
        out.write(("xref\n0 " + next + "\n0000000000 65535 f\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] line = "0000000000 00000 n\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int n = 1; n < next; n++) {
            long offset = offsets[n];
            if (offset == 0) {
                throw new IllegalStateException("object " + n + " was numbered but never written");
            }
            for (int i = 9; i >= 0; i--, offset /= 10) {
                line[i] = (byte) ('0' + offset % 10);
            }
            out.write(line);
        }
        COSDictionary trailer = new COSDictionary();
        trailer.setInt(COSName.SIZE, next);
        trailer.setItem(COSName.ROOT, ref(root));
        trailer.setItem(COSName.INFO, ref(info));
        trailer.setItem(COSName.ID, id);
        out.write("trailer\n".getBytes(StandardCharsets.US_ASCII));
        dictionary(trailer);
        out.write(("\nstartxref\n" + start + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private void writeObject(int number, COSBase source) throws IOException {
        COSBase body = replacements.getOrDefault(source, source);
        if (number >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(number + 1, offsets.length * 2));
        }
        offsets[number] = out.count();
        out.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        if (body instanceof COSStream stream) {
            stream(stream);
        } else if (body instanceof COSDictionary d) {
            dictionary(d);
        } else if (body instanceof COSArray a) {
            array(a);
        } else {
            value(body);
        }
        out.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The dictionary with /Length set to the encoded bytes copied, then those bytes unchanged (no decoding, no recompression). */
    private void stream(COSStream stream) throws IOException {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        out.write("<<".getBytes(StandardCharsets.US_ASCII));
        boolean length = false;
        for (Map.Entry<COSName, COSBase> e : stream.entrySet()) {
            out.write(EOL);
            e.getKey().writePDF(out);
            out.write(' ');
            if (e.getKey().equals(COSName.LENGTH)) {
                COSInteger.get(raw.length).writePDF(out);
                length = true;
            } else {
                value(e.getValue());
            }
        }
        if (!length) {
            out.write(EOL);
            COSName.LENGTH.writePDF(out);
            out.write(' ');
            COSInteger.get(raw.length).writePDF(out);
        }
        out.write("\n>>\nstream\n".getBytes(StandardCharsets.US_ASCII));
        out.write(raw);
        out.write("\nendstream".getBytes(StandardCharsets.US_ASCII));
    }

    private void dictionary(COSDictionary d) throws IOException {
        out.write("<<".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            out.write(EOL);
            e.getKey().writePDF(out);
            out.write(' ');
            value(e.getValue());
        }
        out.write("\n>>".getBytes(StandardCharsets.US_ASCII));
    }

    private void array(COSArray a) throws IOException {
        out.write('[');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                out.write(' ');
            }
            value(a.get(i));
        }
        out.write(']');
    }

    private void value(COSBase v) throws IOException {
        if (v instanceof Ref r) {
            reference(r.number);
        } else if (v instanceof COSObject o) {
            COSBase target = o.getObject();
            if (target == null || target instanceof COSNull) {
                COSNull.NULL.writePDF(out);
            } else {
                reference(number(target));
            }
        } else if (v == null || v instanceof COSNull) {
            COSNull.NULL.writePDF(out);
        } else if (aliases.containsKey(v) || v instanceof COSStream || (v instanceof COSDictionary d && !d.isDirect())) {
            reference(number(v));
        } else if (v instanceof COSDictionary d) {
            dictionary(d);
        } else if (v instanceof COSArray a) {
            array(a);
        } else if (v instanceof COSString s) {
            COSWriter.writeString(s, out);
        } else if (v instanceof COSName n) {
            n.writePDF(out);
        } else if (v instanceof COSInteger i) {
            i.writePDF(out);
        } else if (v instanceof COSFloat f) {
            f.writePDF(out);
        } else if (v instanceof COSBoolean b) {
            b.writePDF(out);
        } else {
            throw new IllegalArgumentException("cannot write a " + v.getClass().getSimpleName() + " into a PDF");
        }
    }

    private void reference(int number) throws IOException {
        out.write((number + " 0 R").getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A reference to an output object by number, placed into copied dictionaries. It is written
     * by {@link #value} and never leaves this writer, so no PDFBox visitor ever sees one; if one
     * did, the object graph was handed to another writer by mistake.
     */
    private static final class Ref extends COSBase {
        private final int number;

        Ref(int number) {
            this.number = number;
        }

        @Override
        public void accept(ICOSVisitor visitor) {
            throw new IllegalStateException("output object reference " + number + " reached a PDFBox writer; only PdfObjectWriter writes it");
        }
    }
}
