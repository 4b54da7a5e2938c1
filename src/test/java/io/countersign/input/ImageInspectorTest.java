package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.countersign.pi.ProductImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageInspectorTest {
    @TempDir
    Path root;
    Path pi;
    ProblemSink sink;
    ImageInspector inspector;

    @BeforeEach
    void setUp() throws IOException {
        pi = Files.createDirectories(root.resolve("pi"));
        Files.createDirectories(pi.resolve("images"));
        Files.createDirectories(root.resolve("outside"));
        sink = new ProblemSink("pi.yaml");
        inspector = new ImageInspector(PictureSource.folder(pi), sink);
    }

    @Test
    void readsAJpeg() throws IOException {
        byte[] bytes = TestImages.jpeg(64, 48);
        Files.write(pi.resolve("images/a.jpg"), bytes);
        ProductImage image = inspect("images/a.jpg").orElseThrow();
        assertThat(image.format()).isEqualTo(ProductImage.Format.JPEG);
        assertThat(image.pixelWidth()).isEqualTo(64);
        assertThat(image.pixelHeight()).isEqualTo(48);
        assertThat(image.exifOrientation()).isEqualTo(1);
        assertThat(image.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void readsAPngAsUpright() throws IOException {
        Files.write(pi.resolve("images/b.png"), TestImages.png(30, 20));
        ProductImage image = inspect("images/b.png").orElseThrow();
        assertThat(image.format()).isEqualTo(ProductImage.Format.PNG);
        assertThat(image.exifOrientation()).isEqualTo(1);
        assertThat(image.pixelWidth()).isEqualTo(30);
    }

    @Test
    void trustsTheContentNotTheExtension() throws IOException {
        Files.write(pi.resolve("images/really-a-png.jpg"), TestImages.png(10, 10));
        assertThat(inspect("images/really-a-png.jpg")).hasValueSatisfying(
                i -> assertThat(i.format()).isEqualTo(ProductImage.Format.PNG));
    }

    @ParameterizedTest
    @CsvSource({"6, false", "8, true", "3, false"})
    void readsTheExifOrientationOfAPhoneJpeg(int orientation, boolean littleEndian) throws IOException {
        // Why: phones store portrait photos sideways with orientation 6 or 8; ignoring it prints the product on its side.
        Files.write(pi.resolve("images/phone.jpg"), TestImages.withExifOrientation(TestImages.jpeg(40, 30), orientation, littleEndian));
        ProductImage image = inspect("images/phone.jpg").orElseThrow();
        assertThat(image.exifOrientation()).isEqualTo(orientation);
        assertThat(image.rotatesQuarter()).isEqualTo(orientation >= 5);
        assertThat(image.pixelWidth()).isEqualTo(40);
    }

    @Test
    void refusesATruncatedJpeg() throws IOException {
        // Why: ImageIO decodes a cut-off JPEG without an exception (grey bottom half); only its warnings reveal it.
        byte[] jpeg = TestImages.jpeg(64, 64);
        Files.write(pi.resolve("images/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        assertThat(refusal("images/cut.jpg").message()).contains("is damaged");
    }

    @Test
    void aDamagedCopyOfAPictureDecodedBeforeIsStillRefused() throws IOException {
        // Why: clean decodes are remembered by content hash (a server sees the same photos again and again);
        // a cut-off copy has other bytes and must be decoded, not taken for the picture it was cut from.
        byte[] jpeg = TestImages.jpeg(64, 64);
        Files.write(pi.resolve("images/whole.jpg"), jpeg);
        Files.write(pi.resolve("images/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));

        assertThat(inspect("images/whole.jpg")).isPresent();
        assertThat(refusal("images/cut.jpg").message()).contains("is damaged");
        assertThat(new ImageInspector(PictureSource.folder(pi), new ProblemSink("again.yaml")).inspect("images/whole.jpg", Position.FILE, "x")).isPresent();
    }

    @Test
    void refusesATruncatedPng() throws IOException {
        byte[] png = TestImages.png(64, 64);
        Files.write(pi.resolve("images/cut.png"), Arrays.copyOf(png, png.length / 2));
        assertThat(refusal("images/cut.png").message()).contains("is damaged");
    }

    @Test
    void refusesATextFileNamedJpg() throws IOException {
        Files.writeString(pi.resolve("images/notes.jpg"), "see the attached picture\n");
        Problem p = refusal("images/notes.jpg");
        assertThat(p.message()).isEqualTo("\"images/notes.jpg\" is not a JPEG or PNG picture (it looks like a text file)");
        assertThat(p.hint()).contains("save the picture as JPEG or PNG");
    }

    @Test
    void refusesAPictureOverFortyMegapixelsFromItsHeaderAlone() throws IOException {
        // The file has no pixel data: had it been decoded, the problem would say "damaged", not name its size.
        Files.write(pi.resolve("images/huge.png"), TestImages.pngHeaderOnly(10_000, 10_000));
        Problem p = refusal("images/huge.png");
        assertThat(p.message()).isEqualTo("picture \"images/huge.png\" is 10000 × 10000 pixels (100.0 megapixels); the limit is 40 megapixels");
    }

    @Test
    void refusesAFileOverTwentyMegabytesWithoutReadingIt() throws IOException {
        Path big = pi.resolve("images/big.jpg");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write(TestImages.jpeg(8, 8));
            file.setLength(ImageInspector.MAX_FILE_BYTES + 1);
        }
        assertThat(refusal("images/big.jpg").message()).isEqualTo("picture \"images/big.jpg\" is 20.1 MB; the limit is 20 MB");
    }

    @Test
    void refusesAPathThatClimbsOutOfTheFolder() throws IOException {
        Files.write(root.resolve("outside/secret.png"), TestImages.png(4, 4));
        assertThat(refusal("images/../../outside/secret.png").message()).contains("leads out of the input file's folder");
    }

    @Test
    void refusesASymbolicLinkToAFileOutsideTheFolder() throws IOException {
        Path target = Files.write(root.resolve("outside/secret.png"), TestImages.png(4, 4));
        Files.createSymbolicLink(pi.resolve("images/link.png"), target);
        assertThat(refusal("images/link.png").message()).contains("symbolic link to a file outside");
    }

    @Test
    void refusesAFolderLinkThatLeadsOutside() throws IOException {
        Files.write(root.resolve("outside/secret.png"), TestImages.png(4, 4));
        Files.createSymbolicLink(pi.resolve("shared"), root.resolve("outside"));
        assertThat(refusal("shared/secret.png").message()).contains("symbolic link to a file outside");
    }

    @Test
    void acceptsASymbolicLinkInsideTheFolder() throws IOException {
        Path target = Files.write(pi.resolve("images/a.png"), TestImages.png(4, 4));
        Files.createSymbolicLink(pi.resolve("images/alias.png"), target);
        Path real = target.toRealPath();
        assertThat(inspect("images/alias.png")).hasValueSatisfying(i -> assertThat(i.file()).isEqualTo(real));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://example.com/kb-5a.jpg  | is a URL",
        "https://cdn.example.com/a.png | is a URL",
        "file:///etc/passwd            | is a URL",
        "ftp://example.com/a.png       | is a URL",
        "s3://bucket/a.png             | is a URL",
        "/etc/hosts                    | is absolute",
        "C:\\pictures\\a.jpg           | is absolute",
    })
    void neverFetchesOrReadsOutsideTheFolder(String path, String message) {
        assertThat(refusal(path).message()).contains(message);
    }

    @Test
    void suggestsTheNameOfANearbyFile() throws IOException {
        Files.write(pi.resolve("images/KB-5A.jpg"), TestImages.jpeg(4, 4));
        Problem p = refusal("images/kb-5a.jpg");
        assertThat(p.message()).isEqualTo("picture \"images/kb-5a.jpg\" does not exist");
        assertThat(p.hint()).isEqualTo("did you mean KB-5A.jpg? (names are case-sensitive)");
    }

    @Test
    void refusesAFolder() throws IOException {
        Files.createDirectories(pi.resolve("images/a.jpg"));
        assertThat(refusal("images/a.jpg").message()).contains("is a folder");
    }

    @Test
    void refusesAnUnreadableFile() throws IOException {
        Path file = Files.write(pi.resolve("images/locked.jpg"), TestImages.jpeg(4, 4));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the file is still readable (running as root)");
        assertThat(refusal("images/locked.jpg").message()).contains("cannot be read");
    }

    @Test
    void reportsABadPictureAtEveryPlaceThatNamesIt() {
        // Why: the second style naming the same missing file must not look clean just because the check is cached.
        inspector.inspect("images/none.jpg", new Position(3, 4), "styles[0].images[0]");
        inspector.inspect("images/none.jpg", new Position(9, 4), "styles[1].images[0]");
        assertThat(sink.sorted()).extracting(Problem::path).containsExactly("styles[0].images[0]", "styles[1].images[0]");
    }

    private Optional<ProductImage> inspect(String path) {
        return inspector.inspect(path, new Position(1, 1), "styles[0].images[0]");
    }

    private Problem refusal(String path) {
        assertThat(inspect(path)).isEmpty();
        List<Problem> problems = sink.sorted();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
