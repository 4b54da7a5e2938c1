package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.Countersign;
import io.countersign.pi.ProductImage;
import io.countersign.pi.ProformaInvoice;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A PI read with the pictures posted with it: the same PI, the same problems and the same PDF as from a folder. */
class SentPicturesTest {
    @TempDir
    Path root;

    @Test
    void readsThePiWithEachPictureAtTheFileTheCallerKeepsItIn() {
        Map<String, byte[]> sent = new LinkedHashMap<>();
        sent.put("images/kb-3b.png", TestImages.png(30, 40));
        sent.put("./images/kb-5a.jpg", TestImages.jpeg(40, 30));
        sent.put("images/not-named.jpg", TestImages.jpeg(8, 8));
        SentPictures pictures = new SentPictures(sent, sha256 -> root.resolve("store").resolve(sha256));

        ProformaInvoice pi = PiReader.read(Fixtures.validYaml(), InputFormat.YAML, pictures, Fixtures.FILE);

        ProductImage jpeg = pi.styles().get(0).images().get(0);
        assertThat(jpeg.file()).isEqualTo(root.resolve("store").resolve(jpeg.sha256()));
        assertThat(jpeg.format()).isEqualTo(ProductImage.Format.JPEG);
        assertThat(jpeg.pixelWidth()).isEqualTo(40);
        // In the order the PI names them; a picture sent but not named is not among them.
        assertThat(pictures.named()).containsExactly(Map.entry("images/kb-5a.jpg", jpeg.sha256()),
                Map.entry("images/kb-3b.png", pi.styles().get(1).images().get(0).sha256()));
        assertThat(pictures.bytes("images/kb-5a.jpg")).isEqualTo(sent.get("./images/kb-5a.jpg"));
    }

    @Test
    void readsTheSamePiAsFromTheFolder() {
        Path dir = Fixtures.withPictures(root.resolve("pi"));
        ProformaInvoice fromFolder = PiReader.read(Fixtures.validYaml(), InputFormat.YAML, dir, Fixtures.FILE);
        SentPictures sent = new SentPictures(Map.of("images/kb-5a.jpg", read(dir.resolve("images/kb-5a.jpg")),
                "images/kb-3b.png", read(dir.resolve("images/kb-3b.png"))), sha256 -> dir.resolve("images/unused"));

        ProformaInvoice fromSent = PiReader.read(Fixtures.validYaml(), InputFormat.YAML, sent, Fixtures.FILE);

        assertThat(fromSent).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*\\.file").isEqualTo(fromFolder);
    }

    /**
     * Why: the server reported a picture missing from the form with the problem the CLI gives for a
     * missing file (and clients and tests rely on that wording); keeping the pictures in memory must not
     * change a single problem, nor its hint.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "images/kb-5a.jpg", "images/kb-9z.jpg", "photos/kb-5a.jpg", "photos/deeper/kb-5a.jpg", "kb-5a.jpg",
        "images\\kb-5a.jpg", "images", "images/", ".", "../other/kb-5a.jpg", "images/../../kb-5a.jpg", "/etc/hosts",
        "C:\\pictures\\a.jpg", "https://cdn.example.com/a.png", "bad\u0000name.jpg", "images/empty.jpg", "images/notes.jpg",
        "images/cut.jpg", "images/huge.png", "images/./kb-5a.jpg",
    })
    void refusesASentPictureWithTheProblemAFileGets(String raw) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("images/KB-5A.jpg", TestImages.jpeg(4, 4));
        files.put("images/empty.jpg", new byte[0]);
        files.put("images/notes.jpg", "see the attached picture\n".getBytes(StandardCharsets.UTF_8));
        byte[] jpeg = TestImages.jpeg(64, 64);
        files.put("images/cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
        files.put("images/huge.png", TestImages.pngHeaderOnly(10_000, 10_000));
        Path dir = Files.createDirectories(root.resolve("pi"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.createDirectories(dir.resolve(f.getKey()).getParent());
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }

        List<Problem> fromFolder = problems(PictureSource.folder(dir), raw);
        List<Problem> fromSent = problems(new SentPictures(files, sha256 -> dir.resolve(sha256)), raw);

        assertThat(fromFolder).hasSize(1);
        assertThat(fromSent).isEqualTo(fromFolder);
    }

    @Test
    void refusesASentPictureOverTwentyMegabytesAsAFile() {
        byte[] big = Arrays.copyOf(TestImages.jpeg(8, 8), (int) ImageInspector.MAX_FILE_BYTES + 1);

        List<Problem> problems = problems(new SentPictures(Map.of("images/big.jpg", big), Path::of), "images/big.jpg");

        assertThat(problems).extracting(Problem::message).containsExactly("picture \"images/big.jpg\" is 20.1 MB; the limit is 20 MB");
    }

    @Test
    void aPathThatLeadsOutCannotBeSent() {
        assertThatThrownBy(() -> new SentPictures(Map.of("images/../../kb-5a.jpg", new byte[1]), Path::of))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentPictures(Map.of("/etc/hosts", new byte[1]), Path::of)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Why: where a picture's bytes come from (a file beside the PI, or a form part kept at another place)
     * must not change the PDF. Pictures never seen before in this JVM, so the sent one is read from the
     * place it is kept, not from the renderer's cache of pictures by content.
     */
    @Test
    void rendersTheSamePdfAsFromTheFolder() throws IOException {
        Path dir = Files.createDirectories(root.resolve("pi/images"));
        Random random = new Random();
        Map<String, byte[]> sent = Map.of("images/kb-5a.jpg", noise("jpeg", random), "images/kb-3b.png", noise("png", random));
        for (Map.Entry<String, byte[]> p : sent.entrySet()) {
            Files.write(root.resolve("pi").resolve(p.getKey()), p.getValue());
        }
        Path store = Files.createDirectories(root.resolve("store"));
        SentPictures pictures = new SentPictures(sent, store::resolve);
        ProformaInvoice fromSent = PiReader.read(Fixtures.validYaml(), InputFormat.YAML, pictures, Fixtures.FILE);
        for (Map.Entry<String, String> named : pictures.named().entrySet()) {
            Files.write(store.resolve(named.getValue()), pictures.bytes(named.getKey()));
        }
        ByteArrayOutputStream sentPdf = new ByteArrayOutputStream();
        Countersign.pi(fromSent).toPdf(sentPdf);

        ByteArrayOutputStream folderPdf = new ByteArrayOutputStream();
        Countersign.pi(PiReader.read(Fixtures.validYaml(), InputFormat.YAML, root.resolve("pi"), Fixtures.FILE)).toPdf(folderPdf);

        assertThat(sentPdf.toByteArray()).isEqualTo(folderPdf.toByteArray());
    }

    private static List<Problem> problems(PictureSource pictures, String raw) {
        ProblemSink sink = new ProblemSink(Fixtures.FILE);
        assertThat(new ImageInspector(pictures, sink).inspect(raw, new Position(38, 14), "styles[0].images[0]")).isEmpty();
        return sink.sorted();
    }

    private static byte[] noise(String format, Random random) {
        BufferedImage image = new BufferedImage(48, 36, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
