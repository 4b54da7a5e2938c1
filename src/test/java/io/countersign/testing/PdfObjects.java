package io.countersign.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Fonts and images a page uses: its resources, every form XObject inside them (recursively) and
 * the appearance streams of its annotations. Each object is listed once, by identity, so a count
 * says how many objects the file really holds.
 */
public final class PdfObjects {
    private final List<PDFont> fonts = new ArrayList<>();
    private final List<PDImageXObject> images = new ArrayList<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private PdfObjects() {
    }

    public static PdfObjects of(Iterable<PDPage> pages) {
        PdfObjects objects = new PdfObjects();
        try {
            for (PDPage page : pages) {
                objects.walk(page.getResources());
                for (PDAnnotation a : page.getAnnotations()) {
                    objects.walk(a.getAppearance());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    public List<PDFont> fonts() {
        return fonts;
    }

    public List<PDImageXObject> images() {
        return images;
    }

    private void walk(PDAppearanceDictionary ap) throws IOException {
        if (ap == null) {
            return;
        }
        for (PDAppearanceEntry entry : List.of(ap.getNormalAppearance(), ap.getRolloverAppearance(), ap.getDownAppearance())) {
            if (entry == null) {
                continue;
            }
            if (entry.isStream()) {
                walk(entry.getAppearanceStream().getResources());
            } else {
                for (PDAppearanceStream s : entry.getSubDictionary().values()) {
                    walk(s.getResources());
                }
            }
        }
    }

    private void walk(PDResources resources) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (seen.add(font.getCOSObject())) {
                fonts.add(font);
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (!seen.add(x.getCOSObject())) {
                continue;
            }
            if (x instanceof PDImageXObject image) {
                images.add(image);
            } else if (x instanceof PDFormXObject form) {
                walk(form.getResources());
            }
        }
    }
}
