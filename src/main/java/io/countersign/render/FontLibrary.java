package io.countersign.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.countersign.CountersignException;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts bundled in the jar, parsed once per JVM. Each document gets its own {@link PDFont}
 * objects (a PDFont must never be shared between documents), built lazily from the shared
 * parsed outlines so a render neither re-reads 4 MB of CJK font nor embeds a font it does not use.
 * Nothing depends on system fonts.
 */
public final class FontLibrary {

    /** CSS family of the Latin text face (Liberation Sans, SIL OFL). */
    public static final String LATIN = "cs-latin";
    /** CSS family of the CJK fallback (Droid Sans Fallback, Apache-2.0): Simplified and Traditional Chinese. */
    public static final String CJK = "cs-cjk";

    private static final String DIR = "/io/countersign/render/fonts/";
    private static volatile FontLibrary bundled;

    private final TrueTypeFont latinRegular;
    private final TrueTypeFont latinBold;
    private final TrueTypeFont cjk;
    private final Metrics latinRegularMetrics;
    private final Metrics latinBoldMetrics;
    private final Metrics cjkMetrics;

    /** The faces vector art text is set in; {@link #face} picks one per character, as CSS does with the family chain. */
    public enum Face { LATIN, LATIN_BOLD, CJK }

    private FontLibrary() {
        latinRegular = parse("LiberationSans-Regular.ttf");
        latinBold = parse("LiberationSans-Bold.ttf");
        cjk = parse("DroidSansFallbackFull.ttf");
        latinRegularMetrics = Metrics.of(latinRegular);
        latinBoldMetrics = Metrics.of(latinBold);
        cjkMetrics = Metrics.of(cjk);
        regularTable = table(false);
        boldTable = table(true);
    }

    public static FontLibrary bundled() {
        FontLibrary lib = bundled;
        if (lib == null) {
            synchronized (FontLibrary.class) {
                lib = bundled;
                if (lib == null) {
                    bundled = lib = new FontLibrary();
                }
            }
        }
        return lib;
    }

    /**
     * The faces of one document, each created in it only when first needed — by the layout
     * (openhtmltopdf) or by vector art (barcode digits, sticker text) — and shared by both, so a
     * face is embedded once per document, as one subset ({@link DocumentFonts#embed}).
     */
    DocumentFonts forDocument(PDDocument doc) {
        return new DocumentFonts();
    }

    /**
     * The faces of one document; see {@link #forDocument}. Each is a {@link DrawnFont}: text set in it
     * is what a {@code PDType0Font} subset would write, but the layout measures with this library's
     * shared width tables, and the subset is copied from {@link FontSubsets} instead of loading the
     * whole face into every document (the CJK face's 50,000 widths) and subsetting it again.
     */
    static final class DocumentFonts {
        private final Map<Face, DrawnFont> fonts = new EnumMap<>(Face.class);

        private DocumentFonts() {
        }

        void registerOn(PdfRendererBuilder builder) {
            builder.useFont(new Supplier(this, Face.LATIN), LATIN, 400, FontStyle.NORMAL, true);
            builder.useFont(new Supplier(this, Face.LATIN_BOLD), LATIN, 700, FontStyle.NORMAL, true);
            // Droid has one weight; registering it for bold keeps bold Chinese from falling back to '#'.
            builder.useFont(new Supplier(this, Face.CJK), CJK, 400, FontStyle.NORMAL, true);
            builder.useFont(new Supplier(this, Face.CJK), CJK, 700, FontStyle.NORMAL, true);
        }

        PDFont font(Face face) {
            return fonts.computeIfAbsent(face, DrawnFont::new);
        }

        /** Completes every face the document used with the subset of the characters it shows; before saving. */
        void embed(PDDocument doc) {
            for (DrawnFont f : fonts.values()) {
                f.embed(doc);
            }
        }
    }

    /** Hands the layout the document's face when it first needs a glyph from it. */
    private static final class Supplier extends PDFontSupplier {
        private final DocumentFonts fonts;
        private final Face face;

