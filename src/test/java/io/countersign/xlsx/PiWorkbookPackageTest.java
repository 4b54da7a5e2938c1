package io.countersign.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.testing.RenderedPi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * The package bytes. Same input and issue time, same bytes, so a re-issued workbook can be
 * compared with the one the buyer returns; a zip any reader accepts; no temporary files left.
 */
class PiWorkbookPackageTest {

    @Test
    void writesTheSameBytesAgain() throws Exception {
        byte[] first = WrittenWorkbook.bytes(TestPis.paperBoxes(), WrittenWorkbook.options());
        // the package's zip entry times have a 2-second resolution: a clock leaking into them shows only after 2 s
        Thread.sleep(2100);
        byte[] second = WrittenWorkbook.bytes(TestPis.paperBoxes(), WrittenWorkbook.options());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherIssueTimeGivesOtherBytes() {
        byte[] issued = WrittenWorkbook.sample("paper-boxes.yaml").bytes();

        assertThat(WrittenWorkbook.bytes(TestPis.paperBoxes(), WrittenWorkbook.options().withIssuedAt(RenderedPi.ISSUED_AT.plusSeconds(60))))
                .isNotEqualTo(issued);
    }

    @Test
    void writesTheSameBytesUnderATurkishLocaleAndAnotherTimeZone() {
        // number formats, the issue date in the package properties and upper-casing must not follow the machine
        byte[] issued = WrittenWorkbook.sample("mail-order-boxes.yaml").bytes();
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

            assertThat(WrittenWorkbook.bytes(WrittenWorkbook.sample("mail-order-boxes.yaml").pi(), WrittenWorkbook.options())).isEqualTo(issued);
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void noZipEntryCarriesTheClock() throws Exception {
        List<Long> times = new ArrayList<>();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(WrittenWorkbook.sample("paper-boxes.yaml").bytes()))) {
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                times.add(e.getTime());
            }
        }
        assertThat(times).hasSizeGreaterThan(10).containsOnly(times.get(0));
        assertThat(LocalDateTime.ofInstant(Instant.ofEpochMilli(times.get(0)), ZoneId.systemDefault()))
                .isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
    }

    @Test
    void strictZipReadersReadEveryEntry() throws Exception {
        // streamed entries once carried Zip64 data descriptors that java.util.zip rejects ("invalid entry size")
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(WrittenWorkbook.sample("paper-boxes.yaml").bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(zip.readAllBytes()).as(e.getName()).isNotNull();
                entries++;
            }
        }
        assertThat(entries).isGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper-boxes.yaml", "mail-order-boxes.yaml"})
    void partsAreValidAgainstTheOoxmlSchemas(String sample) throws Exception {
        // Excel answers an invalid part with a repair prompt; the drawing part is written by hand
        Map<String, XmlObject> parts = new LinkedHashMap<>();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(WrittenWorkbook.sample(sample).bytes()))) {
            XmlOptions content = new XmlOptions();
            content.setLoadReplaceDocumentElement(null);
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                // the parsers close what they read; each part is read out first
                ByteArrayInputStream part = new ByteArrayInputStream(zip.readAllBytes());
                switch (e.getName()) {
                    case "xl/drawings/drawing1.xml" -> parts.put(e.getName(), CTDrawing.Factory.parse(part, content));
                    case "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml" -> parts.put(e.getName(), WorksheetDocument.Factory.parse(part));
                    case "xl/workbook.xml" -> parts.put(e.getName(), WorkbookDocument.Factory.parse(part));
                    case "xl/styles.xml" -> parts.put(e.getName(), StyleSheetDocument.Factory.parse(part));
                    default -> { }
                }
            }
        }
        assertThat(parts).hasSize(5);
        parts.forEach((name, xml) -> {
            List<XmlError> errors = new ArrayList<>();
            assertThat(xml.validate(new XmlOptions().setErrorListener(errors))).as(name + ": " + errors).isTrue();
        });
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        // SXSSF streams rows through temporary files under java.io.tmpdir/poifiles
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        List<Path> before = list(dir);
        WrittenWorkbook.bytes(TestPis.paperBoxes(), WrittenWorkbook.options());

        assertThat(list(dir)).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
