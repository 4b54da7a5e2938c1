package io.countersign.settlement;

/** The two parties of a settlement; who incurred a loss, who bears a share, who pays whom. */
public enum Side {
    SELLER, BUYER;

    public Side other() {
        return this == SELLER ? BUYER : SELLER;
    }

    /** As written in input files: {@code seller}, {@code buyer}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
