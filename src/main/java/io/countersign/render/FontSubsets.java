package io.countersign.render;

import io.countersign.CountersignException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Embedded font subsets by face and the exact set of characters they hold, made once per JVM and
 * copied into every document that uses the same set. A subset is a pure function of the face and
 * the characters — PDFBox names it by a hash of its glyphs, and the page content refers to glyphs
 * by their ids in the whole face — so a copy is byte for byte what PDFBox would have built in the
 * document itself, at a fraction of the cost: a batch of sheets in one language uses a handful of
 * character sets, where subsetting each sheet's fonts was a third of its render time.
 */
final class FontSubsets {
    /** Distinct subsets kept; more than a batch of one product family needs, bounded all the same. */
    private static final int MAX_ENTRIES = 512;
    private static final Map<Key, Dict> CACHE = new ConcurrentHashMap<>();

    private FontSubsets() {
    }

    private record Key(FontLibrary.Face face, int[] codePoints) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.face == face && Arrays.equals(k.codePoints, codePoints);
        }

        @Override
        public int hashCode() {
            return face.hashCode() * 31 + Arrays.hashCode(codePoints);
        }
    }

    /**
     * Fills {@code type0} — an empty Type 0 font dictionary of {@code doc} — with the subset of {@code face}
     * holding {@code codePoints} (ascending): base font, encoding, descendant CID font, widths, font
     * file, ToUnicode map, as PDFBox embeds a subset.
     */
    static void embed(FontLibrary.Face face, int[] codePoints, COSDictionary type0, PDDocument doc) {
        Key key = new Key(face, codePoints);
        Dict subset = CACHE.get(key);
        if (subset == null) {
            subset = build(face, codePoints);
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.putIfAbsent(key, subset);
        }
        subset.fill(type0, doc.getDocument());
    }

    /** The subset as PDFBox makes it, in a scratch document, taken out of it before it closes. */
    private static Dict build(FontLibrary.Face face, int[] codePoints) {
        try (PDDocument scratch = new PDDocument()) {
            PDType0Font font = PDType0Font.load(scratch, FontLibrary.bundled().ttf(face), true);
            for (int cp : codePoints) {
                font.addToSubset(cp);
            }
            font.subset();
            return (Dict) Node.of(font.getCOSObject());
        } catch (IOException e) {
            throw new CountersignException("cannot subset the bundled font " + face + ": " + e.getMessage(), e);
        }
    }

    /** An immutable copy of a COS value: dictionaries, arrays, streams with their encoded bytes, and plain values. */
    private sealed interface Node permits Dict, Array, Stream, Value {
        static Node of(COSBase base) throws IOException {
            COSBase b = base instanceof COSObject o ? o.getObject() : base;
            if (b instanceof COSStream s) {
                try (InputStream raw = s.createRawInputStream()) {
                    return new Stream(entries(s), raw.readAllBytes());
                }
            }
            if (b instanceof COSDictionary d) {
                return new Dict(entries(d), d.isDirect());
            }
            if (b instanceof COSArray a) {
                List<Node> items = new ArrayList<>(a.size());
                for (int i = 0; i < a.size(); i++) {
                    items.add(of(a.get(i)));
                }
                return new Array(items, a.isDirect());
            }
            if (b instanceof COSString s) {
                return new Value(null, s.getBytes());
            }
            if (b instanceof COSName || b instanceof COSInteger || b instanceof COSFloat || b instanceof COSBoolean || b == null
                    || b instanceof COSNull) {
                return new Value(b == null ? COSNull.NULL : b, null);
            }
            throw new IllegalStateException("unexpected " + b.getClass().getSimpleName() + " in a font subset");
        }

        private static Map<COSName, Node> entries(COSDictionary d) throws IOException {
            Map<COSName, Node> entries = new LinkedHashMap<>();
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                if (!(d instanceof COSStream) || !COSName.LENGTH.equals(e.getKey())) {
                    entries.put(e.getKey(), of(e.getValue()));
                }
            }
            return entries;
        }

        COSBase copy(COSDocument doc) throws IOException;
    }

    private record Dict(Map<COSName, Node> entries, boolean direct) implements Node {
        @Override
        public COSBase copy(COSDocument doc) throws IOException {
            COSDictionary d = new COSDictionary();
            for (Map.Entry<COSName, Node> e : entries.entrySet()) {
                d.setItem(e.getKey(), e.getValue().copy(doc));
            }
            d.setDirect(direct);
            return d;
        }

        void fill(COSDictionary target, COSDocument doc) {
            try {
                for (Map.Entry<COSName, Node> e : entries.entrySet()) {
                    target.setItem(e.getKey(), e.getValue().copy(doc));
                }
            } catch (IOException e) {
                throw new CountersignException("cannot copy a font subset into the document: " + e.getMessage(), e);
            }
        }
    }

    private record Array(List<Node> items, boolean direct) implements Node {
        @Override
        public COSBase copy(COSDocument doc) throws IOException {
            COSArray a = new COSArray();
            for (Node n : items) {
                a.add(n.copy(doc));
            }
            a.setDirect(direct);
            return a;
        }
    }

    private record Stream(Map<COSName, Node> entries, byte[] raw) implements Node {
        @Override
        public COSBase copy(COSDocument doc) throws IOException {
            COSStream s = doc.createCOSStream();
            for (Map.Entry<COSName, Node> e : entries.entrySet()) {
                s.setItem(e.getKey(), e.getValue().copy(doc));
            }
            try (OutputStream out = s.createRawOutputStream()) {
                out.write(raw);
            }
            return s;
        }
    }

    /** A name, number, boolean or null (immutable, shared), or a string's bytes (copied: strings are mutable). */
    private record Value(COSBase shared, byte[] string) implements Node {
        @Override
        public COSBase copy(COSDocument doc) {
            return string != null ? new COSString(string) : shared;
        }
    }
}
