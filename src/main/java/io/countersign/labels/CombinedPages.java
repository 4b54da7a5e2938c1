package io.countersign.labels;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The page tree of a combined document: each sheet's pages are written with the sheet, their
 * {@code /Parent} redirected to a node of this tree; the nodes and the root are written at the end
 * from the page numbers kept (an int per page). A node is closed once it has {@value #PAGES_PER_NODE}
 * pages, at the end of a sheet, so a viewer finds page n without reading every page reference.
 */
final class CombinedPages {
    private static final int PAGES_PER_NODE = 64;
    /** Page attributes a page may inherit from its page tree nodes, which are not copied. */
    private static final List<COSName> INHERITED = List.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);
    private static final int MAX_DEPTH = 32;

    private record Node(int number, References pages) {
    }

    private final PdfObjectWriter objects;
    private final int root;
    private final List<Node> nodes = new ArrayList<>();
    private int count;

    CombinedPages(PdfObjectWriter objects) {
        this.objects = objects;
        this.root = objects.reserve();
    }

    /** Object number of the page tree root. */
    int root() {
        return root;
    }

    int count() {
        return count;
    }

    /** Queues the sheet's pages for writing (call within the sheet's context of {@code objects}). */
    void add(PDDocument sheet) {
        if (nodes.isEmpty() || nodes.get(nodes.size() - 1).pages().size() >= PAGES_PER_NODE) {
            nodes.add(new Node(objects.reserve(), new References()));
        }
        Node node = nodes.get(nodes.size() - 1);
        for (PDPage page : sheet.getPages()) {
            COSDictionary dict = page.getCOSObject();
            COSDictionary copy = null;
            int depth = 0;
            for (COSDictionary up = dict.getCOSDictionary(COSName.PARENT); up != null && depth < MAX_DEPTH;
                 up = up.getCOSDictionary(COSName.PARENT), depth++) {
                objects.alias(up, node.number());
                for (COSName key : INHERITED) {
                    if (!dict.containsKey(key) && up.containsKey(key) && (copy == null || !copy.containsKey(key))) {
                        copy = copy == null ? shallowCopy(dict) : copy;
                        copy.setItem(key, up.getItem(key));
                    }
                }
            }
            if (copy != null) {
                objects.replace(dict, copy);
            }
            node.pages().add(objects.number(dict));
            count++;
        }
    }

    private static COSDictionary shallowCopy(COSDictionary dict) {
        COSDictionary copy = new COSDictionary();
        dict.entrySet().forEach(e -> copy.setItem(e.getKey(), e.getValue()));
        return copy;
    }

    void finish() throws IOException {
        References kids = new References();
        for (Node node : nodes) {
            COSDictionary d = new COSDictionary();
            d.setItem(COSName.TYPE, COSName.PAGES);
            d.setItem(COSName.PARENT, PdfObjectWriter.ref(root));
            d.setItem(COSName.KIDS, node.pages().toArray());
            d.setInt(COSName.COUNT, node.pages().size());
            objects.write(node.number(), d);
            kids.add(node.number());
        }
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.PAGES);
        d.setItem(COSName.KIDS, kids.toArray());
        d.setInt(COSName.COUNT, count);
        objects.write(root, d);
    }
}
