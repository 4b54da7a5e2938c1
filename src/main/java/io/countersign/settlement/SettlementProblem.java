package io.countersign.settlement;

/**
 * Something in a settlement that cannot be agreed as written, named by its field path as in the
 * input file ({@code split.seller}, {@code compensation[1].instalments.first}), with a fix hint.
 * The input reader turns the path into a line and column.
 */
public record SettlementProblem(String path, String message, String hint) {
    @Override
    public String toString() {
        return path + ": " + message + (hint.isEmpty() ? "" : " — hint: " + hint);
    }
}
