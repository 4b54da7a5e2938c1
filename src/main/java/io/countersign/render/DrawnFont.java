package io.countersign.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A bundled face as a {@link DrawnPdf} writes it: a Type 0 font (Identity-H) whose text is the
 * face's own glyph ids, exactly what PDFBox's {@code PDType0Font} writes for an embedded subset, and
 * whose dictionary is completed by {@link #embed} with the subset of the characters shown — copied
 * from {@link FontSubsets}. Loading a {@code PDType0Font} per document measured the face's every
 * glyph width (50,000 for the CJK face) only to throw them away when subsetting. Only for writing:
 * a document reading it back sees the usual embedded subset.
 */
final class DrawnFont extends PDFont {
    private final FontLibrary.Face face;
    private final FontLibrary library;
    private final BitSet used = new BitSet();

    DrawnFont(FontLibrary.Face face) {
        super(dictionary(FontLibrary.bundled().postScriptName(face)));
        this.face = face;
        this.library = FontLibrary.bundled();
    }

    private static COSDictionary dictionary(String baseFont) {
        // in the order PDFBox writes a Type 0 font's first entries
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.FONT);
        d.setName(COSName.BASE_FONT, baseFont);
        d.setItem(COSName.SUBTYPE, COSName.TYPE0);
        return d;
    }

    /** Completes the font dictionary with the subset of exactly the characters shown in {@code doc}. */
    void embed(PDDocument doc) {
        FontSubsets.embed(face, used.stream().toArray(), getCOSObject(), doc);
    }

    /** The glyph id in the whole face, two bytes big-endian (CID = GID, as PDFBox writes a subset's text). */
    @Override
    protected byte[] encode(int codePoint) {
        int gid = library.glyphId(face, codePoint);
        if (gid == 0) {
            throw new IllegalArgumentException(String.format("the bundled face %s has no glyph for U+%04X", face, codePoint));
        }
        used.set(codePoint);
        return new byte[] {(byte) (gid >> 8), (byte) gid};
    }

    /**
     * The width in 1/1000 em, as {@code PDType0Font} gives it — the sum, in order, of each glyph's
     * embedded width — without encoding the text or counting it as shown: the layout measures every
     * word in every face of the family chain, and only what it draws belongs in the subset. A character
     * the face lacks throws an {@link IllegalArgumentException}, as PDFBox does, which is how the
     * layout falls back to the next face; cheap here, as the layout asks that of every CJK character.
     */
    @Override
    public float getStringWidth(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int gid = library.glyphId(face, cp);
            if (gid == 0) {
                throw new NoGlyph(face, cp);
            }
            width += library.glyphWidth(face, gid);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** A character the face has no glyph for; without a stack trace, as the layout throws and catches it all the time. */
    private static final class NoGlyph extends IllegalArgumentException {
        private final FontLibrary.Face face;
        private final int codePoint;

        NoGlyph(FontLibrary.Face face, int codePoint) {
            super(null, null);
            this.face = face;
            this.codePoint = codePoint;
        }

        @Override
        public String getMessage() {
            return String.format("the bundled face %s has no glyph for U+%04X", face, codePoint);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        int hi = in.read();
        int lo = in.read();
        return hi < 0 || lo < 0 ? -1 : (hi << 8) | lo;
    }

    @Override
    public boolean willBeSubset() {
        // the subset is ours to make (embed), not PDFBox's when saving
        return false;
    }

    @Override
    public void addToSubset(int codePoint) {
        used.set(codePoint);
    }

    @Override
    public void subset() {
        // embed(doc) makes the subset
    }

    @Override
    public boolean isEmbedded() {
        return true;
    }

    @Override
    public boolean isDamaged() {
        return false;
    }

    @Override
    public boolean isVertical() {
        return false;
    }

    @Override
    public String getName() {
        return dict.getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return null;
    }

    @Override
    public Matrix getFontMatrix() {
        return DEFAULT_FONT_MATRIX;
    }

    @Override
    public BoundingBox getBoundingBox() {
        return new BoundingBox();
    }

    @Override
    public Vector getPositionVector(int code) {
        return new Vector(0, 0);
    }

    @Override
    public float getHeight(int code) {
        return 0;
    }

    /** Advance of a glyph id in 1/1000 em, as the embedded widths say (this font's codes are glyph ids). */
    @Override
    public float getWidth(int code) {
        return library.glyphWidth(face, code);
    }

    @Override
    public boolean hasExplicitWidth(int code) {
        return true;
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return getWidth(code);
    }

    @Override
    public float getAverageFontWidth() {
        return 500;
    }

    @Override
    protected float getStandard14Width(int code) {
        return 0;
    }
}
