package io.countersign.input;

/** A 1-based line and column in the input text; {@link #FILE} stands for the file as a whole. */
record Position(int line, int column) {
    static final Position FILE = new Position(0, 0);

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
