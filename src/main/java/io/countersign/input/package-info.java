/**
 * Readers that turn the files people write (YAML, JSON) into validated model records, and
 * report every problem with its file, line, column, field path and a fix hint. The front
 * door for proforma invoices is {@link io.countersign.input.PiReader}.
 */
package io.countersign.input;
