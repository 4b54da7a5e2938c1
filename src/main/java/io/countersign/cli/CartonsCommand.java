package io.countersign.cli;

import io.countersign.labels.ItfPrint;
import io.countersign.labels.LabelOptions;
import io.countersign.labels.SheetKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code countersign cartons skus.xlsx -o out/}: a carton artwork approval sheet per SKU, combined PDF, index and manifest. */
@Command(name = "cartons", mixinStandardHelpOptions = true,
        description = "Carton artwork approval sheets: line drawing, main and side marks, ITF-14, colours, handling marks — each its "
                + "own decision; one PDF per SKU, a combined PDF, an index workbook and a manifest. Exit 1 if some rows are bad.")
final class CartonsCommand extends SheetBatchCommand {

    @Option(names = "--itf-print", paramLabel = "HOW", defaultValue = "DIRECT",
            description = "DIRECT on corrugated (4.8 mm bearer frame, >= 62.5%) or LABEL (bearer bars top and bottom, >= 50%) "
                    + "(default: ${DEFAULT-VALUE})")
    ItfPrint itfPrint;

    @Option(names = "--itf-magnification", paramLabel = "PERCENT",
            description = "ITF-14 size in percent of X = 1.016 mm (default: the smallest GS1 allows for --itf-print: 62.5 or 50)")
    Double itfMagnification;

    @Override
    SheetKind kind() {
        return SheetKind.CARTON;
    }

    @Override
    LabelOptions options(LabelOptions shared) {
        double m = itfMagnification == null ? itfPrint.minMagnification() : itfMagnification / 100.0;
        if (m < itfPrint.minMagnification() || m > 1.0) {
            throw new UnusableInputException(String.format(java.util.Locale.ROOT,
                    "--itf-magnification %s is outside %.1f..100 for --itf-print %s (GS1: X from %.3f mm to 1.016 mm)",
                    itfMagnification, itfPrint.minMagnification() * 100, itfPrint, itfPrint.minMagnification() * 1.016));
        }
        return new LabelOptions(shared.language(), shared.upcMagnification(), itfPrint, m, shared.issuedAt(), shared.templates());
    }
}
