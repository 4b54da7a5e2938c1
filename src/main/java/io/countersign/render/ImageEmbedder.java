package io.countersign.render;

import io.countersign.CountersignException;
import io.countersign.core.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Turns pictures into image XObjects of one document, each distinct picture once. JPEG bytes
 * are embedded exactly as read (DCTDecode pass-through, size from the SOF marker, no decoding);
 * PNG goes through PDFBox's lossless path, which keeps transparency as a soft mask.
 */
final class ImageEmbedder {

    /**
     * File bytes and JPEG facts shared by all renders of a JVM, so repeated documents skip disk and
     * parsing; bounded by total bytes (pictures may be up to 20 MB each), least recently used first out.
     */
    private static final long CACHE_BYTES = 128L * 1024 * 1024;
    private static final Map<String, Loaded> LOADED = new LinkedHashMap<>(64, 0.75f, true);
    private static long cachedBytes;

    private record Loaded(byte[] bytes, Optional<JpegInfo> jpeg) {
    }

    private final PDDocument doc;
    private final Map<String, PDImageXObject> embedded = new HashMap<>();

    ImageEmbedder(PDDocument doc) {
        this.doc = doc;
    }

    PDImageXObject xobject(PageImage image) {
        return embedded.computeIfAbsent(image.sha256(), k -> create(image));
    }

    private PDImageXObject create(PageImage image) {
        Loaded loaded = load(image);
        try {
            Optional<JpegInfo> jpeg = loaded.jpeg();
            if (jpeg.isPresent() && jpeg.get().bitsPerComponent() == 8 && jpeg.get().components() != 4) {
                JpegInfo info = jpeg.get();
                return new PDImageXObject(doc, new ByteArrayInputStream(loaded.bytes()), COSName.DCT_DECODE,
                        info.width(), info.height(), 8, info.components() == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE);
            }
            if (jpeg.isPresent()) {
                return JPEGFactory.createFromByteArray(doc, loaded.bytes());
            }
            return PDImageXObject.createFromByteArray(doc, loaded.bytes(), image.file().getFileName().toString());
        } catch (IOException e) {
            throw new CountersignException("cannot embed picture " + image.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keyed by the picture's SHA-256 alone: a server gets the same product photo under a new scratch
     * path in every post, and keying by path filled the cache with copies of it (128 MB of old
     * generation turned over every few hundred posts). Bytes read on a miss are cached only when
     * they hash to that key, so a file changed since it was read cannot stand in for the original.
     */
    private static Loaded load(PageImage image) {
        String key = image.sha256();
        synchronized (LOADED) {
            Loaded hit = LOADED.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image.file());
        } catch (IOException e) {
            throw new CountersignException("cannot read picture " + image.file() + ": " + e.getMessage(), e);
        }
        Loaded loaded = new Loaded(bytes, JpegInfo.read(bytes));
        if (!Sha256.hex(bytes).equals(key)) {
            return loaded;
        }
        synchronized (LOADED) {
            Loaded previous = LOADED.put(key, loaded);
            cachedBytes += bytes.length - (previous == null ? 0 : previous.bytes().length);
            var eldest = LOADED.entrySet().iterator();
            while (cachedBytes > CACHE_BYTES && eldest.hasNext()) {
                cachedBytes -= eldest.next().getValue().bytes().length;
                eldest.remove();
            }
        }
        return loaded;
    }
}
