package io.countersign.server.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.labels.batch.SheetFiles;
import io.countersign.server.store.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A batch's result as one download: the combined PDF, the index, the manifest and the sheet of every
 * SKU the manifest lists under {@code sheets/} (not sheets an earlier version of the list left in the
 * folder). Entries are dated with the batch's issue time, so the same batch zips to the same bytes.
 */
final class ResultZip {
    private ResultZip() {
    }

    static void write(SheetFiles files, OutputStream out) throws IOException {
        JsonNode manifest = Json.MAPPER.readTree(files.manifest().toFile());
        List<Path> entries = new ArrayList<>(List.of(files.combined(), files.index(), files.manifest()));
        for (JsonNode sku : manifest.path("skus")) {
            String file = sku.path("file").asText("");
            if (!file.isEmpty()) {
                entries.add(files.dir().resolve(file));
            }
        }
        FileTime time = FileTime.from(Instant.parse(manifest.path("options").path("issuedAt").asText("1980-01-01T00:00:00Z")));
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Path p : entries) {
            ZipEntry e = new ZipEntry(files.dir().relativize(p).toString().replace('\\', '/'));
            e.setLastModifiedTime(time);
            zip.putNextEntry(e);
            Files.copy(p, zip);
            zip.closeEntry();
        }
        zip.finish();
    }
}
