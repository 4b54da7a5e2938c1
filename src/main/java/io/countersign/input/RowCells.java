package io.countersign.input;

import java.util.Optional;

/** One row of a SKU list as the cell readers see it: its cells by column, and where their problems go. */
interface RowCells {

    /** The cell of column {@code c}; {@link Cell#EMPTY} when the row or the file has none. */
    Cell cell(SkuColumn c);

    /** True when the file has the column. */
    boolean has(SkuColumn c);

    /** The cell's text when it holds a usable value; an error cell, or an empty one that is {@code required}, is reported. */
    Optional<String> present(SkuColumn c, boolean required);

    /** Records a problem of column {@code c} for this row. */
    void add(SkuColumn c, String message, String hint);

    /** True for a YAML list, where numbers are refused as GTINs and messages carry line and column. */
    boolean isYaml();
}
