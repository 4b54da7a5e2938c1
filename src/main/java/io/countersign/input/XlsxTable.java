package io.countersign.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook row by row with POI's streaming reader (SAX over
 * the sheet XML), so memory holds one row at a time and reading stops at the row limit. Before
 * POI opens the file, every ZIP entry is inflated once with limits on entry count and unpacked
 * size, so a "zip bomb" is refused instead of filling memory (POI's own ratio check stays on). Cells keep their type: a number stays a
 * number (its leading zeros are gone, and the GTIN check says so), with the text its number
 * format shows for messages.
 */
final class XlsxTable {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

    private XlsxTable() {
    }

    /** Reads {@code file} (whose bytes are {@code bytes}), handing the header and each non-empty row to {@code table}. */
    static void read(Path file, byte[] bytes, ProblemSink sink, SkuTable table) {
        if (!checkZip(file, bytes, sink)) {
            sink.throwIfAny();
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            unreadable(e, sink);
            return;
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                sink.add(Position.FILE, "", "the workbook has no sheet", "put the SKU list on the first sheet");
                sink.throwIfAny();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                XlsxSheetHandler handler = new XlsxSheetHandler(strings, styles, sink, table);
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                handler.finish();
            }
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException e) {
            unreadable(e, sink);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // A damaged sheet surfaces as anything from a bad number to a missing shared string; all mean the same.
            unreadable(e, sink);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        } finally {
            pkg.revert();
        }
    }

    /**
     * Inflates every entry once, counting: false after reporting a file that is no ZIP or unpacks to
     * too much. Reads the central directory (java.util.zip.ZipFile), as streaming writers such as
     * POI's SXSSF store entries with data descriptors that a ZipInputStream cannot read.
     */
    private static boolean checkZip(Path file, byte[] bytes, ProblemSink sink) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            sink.add(Position.FILE, "", "the file is an old-style Excel 97–2003 workbook or a password-protected one, not an XLSX",
                    "open it in Excel or LibreOffice, remove any password to open, and save it as .xlsx (Excel Workbook)");
            return false;
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            sink.add(Position.FILE, "", "the file is not an XLSX workbook", "save the list as .xlsx, or as .csv and name it so");
            return false;
        }
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    return tooBig("more than " + MAX_ENTRIES + " parts", sink);
                }
                long size = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        size += n;
                        total += n;
                        if (size > MAX_ENTRY_BYTES || total > MAX_UNPACKED_BYTES) {
                            return tooBig("a part that unpacks to more than " + (size > MAX_ENTRY_BYTES ? MAX_ENTRY_BYTES : MAX_UNPACKED_BYTES)
                                    / (1024 * 1024) + " MB", sink);
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            sink.add(Position.FILE, "", "the file is not a readable XLSX workbook (its ZIP container is damaged)",
                    "open it in Excel or LibreOffice and save it again as .xlsx");
            return false;
        }
        return true;
    }

    private static boolean tooBig(String what, ProblemSink sink) {
        sink.add(Position.FILE, "", "the workbook has " + what + "; a SKU list of " + SkuReader.MAX_ROWS + " rows needs far less",
                "save the SKU list alone in a new workbook; pictures belong in files named in the picture column");
        return false;
    }

    private static void unreadable(Exception e, ProblemSink sink) {
        String detail = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
        if (detail.length() > 160) {
            detail = detail.substring(0, 157) + "…";
        }
        sink.add(Position.FILE, "", "the file cannot be read as an XLSX workbook" + (detail.isEmpty() ? "" : " (" + detail + ")"),
                "open it in Excel or LibreOffice and save it again as .xlsx");
        sink.throwIfAny();
    }
}
