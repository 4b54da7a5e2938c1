/**
 * Readers that turn the files people write (YAML, JSON, CSV, XLSX) into validated model records,
 * and report every problem with its file, line, column, field path and a fix hint. The front
 * door for proforma invoices is {@link io.countersign.input.PiReader}; for the SKU lists of
 * sticker and carton sheets it is {@link io.countersign.input.SkuReader}, which lists the
 * problems of a bad row beside the good rows instead of refusing the whole list.
 */
package io.countersign.input;
