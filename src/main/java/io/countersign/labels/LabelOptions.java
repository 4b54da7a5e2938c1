package io.countersign.labels;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How to render sticker and carton sheets.
 *
 * @param language          en, zh-CN, zh-TW or de (labels and sentences; the data is printed as given)
 * @param upcMagnification  UPC-A/EAN-13 size on the sticker, 0.80–2.00 of X = 0.33 mm
 * @param itfPrint          direct print on corrugated or a label, for the carton's ITF-14
 * @param itfMagnification  ITF-14 size, of X = 1.016 mm; at least {@link ItfPrint#minMagnification()}
 * @param issuedAt          issue time in the identity and metadata; fixed, so output never depends on the clock
 * @param templates         a directory with the user's copy of the templates
 */
public record LabelOptions(String language, double upcMagnification, ItfPrint itfPrint, double itfMagnification,
                           Instant issuedAt, Optional<Path> templates) {

    public static LabelOptions defaults(Instant issuedAt) {
        return new LabelOptions("en", 0.80, ItfPrint.DIRECT, 0.625, issuedAt, Optional.empty());
    }
}