        Supplier(DocumentFonts fonts, Face face) {
            super(null);
            this.fonts = fonts;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            return fonts.font(face);
        }
    }

    /**
     * Ascent, descent, underline and strike-through of each family and weight the layout registers,
     * in the cache openhtmltopdf reads them from (its key format), taken from the faces loaded as
     * PDFBox loads them: openhtmltopdf reads the underline from a {@code PDType0Font}'s font program,
     * which a {@link DrawnFont} is not.
     */
    static void putLayoutMetrics(java.util.function.BiConsumer<String, PdfBoxRawPDFontMetrics> cache) {
        FontLibrary lib = bundled();
        try (PDDocument scratch = new PDDocument()) {
            Map<Face, PdfBoxRawPDFontMetrics> metrics = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                PDType0Font font = PDType0Font.load(scratch, lib.ttf(face), true);
                metrics.put(face, PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor()));
            }
            cache.accept(metricsKey(LATIN, 400), metrics.get(Face.LATIN));
            cache.accept(metricsKey(LATIN, 700), metrics.get(Face.LATIN_BOLD));
            cache.accept(metricsKey(CJK, 400), metrics.get(Face.CJK));
            cache.accept(metricsKey(CJK, 700), metrics.get(Face.CJK));
        } catch (IOException e) {
            throw new CountersignException("bundled font metrics cannot be read", e);
        }
    }

    /** The key openhtmltopdf 1.1's {@code PdfBoxFontResolver.FontDescription} caches a face's metrics under. */
    private static String metricsKey(String family, int weight) {
        return "font-metrics2:" + family + ":" + weight + ":" + IdentValue.NORMAL;
    }

    /**
     * {@code face} as a new font of {@code doc}, embedded as a subset when the document is saved:
     * for text drawn outside the layout, such as a signature's appearance added to a finished PDF.
     */
    public PDFont embed(PDDocument doc, Face face) {
        TrueTypeFont ttf = switch (face) {
            case LATIN -> latinRegular;
            case LATIN_BOLD -> latinBold;
            case CJK -> cjk;
        };
        try {
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new CountersignException("cannot load a bundled font into the document", e);
        }
    }

    /** The regular or bold Latin face when it has the character, else the CJK face; empty when neither has it. */
    public Optional<Face> face(int codePoint, boolean bold) {
        if (codePoint >= 0 && codePoint < TABLE) {
            byte f = (bold ? boldTable : regularTable).faces[codePoint];
            return f < 0 ? Optional.empty() : Optional.of(FACES[f]);
        }
        return lookUpFace(codePoint, bold);
    }

    private Optional<Face> lookUpFace(int codePoint, boolean bold) {
        if ((bold ? latinBoldMetrics : latinRegularMetrics).has(codePoint)) {
            return Optional.of(bold ? Face.LATIN_BOLD : Face.LATIN);
        }
        return cjkMetrics.has(codePoint) ? Optional.of(Face.CJK) : Optional.empty();
    }

    /** Advance width of the character in its {@link #face}, in em (0 for a character no face has). */
    public double advance(int codePoint, boolean bold) {
        if (codePoint >= 0 && codePoint < TABLE) {
            return (bold ? boldTable : regularTable).advances[codePoint];
        }
        return lookUpFace(codePoint, bold).map(f -> metrics(f).advance(codePoint)).orElse(0.0);
    }

    /** The glyph id of the character in {@code face} (0: the face does not have it). */
    int glyphId(Face face, int codePoint) {
        return metrics(face).glyphId(codePoint);
    }

    /** Advance width of a glyph id of {@code face} in 1/1000 em, rounded as PDFBox writes it in a font's widths. */
    int glyphWidth(Face face, int glyphId) {
        return metrics(face).width(glyphId);
    }

    TrueTypeFont ttf(Face face) {
        return metrics(face).ttf();
    }

    String postScriptName(Face face) {
        try {
            return ttf(face).getName();
        } catch (IOException e) {
            throw new CountersignException("bundled font metrics cannot be read", e);
        }
    }

    /**
     * Face and advance of every character below {@link #TABLE} (Latin, Greek, Cyrillic, punctuation,
     * symbols), looked up once: measuring and wrapping text asks for them character by character.
     */
    private static final int TABLE = 0x3000;
    private static final Face[] FACES = Face.values();

    private record Table(byte[] faces, double[] advances) {
    }

    private final Table regularTable;
    private final Table boldTable;

    private Table table(boolean bold) {
        byte[] faces = new byte[TABLE];
        double[] advances = new double[TABLE];
        for (int cp = 0; cp < TABLE; cp++) {
            Optional<Face> f = lookUpFace(cp, bold);
            faces[cp] = (byte) (f.isPresent() ? f.get().ordinal() : -1);
            advances[cp] = f.isPresent() ? metrics(f.get()).advance(cp) : 0.0;
        }
        return new Table(faces, advances);
    }

    /** Width of {@code text} set at {@code size} (any unit; the result is in the same unit). */
    public double width(String text, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += advance(cp, bold);
            i += Character.charCount(cp);
        }
        return em * size;
    }

    private Metrics metrics(Face face) {
        return switch (face) {
            case LATIN -> latinRegularMetrics;
            case LATIN_BOLD -> latinBoldMetrics;
            case CJK -> cjkMetrics;
        };
    }

    /**
     * The character map and advance widths of a face, read once while the library is built (one
     * thread): the parsed tables are then only read, so measuring is safe from many threads. The
     * glyph ids of the Basic Multilingual Plane and every glyph's width (in 1/1000 em, rounded as
     * PDFBox writes a font's widths) are tables, as the layout measures text character by character.
     */
    private record Metrics(CmapLookup cmap, TrueTypeFont ttf, float unitsPerEm, char[] bmpGlyphs, short[] widths) {
        static Metrics of(TrueTypeFont ttf) {
            try {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                float unitsPerEm = ttf.getUnitsPerEm();
                char[] bmp = new char[0x10000];
                for (int cp = 0; cp < bmp.length; cp++) {
                    bmp[cp] = (char) cmap.getGlyphId(cp);
                }
                short[] widths = new short[ttf.getNumberOfGlyphs()];
                for (int gid = 0; gid < widths.length; gid++) {
                    widths[gid] = (short) Math.round(ttf.getAdvanceWidth(gid) * (1000f / unitsPerEm));
                }
                return new Metrics(cmap, ttf, unitsPerEm, bmp, widths);
            } catch (IOException e) {
                throw new CountersignException("bundled font metrics cannot be read", e);
            }
        }

        int glyphId(int codePoint) {
            return codePoint >= 0 && codePoint < bmpGlyphs.length ? bmpGlyphs[codePoint] : cmap.getGlyphId(codePoint);
        }

        int width(int glyphId) {
            return glyphId >= 0 && glyphId < widths.length ? widths[glyphId] : widths[0];
        }

        boolean has(int codePoint) {
            return glyphId(codePoint) != 0;
        }

        double advance(int codePoint) {
            try {
                return ttf.getAdvanceWidth(glyphId(codePoint)) / unitsPerEm;
            } catch (IOException e) {
                throw new CountersignException("bundled font metrics cannot be read", e);
            }
        }
    }

    private static TrueTypeFont parse(String file) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new CountersignException("bundled font " + file + " is missing from the jar");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(withoutGlyphSubstitution(in.readAllBytes())));
        } catch (IOException e) {
            throw new CountersignException("bundled font " + file + " cannot be read", e);
        }
    }

    /**
     * Hides the GSUB table by renaming its tag. PDFBox 3 applies GSUB to every Latin text run
     * through freshly compiled regular expressions (measured: ~90% of render time), and the
     * ligatures it would substitute make extracted text differ from the input ("ﬁ" for "fi").
     * Countersign sets no complex scripts, so nothing is lost.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                font[entry] = 'x';
            }
        }
        return font;
    }
}
