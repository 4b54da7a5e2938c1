package io.countersign.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.countersign.CountersignException;
import java.io.IOException;
import java.io.InputStream;
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
     * face is embedded once per document, as one subset.
     */
    DocumentFonts forDocument(PDDocument doc) {
        return new DocumentFonts(new LazyFont(doc, latinRegular), new LazyFont(doc, latinBold), new LazyFont(doc, cjk));
    }

    /** The faces of one document; see {@link #forDocument}. */
    static final class DocumentFonts {
        private final LazyFont latin;
        private final LazyFont latinBold;
        private final LazyFont cjk;

        private DocumentFonts(LazyFont latin, LazyFont latinBold, LazyFont cjk) {
            this.latin = latin;
            this.latinBold = latinBold;
            this.cjk = cjk;
        }

        void registerOn(PdfRendererBuilder builder) {
            builder.useFont(latin, LATIN, 400, FontStyle.NORMAL, true);
            builder.useFont(latinBold, LATIN, 700, FontStyle.NORMAL, true);
            // Droid has one weight; registering it for bold keeps bold Chinese from falling back to '#'.
            builder.useFont(cjk, CJK, 400, FontStyle.NORMAL, true);
            builder.useFont(cjk, CJK, 700, FontStyle.NORMAL, true);
        }

        PDFont font(Face face) {
            return switch (face) {
                case LATIN -> latin.supply();
                case LATIN_BOLD -> latinBold.supply();
                case CJK -> cjk.supply();
            };
        }
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
        return metrics(face).cmap().getGlyphId(codePoint);
    }

    /** Advance width of a glyph id of {@code face} in 1/1000 em, rounded as PDFBox writes it in a font's widths. */
    int glyphWidth(Face face, int glyphId) throws IOException {
        Metrics m = metrics(face);
        return Math.round(m.ttf().getAdvanceWidth(glyphId) * (1000f / m.unitsPerEm()));
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
     * thread): the parsed tables are then only read, so measuring is safe from many threads.
     */
    private record Metrics(CmapLookup cmap, TrueTypeFont ttf, float unitsPerEm) {
        static Metrics of(TrueTypeFont ttf) {
            try {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                ttf.getHorizontalMetrics();
                ttf.getAdvanceWidth(0);
                return new Metrics(cmap, ttf, ttf.getUnitsPerEm());
            } catch (IOException e) {
                throw new CountersignException("bundled font metrics cannot be read", e);
            }
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        double advance(int codePoint) {
            try {
                return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) / unitsPerEm;
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

    /** Creates the document's font only when the layout first needs a glyph from it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final TrueTypeFont ttf;
        private PDFont font;

        LazyFont(PDDocument doc, TrueTypeFont ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new CountersignException("cannot load a bundled font into the document", e);
                }
            }
            return font;
        }
    }
}
