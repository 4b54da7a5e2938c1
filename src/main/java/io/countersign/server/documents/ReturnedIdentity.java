package io.countersign.server.documents;

import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.EmbeddedIdentity;
import io.countersign.signoff.ReturnReader;
import io.countersign.signoff.UnusableReturnException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Which document and revision a returned file says it is, read before the full check so the server
 * can compare it with the file it issued for that revision: a PDF's attached identity, a workbook's
 * custom properties. Empty when the file does not say (a flattened scan; the check then finds it by QR code).
 */
final class ReturnedIdentity {
    private ReturnedIdentity() {
    }

    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<DocumentIdentity> peek(Path file) {
        return isZip(file) ? workbook(file) : ReturnReader.withPdf(file, EmbeddedIdentity::of);
    }

    private static Optional<DocumentIdentity> workbook(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            POIXMLProperties.CustomProperties custom = new POIXMLProperties(pkg).getCustomProperties();
            Optional<String> id = text(custom.getProperty("CountersignDocumentId"));
            Optional<String> revision = text(custom.getProperty("CountersignRevision"));
            if (id.isEmpty() || revision.isEmpty() || !revision.get().matches("\\d{1,6}")) {
                return Optional.empty();
            }
            return Optional.of(new DocumentIdentity(id.get(), text(custom.getProperty("CountersignKind")).orElse(""),
                    Integer.parseInt(revision.get()), "", Instant.EPOCH, text(custom.getProperty("CountersignInputSha256")).orElse(""), List.of()));
        } catch (Exception e) {
            throw new UnusableReturnException("the upload is a ZIP file but not a workbook countersign can read (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<String> text(CTProperty p) {
        return p == null || p.getLpwstr() == null || p.getLpwstr().isBlank() ? Optional.empty() : Optional.of(p.getLpwstr());
    }
}
