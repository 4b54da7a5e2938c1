package io.countersign.labels.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.CountersignException;
import io.countersign.core.AtomicFiles;
import io.countersign.core.Sha256;
import io.countersign.labels.LabelOptions;
import io.countersign.labels.SheetKind;
import io.countersign.labels.SkuList;
import io.countersign.render.Messages;
import io.countersign.signoff.DocumentIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The files a batch writes after its sheets: the combined PDF, the index workbook and the manifest. */
final class BatchOutputs {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BatchOutputs() {
    }

    /**
     * The identity the combined PDF and the index share the points of: the document id is stable for
     * the list and kind, the input hash covers every sheet's input in order.
     */
    static String documentId(SheetFiles files) {
        return Sha256.hex((files.kind().kind() + "-batch|" + files.base()).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static String inputSha256(List<BatchJournal.Done> sheets) {
        StringBuilder all = new StringBuilder();
        sheets.forEach(d -> all.append(d.identity().inputSha256()).append('\n'));
        return Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The combined PDF's title: the sheet kind's title and the list's name. */
    static String combinedTitle(SheetFiles files, LabelBatch.Settings settings) {
        Messages messages = Messages.of(settings.options().language(), Optional.empty());
        return messages.single(files.kind().kind() + ".title") + " — " + files.base();
    }

    /**
     * {@code <list>-<kind>s-manifest.json}: input hash, options, outputs with their hashes (the combined PDF's as its writer
     * hashed it), and every row's status.
     */
    static void manifest(SheetFiles files, SkuList list, List<LabelBatch.Outcome> outcomes, LabelBatch.Settings settings, String version,
                         String combinedSha256) {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", "countersign-batch/1");
        m.put("version", version);
        m.put("kind", files.kind().kind());
        m.put("list", list.source().getFileName().toString());
        m.put("inputSha256", list.inputSha256());
        LabelOptions o = settings.options();
        m.putObject("options").put("language", o.language()).put("upcMagnification", o.upcMagnification())
                .put("itfPrint", o.itfPrint().name()).put("itfMagnification", o.itfMagnification())
                .put("issuedAt", o.issuedAt().toString());
        ObjectNode outputs = m.putObject("outputs");
        outputs.putObject("combined").put("file", files.dir().relativize(files.combined()).toString()).put("sha256", combinedSha256);
        output(outputs, "index", files.index(), files.dir());
        ObjectNode counts = m.putObject("counts");
        counts.put("rows", list.rows().size() + (int) list.problems().stream().map(SkuList.RowProblem::row).distinct().count());
        counts.put("rendered", outcomes.stream().filter(x -> x.done().isPresent() && !x.unchanged()).count());
        counts.put("unchanged", outcomes.stream().filter(LabelBatch.Outcome::unchanged).count());
        counts.put("failed", outcomes.stream().filter(x -> x.failure().isPresent()).count());
        counts.put("badRows", list.problems().stream().map(SkuList.RowProblem::row).distinct().count());
        ArrayNode skus = m.putArray("skus");
        for (LabelBatch.Outcome x : outcomes) {
            ObjectNode s = skus.addObject().put("row", x.sku().row()).put("sku", x.sku().sku());
            x.done().ifPresent(d -> {
                DocumentIdentity id = d.identity();
                s.put("status", x.unchanged() ? "unchanged" : "rendered").put("file", d.file()).put("sha256", d.sha256())
                        .put("documentId", id.documentId()).put("inputSha256", id.inputSha256());
                ArrayNode points = s.putArray("points");
                id.points().forEach(p -> points.add(p.id()));
            });
            x.failure().ifPresent(f -> s.put("status", "failed").put("reason", f.message()));
        }
        ArrayNode bad = m.putArray("badRows");
        list.problems().forEach(p -> bad.addObject().put("row", p.row()).put("sku", p.sku()).put("column", p.column())
                .put("problem", p.message()).put("hint", p.hint()));
        AtomicFiles.write(files.manifest(), out -> {
            JSON.writeValue(out, m);
            return null;
        });
    }

    private static void output(ObjectNode outputs, String name, Path file, Path dir) {
        try {
            if (Files.isRegularFile(file)) {
                outputs.putObject(name).put("file", dir.relativize(file).toString()).put("sha256", Sha256.hex(file));
            }
        } catch (IOException e) {
            throw new CountersignException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
