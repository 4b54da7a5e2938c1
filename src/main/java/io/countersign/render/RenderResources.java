package io.countersign.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a template refers to by key from {@code <object type="cs/art|cs/image|cs/pdfpage" data-ref="…">}:
 * vector art (barcodes, QR codes, drawn symbols), pictures, and PDF pages placed as vector. Built per document, before rendering.
 */
public final class RenderResources {
    private final Map<String, VectorArt> art = new LinkedHashMap<>();
    private final Map<String, PageImage> images = new LinkedHashMap<>();
    private final Map<String, PdfPageArt> pdfPages = new LinkedHashMap<>();

    /** Registers art and returns the key a template uses for it. */
    public String art(String key, VectorArt value) {
        art.put(key, value);
        return key;
    }

    /** Registers a picture under its content hash and returns the key a template uses for it. */
    public String image(PageImage image) {
        String key = "img-" + image.sha256();
        images.putIfAbsent(key, image);
        return key;
    }

    /** Registers the first page of a PDF under its content hash and returns the key a template uses for it. */
    public String pdfPage(PdfPageArt page) {
        String key = "pdf-" + page.sha256();
        pdfPages.putIfAbsent(key, page);
        return key;
    }

    Optional<PdfPageArt> pdfPage(String key) {
        return Optional.ofNullable(pdfPages.get(key));
    }

    Optional<VectorArt> art(String key) {
        return Optional.ofNullable(art.get(key));
    }

    Optional<PageImage> image(String key) {
        return Optional.ofNullable(images.get(key));
    }
}
