package io.countersign.cli;

import io.countersign.labels.LabelOptions;
import io.countersign.labels.SheetKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code countersign labels skus.xlsx -o out/}: a UPC sticker approval sheet per SKU, combined PDF, index and manifest. */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = "UPC sticker approval sheets: one PDF per SKU (sticker at true size, each element its own decision), "
                + "a combined PDF, an index workbook and a manifest. Re-running skips unchanged SKUs. Exit 1 if some rows are bad.")
final class LabelsCommand extends SheetBatchCommand {

    @Option(names = "--magnification", paramLabel = "PERCENT", defaultValue = "80",
            description = "UPC/EAN size, 80..200 percent of X = 0.33 mm (default: ${DEFAULT-VALUE})")
    int magnification;

    @Override
    SheetKind kind() {
        return SheetKind.STICKER;
    }

    @Override
    LabelOptions options(LabelOptions shared) {
        return new LabelOptions(shared.language(), PiOptionsMixin.upcMagnification(magnification), shared.itfPrint(), shared.itfMagnification(), shared.issuedAt(),
                shared.templates());
    }
}
